// SQL for stores that the ORM does not express: PostGIS validity checks and the normalised hours tables.
import type { LatLng } from '@linli/geo-data';
import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray, preparedQuery, query, UUID } from '../../common/sql';
import type { ExceptionSpan, HoursSpan } from './opening-hours';
import { Store, type StoreStatus } from './store.entity';
import type { Zone } from './zone';

export interface ZoneValidity {
  valid: boolean;
  reason: string;
  /** 0 when invalid */
  areaM2: number;
  /** Whether the zone covers the store's own location (false when invalid) */
  coversStore: boolean;
}

/**
 * Area and coverage are only asked of a valid geometry: on an invalid one (a hole larger than its shell)
 * ST_Area raises "returned area < 0.0" instead of answering. CASE evaluates its branches lazily.
 */
export async function zoneValidity(em: EntityManager, zone: Zone, store: LatLng): Promise<ZoneValidity> {
  const [row] = await query<{ valid: boolean; reason: string; area_m2: number | null; covers_store: boolean | null }>(
    em,
    `SELECT ST_IsValid(g) AS valid, ST_IsValidReason(g) AS reason,
            CASE WHEN ST_IsValid(g) THEN ST_Area(g::geography) END AS area_m2,
            CASE WHEN ST_IsValid(g) THEN ST_Covers(g::geography, ST_SetSRID(ST_MakePoint(:lng::float8, :lat::float8), 4326)::geography) END AS covers_store
       FROM (SELECT ST_SetSRID(ST_GeomFromGeoJSON(:zone::text), 4326) AS g) z`,
    { lng: store.lng, lat: store.lat, zone: JSON.stringify(zone) },
  );
  return { valid: row!.valid, reason: row!.reason, areaM2: Number(row!.area_m2 ?? 0), coversStore: row!.covers_store === true };
}

/**
 * `zoneValidity` for many zones in one statement (a network import checks its zones a batch at a time); answers
 * in the order given.
 */
export async function zoneValidities(em: EntityManager, items: readonly { zone: Zone; store: LatLng }[]): Promise<ZoneValidity[]> {
  if (items.length === 0) return [];
  const rows = await query<{ i: number; valid: boolean; reason: string; area_m2: number | null; covers_store: boolean | null }>(
    em,
    `SELECT i, ST_IsValid(g) AS valid, ST_IsValidReason(g) AS reason,
            CASE WHEN ST_IsValid(g) THEN ST_Area(g::geography) END AS area_m2,
            CASE WHEN ST_IsValid(g) THEN ST_Covers(g::geography, ST_SetSRID(ST_MakePoint(lng, lat), 4326)::geography) END AS covers_store
       FROM (SELECT x.i, x.lng, x.lat, ST_SetSRID(ST_GeomFromGeoJSON(x.zone::text), 4326) AS g
               FROM jsonb_to_recordset(:items::jsonb) AS x(i int, zone jsonb, lng float8, lat float8)) z
      ORDER BY i`,
    { items: JSON.stringify(items.map((it, i) => ({ i, zone: it.zone, lng: it.store.lng, lat: it.store.lat }))) },
  );
  return rows.map((r) => ({ valid: r.valid, reason: r.reason, areaM2: Number(r.area_m2 ?? 0), coversStore: r.covers_store === true }));
}

