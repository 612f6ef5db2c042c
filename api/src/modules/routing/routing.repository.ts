// Routing SQL: KNN walks of the geography GiST index (<-> against a bound point) bounded by a row count,
// eligibility checked per candidate, search radius applied with ST_DWithin; distances ranked on the spheroid.
import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray, preparedQuery, type SqlRider } from '../../common/sql';

export type Fulfilment = 'DELIVERY' | 'PICKUP';

export interface CartLine {
  skuId: string;
  quantity: number;
}

/**
 * Phase 1 examines this many nearest stores (a bounded KNN walk). Dense stock is found here in a few rows;
 * when the window holds no answer, phase 2 starts from the stores holding the cart instead.
 */
export const KNN_WINDOW = 64;

/** Sphere (KNN) and spheroid distances differ by under 0.6 %: an answer nearer than this share of the
 *  window's edge cannot be beaten by a store outside the window. */
const HORIZON_SAFETY = '0.99';

/** A store more than this factor farther on the sphere than another cannot be nearer on the spheroid
 *  (the two differ by under 0.6 % each way, so 1.0121 would do; 2 % leaves room). */
const SPHEROID_BAND = '1.02';

// Delivery eligibility: a radius store covers a disc, a zone store its polygon (after a cheap reach check).
const DELIVERS_HERE = `s.can_deliver AND CASE WHEN s.delivery_radius_m IS NOT NULL
        THEN ST_DWithin(s.location, :pt::geography, s.delivery_radius_m)
        ELSE ST_DWithin(s.location, :pt::geography, s.delivery_reach_m)
             AND coalesce(ST_Covers(s.delivery_area, :pt::geography), false) END`;

// For delivery no store beyond the farthest-reaching zone can qualify, so the walk stops there.
const SEARCH_RADIUS = `CASE WHEN :fulfilment::text = 'DELIVERY'
        THEN least(:radius::float8, (SELECT coalesce(max(delivery_reach_m), 0) FROM store)::float8)
        ELSE :radius::float8 END`;

/**
 * Open at :at in the store's own time zone; an exception replaces the whole local date, and the night that date
 * would have carried past midnight (a `carried` row the next day). Mirrors isOpenAt in opening-hours.ts. Written inline
 * (a SQL function with sub-selects is never inlined, and calling one per candidate costs ~50 µs).
 */
const LOCAL = `(:at::timestamptz AT TIME ZONE s.time_zone)`;
const LOCAL_MINUTE = `(extract(hour FROM ${LOCAL}) * 60 + extract(minute FROM ${LOCAL}))`;
export const OPEN_AT = `CASE
    WHEN EXISTS (SELECT 1 FROM store_hours_exception e WHERE e.cluster_id = s.cluster_id AND e.store_id = s.id AND e.local_date = ${LOCAL}::date)
    THEN EXISTS (SELECT 1 FROM store_hours_exception e
                 WHERE e.cluster_id = s.cluster_id AND e.store_id = s.id AND e.local_date = ${LOCAL}::date AND NOT e.closed
                   AND e.opens_min <= ${LOCAL_MINUTE} AND e.closes_min > ${LOCAL_MINUTE})
    ELSE EXISTS (SELECT 1 FROM store_hours h
                 WHERE h.cluster_id = s.cluster_id AND h.store_id = s.id AND h.weekday = extract(isodow FROM ${LOCAL})
                   AND h.opens_min <= ${LOCAL_MINUTE} AND h.closes_min > ${LOCAL_MINUTE}
                   AND NOT (h.carried AND EXISTS (SELECT 1 FROM store_hours_exception y
                                                  WHERE y.cluster_id = s.cluster_id AND y.store_id = s.id AND y.local_date = ${LOCAL}::date - 1))) END`;

/** The columns routing reads: the wide GeoJSON column stays behind. */
const STORE_COLUMNS = `s.id, s.location, s.status, s.can_pickup, s.can_deliver, s.delivery_radius_m, s.delivery_reach_m,
    s.delivery_area, s.time_zone, s.cluster_id`;

