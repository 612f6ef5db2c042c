// SQL for stores that the ORM does not express: PostGIS validity checks and the normalised hours tables.
import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray, preparedQuery, UUID } from '../../common/sql';
import type { ExceptionSpan, HoursSpan } from './opening-hours';
import { Store, type StoreStatus } from './store.entity';
import type { Zone } from './zone';

export interface ZoneValidity {
  valid: boolean;
  reason: string;
  areaM2: number;
}

export async function zoneValidity(em: EntityManager, zone: Zone): Promise<ZoneValidity> {
  const [row] = await em.execute<{ valid: boolean; reason: string; area_m2: number }[]>(
    `SELECT ST_IsValid(g) AS valid, ST_IsValidReason(g) AS reason, ST_Area(g::geography) AS area_m2
       FROM (SELECT ST_SetSRID(ST_GeomFromGeoJSON(?::text), 4326) AS g) z`,
    [JSON.stringify(zone)],
  );
  return { valid: row!.valid, reason: row!.reason, areaM2: Number(row!.area_m2) };
}

/** Rewrites the store's hour rows from its normalised spans; runs inside the caller's transaction. */
export async function replaceHours(em: EntityManager, storeId: string, spans: HoursSpan[], exceptions: ExceptionSpan[]) {
  await em.execute(`DELETE FROM store_hours WHERE store_id = ?`, [storeId]);
  await em.execute(`DELETE FROM store_hours_exception WHERE store_id = ?`, [storeId]);
  if (spans.length > 0) {
    await em.execute(
      `INSERT INTO store_hours (store_id, weekday, opens_min, closes_min)
       SELECT ?, weekday, opens_min, closes_min
         FROM jsonb_to_recordset(?::jsonb) AS s(weekday smallint, opens_min smallint, closes_min smallint)`,
      [storeId, JSON.stringify(spans.map((s) => ({ weekday: s.weekday, opens_min: s.opensMin, closes_min: s.closesMin })))],
    );
  }
  if (exceptions.length > 0) {
    await em.execute(
      `INSERT INTO store_hours_exception (store_id, local_date, closed, opens_min, closes_min)
       SELECT ?, local_date, closed, opens_min, closes_min
         FROM jsonb_to_recordset(?::jsonb) AS e(local_date date, closed boolean, opens_min smallint, closes_min smallint)`,
      [
        storeId,
        JSON.stringify(
          exceptions.map((e) => ({ local_date: e.date, closed: e.closed, opens_min: e.opensMin, closes_min: e.closesMin })),
        ),
      ],
    );
  }
}

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
  created_at: Date;
  updated_at: Date;
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
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    }),
  );
}
