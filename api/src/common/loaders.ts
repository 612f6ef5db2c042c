// Per-request DataLoaders: every relation in a response costs one query per type, not one per row.
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Category, Product, Sku } from '../modules/catalog/catalog.entity';
import { availableAt } from '../modules/catalog/catalog.repository';
import { afterSalesOfOrders, type StoredAfterSale } from '../modules/aftersale/aftersale.repository';
import { CustomerOrder, OrderLine, OrderTransitionRecord, Refund } from '../modules/order/order.entity';
import { Store } from '../modules/store/store.entity';
import { readStores } from '../modules/store/store.repository';
import { UUID } from './sql';

type WithId = { id: string };

function byId<T extends WithId>(em: EntityManager, entity: new () => T) {
  return new DataLoader<string, T | undefined>(async (ids) => {
    const rows = (await em.find(entity, { id: { $in: ids.filter((id) => UUID.test(id)) } } as never)) as T[];
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id));
  });
}

/** Rows belonging to each of the given orders, in the given order. */
function byOrder<T extends { orderId: string }>(em: EntityManager, entity: new () => T, orderBy: Record<string, 'asc' | 'desc'>) {
  return new DataLoader<string, T[]>(async (orderIds) => {
    const rows = (await em.find(entity, { orderId: { $in: [...orderIds] } } as never, { orderBy } as never)) as T[];
    return orderIds.map((id) => rows.filter((r) => r.orderId === id));
  });
}

export function createLoaders(em: EntityManager) {
  return {
    store: new DataLoader<string, Store | undefined>(async (ids) => {
      const map = new Map((await readStores(em, ids)).map((s) => [s.id, s]));
      return ids.map((id) => map.get(id));
    }),
    category: byId(em, Category),
    product: byId(em, Product),
    sku: byId(em, Sku),
    orderLines: byOrder(em, OrderLine, { position: 'asc' }),
    orderTransitions: byOrder(em, OrderTransitionRecord, { seq: 'asc' }),
    orderRefunds: byOrder(em, Refund, { createdAt: 'asc', id: 'asc' }),
    ordersByCheckout: new DataLoader<string, CustomerOrder[]>(async (checkoutIds) => {
      const rows = await em.find(CustomerOrder, { checkoutId: { $in: [...checkoutIds] } }, { orderBy: { totalFen: 'desc', id: 'asc' } });
      return checkoutIds.map((id) => rows.filter((o) => o.checkoutId === id));
    }),
    skusByProduct: new DataLoader<string, Sku[]>(async (productIds) => {
      const rows = await em.find(Sku, { productId: { $in: [...productIds] } }, { orderBy: { code: 'asc' } });
      return productIds.map((id) => rows.filter((s) => s.productId === id));
    }),
    afterSalesByOrder: new DataLoader<string, StoredAfterSale[]>(async (orderIds) => {
      const rows = await afterSalesOfOrders(em, orderIds.filter((id) => UUID.test(id)));
      return orderIds.map((id) => rows.filter((a) => a.orderId === id));
    }),
    /** Available at a store, keyed `storeId:skuId`: a page of products with their SKUs' stock is one statement. */
    available: new DataLoader<string, number>(async (keys) => {
      const pairs = keys.map((k) => ({ storeId: k.slice(0, 36), skuId: k.slice(37) }));
      const found = await availableAt(em, pairs.filter((p) => UUID.test(p.storeId) && UUID.test(p.skuId)));
      return keys.map((k) => found.get(k) ?? 0);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
