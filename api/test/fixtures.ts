// Builders for test data through the real services (so fixtures pass the same validation as the API).
import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../src/common/sql';
import { CoordinateSystem } from '../src/common/geo';
import { StockMovementReason } from '../src/modules/inventory/inventory.entity';
import { applyStockChange } from '../src/modules/inventory/inventory.repository';
import { clusterOfStore } from '../src/modules/store/store-cluster';
import { Store, StoreCapability, StoreStatus } from '../src/modules/store/store.entity';
import { StoreService } from '../src/modules/store/store.service';
import type { StoreInput } from '../src/modules/store/store.types';

let counter = 0;
export const uniqueCode = (prefix: string) => `${prefix}-${process.pid}-${++counter}`;

export const ALL_DAY = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '00:00', closes: '24:00' }));

/** A square around a point, `half` metres from centre to each side (approximate, fine for tests). */
export function squareZone(lat: number, lng: number, halfM: number) {
  const dLat = halfM / 111_320;
  const dLng = halfM / (111_320 * Math.cos((lat * Math.PI) / 180));
  return {
    type: 'Polygon' as const,
    coordinates: [
      [
        [lng - dLng, lat - dLat],
        [lng + dLng, lat - dLat],
        [lng + dLng, lat + dLat],
        [lng - dLng, lat + dLat],
        [lng - dLng, lat - dLat],
      ],
    ],
  };
}

export async function makeStore(em: EntityManager, input: Partial<StoreInput> & { lat: number; lng: number }): Promise<Store> {
  const { lat, lng, ...rest } = input;
  const full: StoreInput = {
    code: uniqueCode('T'),
    name: 'Test store',
    city: '上海',
    address: 'test address',
    location: { lat, lng, system: CoordinateSystem.WGS84 },
    timeZone: 'Asia/Shanghai',
    status: StoreStatus.ACTIVE,
    capabilities: [StoreCapability.PICKUP, StoreCapability.DELIVERY],
    hours: ALL_DAY,
    exceptions: [],
    ...(rest.deliveryZone === undefined && rest.deliveryRadiusM === undefined ? { deliveryRadiusM: 3000 } : {}),
    ...rest,
  };
  const store = Object.assign(new Store(), { code: full.code });
  const result = await new StoreService(em, { maxZoneReachM: 20_000 }).save(store, full);
  if (!(result instanceof Store)) throw new Error(`fixture store rejected: ${result.message}`);
  return result;
}

export async function makeSkus(em: EntityManager, count: number, priceFen = 500): Promise<string[]> {
  const cat = uniqueCode('CAT');
  const rows = await query<{ id: string }>(
    em,
    `WITH c AS (INSERT INTO category (id, code, name) VALUES (gen_random_uuid(), :cat, 'Test') RETURNING id),
          p AS (INSERT INTO product (id, code, name, category_id) SELECT gen_random_uuid(), :cat, 'Test product', id FROM c RETURNING id)
     INSERT INTO sku (id, code, product_id, price_fen)
     SELECT gen_random_uuid(), :cat || '-' || i, p.id, :price::int FROM p, generate_series(1, :n::int) i
     RETURNING id`,
    { cat, price: priceFen, n: count },
  );
  return rows.map((r) => r.id);
}

export async function setStock(em: EntityManager, storeId: string, skuId: string, onHand: number) {
  await query(em, `DELETE FROM store_stock WHERE store_id = :s AND sku_id = :k`, { s: storeId, k: skuId });
  if (onHand > 0) {
    const clusterId = (await clusterOfStore(em, storeId))!;
    await applyStockChange(em, {
      clusterId,
      storeId,
      skuId,
      delta: onHand,
      reason: StockMovementReason.RECEIVED,
      actor: 'test',
      at: new Date(),
    });
  }
}