const SAVE_STORES = `
  INSERT INTO store (id, code, name, city, address, phone, lat, lng, time_zone, status, can_pickup, can_deliver, hours, exceptions,
                     delivery_zone, delivery_radius_m, delivery_reach_m, min_order_fen, delivery_fee_tiers, pickup_slot_capacity, created_at, updated_at,
                     cluster_id)
  SELECT id, code, name, city, address, phone, lat, lng, time_zone, status, can_pickup, can_deliver, hours, exceptions,
         delivery_zone, delivery_radius_m, delivery_reach_m, min_order_fen, delivery_fee_tiers, pickup_slot_capacity, created_at, updated_at,
         cluster_of_city(city)
    FROM jsonb_to_recordset(:rows::jsonb) AS r(id uuid, code text, name text, city text, address text, phone text, lat float8, lng float8,
         time_zone text, status text, can_pickup boolean, can_deliver boolean, hours jsonb, exceptions jsonb, delivery_zone jsonb,
         delivery_radius_m int, delivery_reach_m int, min_order_fen int, delivery_fee_tiers jsonb, pickup_slot_capacity int,
         created_at timestamptz, updated_at timestamptz)
  -- A store keeps the cluster it opened in (its rows live there); a new city's cluster is HQ's decision (city_cluster).
  ON CONFLICT (id) DO UPDATE SET code = EXCLUDED.code, name = EXCLUDED.name, city = EXCLUDED.city, address = EXCLUDED.address, phone = EXCLUDED.phone,
    lat = EXCLUDED.lat, lng = EXCLUDED.lng, time_zone = EXCLUDED.time_zone, status = EXCLUDED.status, can_pickup = EXCLUDED.can_pickup,
    can_deliver = EXCLUDED.can_deliver, hours = EXCLUDED.hours, exceptions = EXCLUDED.exceptions, delivery_zone = EXCLUDED.delivery_zone,
    delivery_radius_m = EXCLUDED.delivery_radius_m, delivery_reach_m = EXCLUDED.delivery_reach_m, min_order_fen = EXCLUDED.min_order_fen,
    delivery_fee_tiers = EXCLUDED.delivery_fee_tiers, pickup_slot_capacity = EXCLUDED.pickup_slot_capacity, updated_at = EXCLUDED.updated_at`;

/**
 * Writes stores (new or changed) as they stand and rewrites their hour rows from their normalised spans, in at most
 * five statements whatever the batch's size: one store from createStore/updateStore, or a batch of a network import
 * (inside its one transaction). A code another store has fails with PostgreSQL's unique violation.
 */
export async function saveStoreBatch(
  tx: EntityManager,
  batch: readonly { store: Store; spans: HoursSpan[]; exceptions: ExceptionSpan[] }[],
): Promise<void> {
  if (batch.length === 0) return;
  await query(tx, SAVE_STORES, {
    rows: JSON.stringify(
      batch.map(({ store: s }) => ({
        id: s.id,
        code: s.code,
        name: s.name,
        city: s.city,
        address: s.address,
        phone: s.phone ?? null,
        lat: s.lat,
        lng: s.lng,
        time_zone: s.timeZone,
        status: s.status,
        can_pickup: s.canPickup,
        can_deliver: s.canDeliver,
        hours: s.hours,
        exceptions: s.exceptions,
        delivery_zone: s.deliveryZone ?? null,
        delivery_radius_m: s.deliveryRadiusM ?? null,
        delivery_reach_m: s.deliveryReachM,
        min_order_fen: s.minOrderFen,
        delivery_fee_tiers: s.deliveryFeeTiers,
        pickup_slot_capacity: s.pickupSlotCapacity,
        created_at: s.createdAt.toISOString(),
        updated_at: s.updatedAt.toISOString(),
      })),
    ),
  });
  const ids = pgArray(batch.map((b) => b.store.id));
  await query(tx, `DELETE FROM store_hours WHERE store_id = ANY (:ids::uuid[])`, { ids });
  await query(tx, `DELETE FROM store_hours_exception WHERE store_id = ANY (:ids::uuid[])`, { ids });
  const spans = batch.flatMap((b) =>
    b.spans.map((h) => ({
      store_id: b.store.id,
      weekday: h.weekday,
      opens_min: h.opensMin,
      closes_min: h.closesMin,
      carried: h.carried === true,
    })),
  );
  if (spans.length > 0) {
    await query(
      tx,
      `INSERT INTO store_hours (store_id, weekday, opens_min, closes_min, carried)
       SELECT store_id, weekday, opens_min, closes_min, carried
         FROM jsonb_to_recordset(:spans::jsonb) AS s(store_id uuid, weekday smallint, opens_min smallint, closes_min smallint, carried boolean)`,
      { spans: JSON.stringify(spans) },
    );
  }
  const exceptions = batch.flatMap((b) =>
    b.exceptions.map((e) => ({
      store_id: b.store.id,
      local_date: e.date,
      closed: e.closed,
      opens_min: e.opensMin,
      closes_min: e.closesMin,
    })),
  );
  if (exceptions.length > 0) {
    await query(
      tx,
      `INSERT INTO store_hours_exception (store_id, local_date, closed, opens_min, closes_min)
       SELECT store_id, local_date, closed, opens_min, closes_min
         FROM jsonb_to_recordset(:exceptions::jsonb) AS e(store_id uuid, local_date date, closed boolean, opens_min smallint, closes_min smallint)`,
      { exceptions: JSON.stringify(exceptions) },
    );
  }
}

