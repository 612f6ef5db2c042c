// The order module's per-request dataloaders: an order's lines, steps, refunds and checkout, and a checkout's orders.
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { clusterFilter } from '../../common/cluster';
import { Checkout, CustomerOrder, OrderLine, OrderTransitionRecord, Refund } from './order.entity';

/** Rows belonging to each of the given orders, in the given order. */
function byOrder<T extends { orderId: string }>(em: EntityManager, entity: new () => T, orderBy: Record<string, 'asc' | 'desc'>) {
  return new DataLoader<string, T[]>(async (orderIds) => {
    const rows = (await em.find(
      entity,
      { ...clusterFilter(orderIds), orderId: { $in: [...orderIds] } } as never,
      { orderBy } as never,
    )) as T[];
    return orderIds.map((id) => rows.filter((r) => r.orderId === id));
  });
}

export function createOrderLoaders(em: EntityManager) {
  return {
    orderLines: byOrder(em, OrderLine, { position: 'asc' }),
    orderTransitions: byOrder(em, OrderTransitionRecord, { seq: 'asc' }),
    orderRefunds: byOrder(em, Refund, { createdAt: 'asc', id: 'asc' }),
    checkouts: new DataLoader<string, Checkout | undefined>(async (ids) => {
      const rows = await em.find(Checkout, { ...clusterFilter(ids), id: { $in: [...ids] } });
      return ids.map((id) => rows.find((c) => c.id === id));
    }),
    ordersByCheckout: new DataLoader<string, CustomerOrder[]>(async (checkoutIds) => {
      const rows = await em.find(
        CustomerOrder,
        { ...clusterFilter(checkoutIds), checkoutId: { $in: [...checkoutIds] } },
        { orderBy: { totalFen: 'desc', id: 'asc' } },
      );
      return checkoutIds.map((id) => rows.filter((o) => o.checkoutId === id));
    }),
  };
}

export type OrderLoaders = ReturnType<typeof createOrderLoaders>;