// Arrays, not JSON: the planner sees their length, so it probes stock by index instead of scanning it.
const LINES = `lines AS MATERIALIZED (
    SELECT l.sku_id, l.quantity FROM unnest(:skus::uuid[], :quantities::int[]) AS l(sku_id, quantity))`;

const HAS_EVERY_LINE = `NOT EXISTS (
    SELECT 1 FROM lines l
    WHERE NOT EXISTS (
      SELECT 1 FROM store_stock ss
      WHERE ss.cluster_id = s.cluster_id AND ss.store_id = s.id AND ss.sku_id = l.sku_id AND NOT ss.off_shelf AND ss.on_hand - ss.reserved >= l.quantity))`;

/** Everything but distance, cheapest first (CASE fixes the order); opening hours last. */
const eligible = (stock: string) => `CASE
    WHEN s.status <> 'ACTIVE' THEN false
    WHEN :storeId::uuid IS NOT NULL AND s.id <> :storeId::uuid THEN false
    WHEN :cluster::text IS NOT NULL AND s.cluster_id <> :cluster::text THEN false
    WHEN NOT (CASE WHEN :fulfilment::text = 'DELIVERY' THEN ${DELIVERS_HERE} ELSE s.can_pickup END) THEN false
    WHEN NOT (${stock}) THEN false
    ELSE ${OPEN_AT} END`;

/**
 * The nearest `:limit` stores that can take the cart, in one statement of two phases.
 * Phase 1 takes the KNN_WINDOW nearest stores straight off the GiST index (ORDER BY <-> LIMIT with no
 * other condition, so the planner cannot swap the walk for a bitmap scan and sort) and checks each.
 * Its answer is conclusive when the window reached past the search radius, or when the answers lie
 * safely inside the window's edge. Otherwise phase 2 runs (a one-time filter skips it entirely when not
 * needed): the stores listing every SKU of the cart, read off the (sku_id, store_id) index alone — no
 * heap visits, and quantities stay out of the index so stock updates remain HOT — then the few left get
 * the full checks and are ranked by spheroid distance.
 */
export const NEAREST_ELIGIBLE_SQL = `
  WITH ${LINES},
  r AS MATERIALIZED (SELECT ${SEARCH_RADIUS} AS radius_m),
  s AS MATERIALIZED (
    SELECT ${STORE_COLUMNS}, s.location <-> :pt::geography AS sphere_m
    FROM store s
    ORDER BY s.location <-> :pt::geography
    LIMIT :window::int),
  -- Any :limit eligible stores of the window. The scan reads the window in the order it was walked, nearest
  -- first, so in a dense network it stops after the first store or two; the band below keeps the answer
  -- exact whichever stores this picks.
  first_ok AS MATERIALIZED (
    SELECT s.sphere_m FROM s
    WHERE ST_DWithin(s.location, :pt::geography, (SELECT radius_m FROM r)) AND ${eligible(HAS_EVERY_LINE)}
    LIMIT :limit::int),
  -- Ranked by spheroid distance among the window's eligible stores within the band past those: :limit
  -- eligible stores lie within M on the sphere, so within 1.006 M on the spheroid, and a store farther than
  -- 1.02 M on the sphere is beyond 1.013 M on the spheroid: it cannot be among the :limit nearest.
  found AS MATERIALIZED (
    SELECT s.id, ST_Distance(s.location, :pt::geography) AS distance_m FROM s
    WHERE CASE WHEN s.sphere_m <= (SELECT max(sphere_m) FROM first_ok) * ${SPHEROID_BAND}
               THEN ST_DWithin(s.location, :pt::geography, (SELECT radius_m FROM r)) AND ${eligible(HAS_EVERY_LINE)}
               ELSE false END
    ORDER BY distance_m, s.id
    LIMIT :limit::int),
  verdict AS MATERIALIZED (
    SELECT w.examined < :window::int
        OR w.horizon_m * ${HORIZON_SAFETY} > r.radius_m
        OR (f.n = :limit::int AND f.farthest <= w.horizon_m * ${HORIZON_SAFETY}) AS conclusive
    FROM (SELECT count(*) AS examined, max(sphere_m) AS horizon_m FROM s) w,
         (SELECT count(*) AS n, max(distance_m) AS farthest FROM found) f, r),
  stocking AS MATERIALIZED (
    SELECT ss.store_id FROM store_stock ss
    WHERE ss.sku_id = ANY (:skus::uuid[])
    GROUP BY ss.store_id
    HAVING count(*) = cardinality(:skus::uuid[]))
  SELECT id, distance_m FROM (
    SELECT id, distance_m FROM found WHERE (SELECT conclusive FROM verdict)
    UNION ALL
    (SELECT s.id, ST_Distance(s.location, :pt::geography) AS distance_m
     FROM stocking h JOIN store s ON s.id = h.store_id
     WHERE NOT (SELECT conclusive FROM verdict)
       -- inside CASE so the planner drives from the few holders, not from a misjudged radius scan
       AND CASE WHEN ST_DWithin(s.location, :pt::geography, (SELECT radius_m FROM r)) THEN ${eligible(HAS_EVERY_LINE)} ELSE false END
     ORDER BY distance_m, s.id
     LIMIT :limit::int)) answer
  ORDER BY distance_m, id`;

