// The catalog module's per-request dataloaders, stock on hand included (a page of products with their SKUs'
// stock is one statement).
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { byId } from '../../common/loaders';
import { UUID } from '../../common/sql';
import { Category, Product, Sku } from './catalog.entity';
import { availableAt } from './catalog.repository';

export function createCatalogLoaders(em: EntityManager) {
  return {
    category: byId(em, Category),
    product: byId(em, Product),
    sku: byId(em, Sku),
    skusByProduct: new DataLoader<string, Sku[]>(async (productIds) => {
      const rows = await em.find(Sku, { productId: { $in: [...productIds] } }, { orderBy: { code: 'asc' } });
      return productIds.map((id) => rows.filter((s) => s.productId === id));
    }),
    /** Available at a store, keyed `storeId:skuId`: a page of products with their SKUs' stock is one statement. */
    available: new DataLoader<string, number>(async (keys) => {
      const pairs = keys.map((k) => ({ storeId: k.slice(0, 36), skuId: k.slice(37) }));
      const found = await availableAt(
        em,
        pairs.filter((p) => UUID.test(p.storeId) && UUID.test(p.skuId)),
      );
      return keys.map((k) => found.get(k) ?? 0);
    }),
  };
}

export type CatalogLoaders = ReturnType<typeof createCatalogLoaders>;
