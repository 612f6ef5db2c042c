// Routing SQL. Nearest = KNN walk on the geography GiST index (<-> against a bound point), capped by
// ST_DWithin, eligibility checked per candidate as the index is walked; then re-ranked on the spheroid.
import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../common/sql';

export type Fulfilment = 'DELIVERY' | 'PICKUP';

export interface CartLine {
  skuId: string;
  quantity: number;
}

/** Stores taken from the KNN walk before re-ranking by spheroid distance: sphere and spheroid order differ by < 0.5 %. */
export const KNN_CANDIDATES = 8;

// Delivery eligibility: a radius store covers a disc, a zone store its polygon (after a cheap reach check).
const DELIVERS_HERE = `s.can_deliver AND CASE WHEN s.delivery_radius_m IS NOT NULL
        THEN ST_DWithin(s.location, :pt::geography, s.delivery_radius_m)
        ELSE ST_DWithin(s.location, :pt::geography, s.delivery_reach_m)
             AND coalesce(ST_Covers(s.delivery_area, :pt::geography), false) END`;

// For delivery no store beyond the farthest-reaching zone can qualify, so the walk stops there.
const SEARCH_RADIUS = `CASE WHEN :fulfilment::text = 'DELIVERY'
        THEN least(:radius::float8, (SELECT coalesce(max(delivery_reach_m), 0) FROM store)::float8)
        ELSE :radius::float8 END`;

export const NEAREST_ELIGIBLE_SQL = `
  SELECT c.id, ST_Distance(c.location, :pt::geography) AS distance_m
  FROM (
    SELECT s.id, s.location
    FROM store s
    WHERE ST_DWithin(s.location, :pt::geography, ${SEARCH_RADIUS})
      AND s.status = 'ACTIVE'
      AND CASE WHEN :fulfilment::text = 'DELIVERY' THEN ${DELIVERS_HERE} ELSE s.can_pickup END
      AND (:storeId::uuid IS NULL OR s.id = :storeId::uuid)
      AND NOT EXISTS (
        SELECT 1 FROM jsonb_to_recordset(:lines::jsonb) AS l(sku_id uuid, quantity int)
        WHERE NOT EXISTS (
          SELECT 1 FROM store_stock ss
          WHERE ss.store_id = s.id AND ss.sku_id = l.sku_id AND ss.on_hand - ss.reserved >= l.quantity))
      AND store_open_at(s.id, s.time_zone, :at::timestamptz)
    ORDER BY s.location <-> :pt::geography
    LIMIT :candidates::int
  ) c
  ORDER BY distance_m, c.id
  LIMIT :limit::int`;

export interface RouteQuery {
  point: string; // EWKT, WGS-84
  fulfilment: Fulfilment;
  lines: CartLine[];
  at: Date;
  radiusM: number;
  storeId?: string;
}

export function nearestEligibleParams(q: RouteQuery, limit: number) {
  return {
    pt: q.point,
    radius: q.radiusM,
    fulfilment: q.fulfilment,
    storeId: q.storeId ?? null,
    lines: JSON.stringify(q.lines.map((l) => ({ sku_id: l.skuId, quantity: l.quantity }))),
    at: q.at.toISOString(),
    candidates: Math.max(KNN_CANDIDATES, limit),
    limit,
  };
}

export async function nearestEligibleStores(em: EntityManager, q: RouteQuery, limit = 1) {
  const rows = await query<{ id: string; distance_m: number }>(em, NEAREST_ELIGIBLE_SQL, nearestEligibleParams(q, limit));
  return rows.map((r) => ({ storeId: r.id, distanceM: Number(r.distance_m) }));
}

/** A store near the point with every fact routing needs to explain itself. */
export interface StoreFacts {
  storeId: string;
  distanceM: number;
  status: 'ACTIVE' | 'PAUSED' | 'CLOSED';
  canPickup: boolean;
  canDeliver: boolean;
  deliversHere: boolean;
  open: boolean;
}

const FACTS_SQL = `
  SELECT s.id, ST_Distance(s.location, :pt::geography) AS distance_m, s.status, s.can_pickup, s.can_deliver,
         ${DELIVERS_HERE} AS delivers_here,
         store_open_at(s.id, s.time_zone, :at::timestamptz) AS open
  FROM store s
  WHERE ST_DWithin(s.location, :pt::geography, ${SEARCH_RADIUS})
    AND s.status <> 'CLOSED'
    AND CASE :fulfilment::text
          WHEN 'DELIVERY' THEN ${DELIVERS_HERE}
          WHEN 'PICKUP' THEN s.can_pickup
          ELSE true END
  ORDER BY s.location <-> :pt::geography
  LIMIT :limit::int OFFSET :offset::int`;

const ONE_STORE_FACTS_SQL = `
  SELECT s.id, ST_Distance(s.location, :pt::geography) AS distance_m, s.status, s.can_pickup, s.can_deliver,
         ${DELIVERS_HERE} AS delivers_here,
         store_open_at(s.id, s.time_zone, :at::timestamptz) AS open
  FROM store s WHERE s.id = :storeId::uuid`;

interface FactsRow {
  id: string;
  distance_m: number;
  status: StoreFacts['status'];
  can_pickup: boolean;
  can_deliver: boolean;
  delivers_here: boolean;
  open: boolean;
}

const toFacts = (r: FactsRow): StoreFacts => ({
  storeId: r.id,
  distanceM: Number(r.distance_m),
  status: r.status,
  canPickup: r.can_pickup,
  canDeliver: r.can_deliver,
  deliversHere: r.delivers_here,
  open: r.open,
});

/**
 * Stores near a point, nearest first, not permanently closed; with a fulfilment, only those that
 * can do it here (delivery: the point is in the zone). Paged by offset along the KNN order.
 */
export async function nearbyStoreFacts(
  em: EntityManager,
  p: { point: string; at: Date; radiusM: number; fulfilment: Fulfilment | null; limit: number; offset: number },
): Promise<StoreFacts[]> {
  const rows = await query<FactsRow>(em, FACTS_SQL, {
    pt: p.point,
    at: p.at.toISOString(),
    radius: p.radiusM,
    fulfilment: p.fulfilment,
    limit: p.limit,
    offset: p.offset,
  });
  return rows.map(toFacts);
}

export async function storeFacts(em: EntityManager, storeId: string, point: string, at: Date): Promise<StoreFacts | undefined> {
  const rows = await query<FactsRow>(em, ONE_STORE_FACTS_SQL, { pt: point, at: at.toISOString(), storeId });
  return rows[0] && toFacts(rows[0]);
}

/** Available units (on hand - reserved) for each store × SKU pair asked; absent pairs are 0. */
export async function availableStock(em: EntityManager, storeIds: string[], skuIds: string[]) {
  const rows = await query<{ store_id: string; sku_id: string; available: number }>(
    em,
    `SELECT ss.store_id, ss.sku_id, ss.on_hand - ss.reserved AS available
       FROM store_stock ss
      WHERE ss.store_id IN (SELECT jsonb_array_elements_text(:stores::jsonb)::uuid)
        AND ss.sku_id IN (SELECT jsonb_array_elements_text(:skus::jsonb)::uuid)`,
    { stores: JSON.stringify(storeIds), skus: JSON.stringify(skuIds) },
  );
  const stock = new Map<string, number>();
  for (const r of rows) stock.set(`${r.store_id}|${r.sku_id}`, r.available);
  return (storeId: string, skuId: string) => stock.get(`${storeId}|${skuId}`) ?? 0;
}
