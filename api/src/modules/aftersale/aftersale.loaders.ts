// The after-sales module's per-request dataloaders.
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { UUID } from '../../common/sql';
import { afterSalesOfOrders, type StoredAfterSale } from './aftersale.repository';

export function createAfterSaleLoaders(em: EntityManager) {
  return {
    afterSalesByOrder: new DataLoader<string, StoredAfterSale[]>(async (orderIds) => {
      const rows = await afterSalesOfOrders(
        em,
        orderIds.filter((id) => UUID.test(id)),
      );
      return orderIds.map((id) => rows.filter((a) => a.orderId === id));
    }),
  };
}

export type AfterSaleLoaders = ReturnType<typeof createAfterSaleLoaders>;
