// The catalog module's per-request dataloaders, stock on hand included (a page of products with their SKUs'
// stock is one statement).
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { byId } from '../../common/loaders';
import { UUID } from '../../common/sql';
import { Category, Product, Sku } from './catalog.entity';
import { availableAt } from './catalog.repository';
import { onShelfAt, priceRowsOf, toPriceRow } from './catalog-admin.repository';
import { categoriesOfProducts, skusOfProducts } from './catalog.repository';
import { skuOf } from './catalog-rows';
import type { PriceRow } from './price-timeline';
import { picturesOf, type PictureRow } from './picture.repository';
import { clustersOfStores } from '../store/store-cluster';

export function createCatalogLoaders(em: EntityManager) {
  const loaders = {
    category: byId(em, Category),
    product: byId(em, Product),
    sku: byId(em, Sku),
    skusByProduct: new DataLoader<string, Sku[]>(async (productIds) => {
      const found = await skusOfProducts(em, productIds);
      for (const r of found) loaders.priceRows.prime(r.id, r.prices.map(toPriceRow));
      const rows = found.map(skuOf);
      return productIds.map((id) => rows.filter((s) => s.productId === id));
    }),
    /** Available at a store, keyed `storeId:skuId`: a page of products with their SKUs' stock is one statement. */
    available: new DataLoader<string, number>(async (keys) => {
      const pairs = keys
        .map((k) => ({ storeId: k.slice(0, 36), skuId: k.slice(37) }))
        .filter((p) => UUID.test(p.storeId) && UUID.test(p.skuId));
      // Each store's cluster from the directory (kept per process): an unknown store has no stock to read.
      const clusters = await clustersOfStores(em, [...new Set(pairs.map((p) => p.storeId))]);
      const found = await availableAt(
        em,
        pairs.flatMap((p) => {
          const clusterId = clusters.get(p.storeId);
          return clusterId ? [{ ...p, clusterId }] : [];
        }),
      );
      return keys.map((k) => found.get(k) ?? 0);
    }),
    /** Every price row of a SKU (chain and stores): a page of SKUs' prices at a store is one statement. */
    priceRows: new DataLoader<string, PriceRow[]>(async (skuIds) => {
      const rows = await priceRowsOf(
        em,
        skuIds.filter((id) => UUID.test(id)),
      );
      return skuIds.map((id) => rows.filter((r) => r.sku_id === id).map(toPriceRow));
    }),
    /** On the shelf at a store (listed, not taken off), keyed `storeId:skuId`. */
    onShelf: new DataLoader<string, boolean>(async (keys) => {
      const pairs = keys.map((k) => ({ storeId: k.slice(0, 36), skuId: k.slice(37) }));
      const found = await onShelfAt(
        em,
        pairs.filter((p) => UUID.test(p.storeId) && UUID.test(p.skuId)),
      );
      return keys.map((k) => found.has(k));
    }),
    categoriesOfProduct: new DataLoader<string, Category[]>(async (productIds) => {
      const rows = await categoriesOfProducts(em, productIds);
      return productIds.map((id) => rows.filter((r) => r.productId === id).map((r) => em.map(Category, r.category as never)));
    }),
    /** A product's pictures in order, the cover first. */
    pictures: new DataLoader<string, PictureRow[]>(async (productIds) => {
      const rows = await picturesOf(
        em,
        productIds.filter((id) => UUID.test(id)),
      );
      return productIds.map((id) => rows.filter((r) => r.product_id === id));
    }),
    categoryChildren: new DataLoader<string, Category[]>(async (parentIds) => {
      const rows = await em.find(Category, { parentId: { $in: [...parentIds] } }, { orderBy: { position: 'asc', code: 'asc' } });
      return parentIds.map((id) => rows.filter((c) => c.parentId === id));
    }),
  };
  return loaders;
}

export type CatalogLoaders = ReturnType<typeof createCatalogLoaders>;