/** Whether an error is the unique violation of store codes. */
export const isDuplicateStoreCode = (err: unknown) =>
  (err as { code?: string }).code === '23505' && /code/.test((err as { constraint?: string }).constraint ?? '');

interface StoreRow {
  id: string;
  min_order_fen: number;
  delivery_fee_tiers: { upToM: number; feeFen: number }[];
  code: string;
  name: string;
  city: string;
  address: string;
  phone: string | null;
  lat: number;
  lng: number;
  time_zone: string;
  status: StoreStatus;
  can_pickup: boolean;
  can_deliver: boolean;
  hours: Store['hours'];
  exceptions: Store['exceptions'];
  delivery_zone: Store['deliveryZone'];
  delivery_radius_m: number | null;
  delivery_reach_m: number;
  pickup_slot_capacity: number;
  created_at: string;
  updated_at: string;
}

/**
 * Stores for reading only (GraphQL fields), by id, without ORM hydration: every routing answer
 * resolves its stores through this, and the ORM's bookkeeping cost more than the query.
 */
export async function readStores(em: EntityManager, ids: readonly string[]): Promise<Store[]> {
  const rows = await preparedQuery<StoreRow>(
    em,
    `SELECT id, code, name, city, address, phone, lat, lng, time_zone, status, can_pickup, can_deliver, hours, exceptions,
            delivery_zone, delivery_radius_m, delivery_reach_m, min_order_fen, delivery_fee_tiers, pickup_slot_capacity, created_at, updated_at
       FROM store WHERE id = ANY (:ids::uuid[])`,
    { ids: pgArray(ids.filter((id) => UUID.test(id))) },
  );
  return rows.map((r) =>
    Object.assign(new Store(), {
      id: r.id,
      code: r.code,
      name: r.name,
      city: r.city,
      address: r.address,
      phone: r.phone,
      lat: r.lat,
      lng: r.lng,
      timeZone: r.time_zone,
      status: r.status,
      canPickup: r.can_pickup,
      canDeliver: r.can_deliver,
      hours: r.hours,
      exceptions: r.exceptions,
      deliveryZone: r.delivery_zone,
      deliveryRadiusM: r.delivery_radius_m,
      deliveryReachM: r.delivery_reach_m,
      minOrderFen: r.min_order_fen,
      deliveryFeeTiers: r.delivery_fee_tiers,
      pickupSlotCapacity: r.pickup_slot_capacity,
      // The driver gives timestamps as text.
      createdAt: new Date(r.created_at),
      updatedAt: new Date(r.updated_at),
    }),
  );
}

/** Every store (the network import matches them by code). */
export async function allStores(em: EntityManager): Promise<Store[]> {
  const ids = await query<{ id: string }>(em, `SELECT id FROM store`, {});
  return readStores(
    em,
    ids.map((r) => r.id),
  );
}

/**
 * The clusters of the stores with these ids (store ids carry none). By id alone on purpose: this is the lookup that
 * gives every by-store statement its cluster (store-cluster.ts keeps the answer), so it cannot be keyed itself.
 */
export async function readStoreClusters(em: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await query<{ id: string; cluster_id: string }>(em, `SELECT id, cluster_id FROM store WHERE id = ANY(:ids::uuid[])`, {
    ids: pgArray(ids.filter((id) => UUID.test(id))),
  });
  return new Map(rows.map((r) => [r.id, r.cluster_id]));
}

/** Where a store is (undefined: no such store in that cluster). */
export async function storeLocation(
  em: EntityManager,
  cluster: string,
  storeId: string,
): Promise<{ lat: number; lng: number } | undefined> {
  const [store] = await preparedQuery<{ lat: number; lng: number }>(
    em,
    `SELECT lat, lng FROM store WHERE cluster_id = :cluster AND id = :id::uuid`,
    {
      cluster,
      id: storeId,
    },
  );
  return store;
}