export interface RouteQuery {
  point: string; // EWKT, WGS-84
  fulfilment: Fulfilment;
  lines: CartLine[];
  at: Date;
  radiusM: number;
  storeId?: string;
  /** Only stores of this city cluster: a re-route keeps the order where its rows are (docs/scale.md). */
  clusterId?: string;
}

export function nearestEligibleParams(q: RouteQuery, limit: number) {
  return {
    pt: q.point,
    radius: q.radiusM,
    fulfilment: q.fulfilment,
    storeId: q.storeId ?? null,
    cluster: q.clusterId ?? null,
    skus: pgArray(q.lines.map((l) => l.skuId)),
    quantities: pgArray(q.lines.map((l) => l.quantity)),
    at: q.at.toISOString(),
    window: KNN_WINDOW,
    limit,
  };
}

/** `riders`: reads to send in the same round trip (common/sql-rider.ts). */
export async function nearestEligibleStores(em: EntityManager, q: RouteQuery, limit = 1, riders?: readonly SqlRider<unknown>[]) {
  const rows = await preparedQuery<{ id: string; distance_m: number }>(em, NEAREST_ELIGIBLE_SQL, nearestEligibleParams(q, limit), riders);
  return rows.map((r) => ({ storeId: r.id, distanceM: Number(r.distance_m) }));
}

/** A store near the point with every fact routing needs to explain itself, stock of the cart included. */
export interface StoreFacts {
  storeId: string;
  distanceM: number;
  status: 'ACTIVE' | 'PAUSED' | 'CLOSED';
  canPickup: boolean;
  canDeliver: boolean;
  deliversHere: boolean;
  open: boolean;
  /** The store's city cluster: a split keeps to one. */
  clusterId: string;
  /** Available units (on hand - reserved) by SKU, for the SKUs asked about. */
  available: Map<string, number>;
}

// Available units of each asked SKU, in the order asked (0 where the store has no row or took it off the shelf).
const AVAILABLE = `ARRAY(
    SELECT coalesce((SELECT CASE WHEN ss.off_shelf THEN 0 ELSE ss.on_hand - ss.reserved END FROM store_stock ss WHERE ss.cluster_id = s.cluster_id AND ss.store_id = s.id AND ss.sku_id = k.sku_id), 0)
    FROM unnest(:skus::uuid[]) WITH ORDINALITY AS k(sku_id, i) ORDER BY k.i)`;

const FACT_COLUMNS = `s.id, s.cluster_id, ST_Distance(s.location, :pt::geography) AS distance_m, s.status, s.can_pickup, s.can_deliver,
         ${DELIVERS_HERE} AS delivers_here,
         ${OPEN_AT} AS open,
         ${AVAILABLE} AS available`;

/** Listings and diagnoses look at no more than this many nearest stores. */
export const NEARBY_WINDOW = 400;

// The inner KNN walk has no filter for the planner to misjudge, so it stays an index walk that stops
// as soon as the outer query has its page.
const FACTS_SQL = `
  SELECT ${FACT_COLUMNS}
  FROM (
    SELECT ${STORE_COLUMNS}, s.location <-> :pt::geography AS sphere_m FROM store s
    ORDER BY s.location <-> :pt::geography
    LIMIT ${NEARBY_WINDOW}) s
  WHERE ST_DWithin(s.location, :pt::geography, ${SEARCH_RADIUS})
    AND s.status <> 'CLOSED'
    AND CASE :fulfilment::text
          WHEN 'DELIVERY' THEN ${DELIVERS_HERE}
          WHEN 'PICKUP' THEN s.can_pickup
          ELSE true END
  ORDER BY s.sphere_m
  LIMIT :limit::int OFFSET :offset::int`;

// Measured from the shopper's point, or (none given: a pickup at a chosen store) from the store itself, so that such a
// checkout reads no store row first for a point to measure from.
const CHOSEN_FACTS_SQL = `
  SELECT ${FACT_COLUMNS.replaceAll(':pt::geography', 'coalesce(:pt::geography, s.location)')}
  FROM store s WHERE s.id = ANY (:storeIds::uuid[])
  ORDER BY distance_m, s.id`;

interface FactsRow {
  id: string;
  cluster_id: string;
  distance_m: number;
  status: StoreFacts['status'];
  can_pickup: boolean;
  can_deliver: boolean;
  delivers_here: boolean;
  open: boolean;
  available: number[];
}

const toFacts =
  (skuIds: string[]) =>
  (r: FactsRow): StoreFacts => ({
    storeId: r.id,
    distanceM: Number(r.distance_m),
    status: r.status,
    canPickup: r.can_pickup,
    canDeliver: r.can_deliver,
    deliversHere: r.delivers_here,
    open: r.open,
    clusterId: r.cluster_id,
    available: new Map(skuIds.map((sku, i) => [sku, r.available[i] ?? 0])),
  });

/**
 * Stores near a point, nearest first, not permanently closed; with a fulfilment, only those that
 * can do it here (delivery: the point is in the zone). Paged by offset along the KNN order.
 */
export async function nearbyStoreFacts(
  em: EntityManager,
  p: { point: string; at: Date; radiusM: number; fulfilment: Fulfilment | null; limit: number; offset: number; skuIds?: string[] },
): Promise<StoreFacts[]> {
  const skuIds = p.skuIds ?? [];
  const rows = await preparedQuery<FactsRow>(em, FACTS_SQL, {
    pt: p.point,
    at: p.at.toISOString(),
    radius: p.radiusM,
    fulfilment: p.fulfilment,
    limit: p.limit,
    offset: p.offset,
    skus: pgArray(skuIds),
  });
  return rows.map(toFacts(skuIds));
}

/** The same facts for named stores, measured from a point (null: each from itself), nearest first. */
export async function chosenStoreFacts(
  em: EntityManager,
  storeIds: string[],
  point: string | null,
  at: Date,
  skuIds: string[],
  riders?: readonly SqlRider<unknown>[],
) {
  const rows = await preparedQuery<FactsRow>(
    em,
    CHOSEN_FACTS_SQL,
    { pt: point, at: at.toISOString(), storeIds: pgArray(storeIds), skus: pgArray(skuIds) },
    riders,
  );
  return rows.map(toFacts(skuIds));
}

export const stockOf = (facts: StoreFacts[]) => {
  const byStore = new Map(facts.map((f) => [f.storeId, f.available]));
  return (storeId: string, skuId: string) => byStore.get(storeId)?.get(skuId) ?? 0;
};

/** Which of these SKU ids exist and are on sale. */
export async function activeSkuIds(em: EntityManager, skuIds: string[]): Promise<Set<string>> {
  const rows = await preparedQuery<{ id: string }>(em, `SELECT id FROM sku WHERE id = ANY (:ids::uuid[]) AND active`, {
    ids: pgArray(skuIds),
  });
  return new Set(rows.map((r) => r.id));
}
