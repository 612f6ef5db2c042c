// The dashboard's SQL: rebuilding a chain-local day's rollups from orders, their transitions and the ledger, picking
// the days whose orders changed, and reading a period back from the rollups.
import type { EntityManager } from '@mikro-orm/postgresql';
import { arrayFromRow, query, readQuery, transaction, withSession } from '../../common/sql';

/** Histogram buckets: whole minutes 0..119, the last bucket (120) holds "two hours or more". */
export const MINUTE_BUCKETS = 121;

// 拼团: an order paid into a group is no sale until its group forms (AWAITING_GROUP, then PAID), and never one when the
// group fails (refunded from AWAITING_GROUP): its transitions say which (order_transition (order_id, seq), by index).
const DAY_BOUNDS = `o.paid_at >= (:day::date::timestamp AT TIME ZONE :tz::text) AND o.paid_at < ((:day::date + 1)::timestamp AT TIME ZONE :tz::text)
  AND (NOT EXISTS (SELECT 1 FROM order_transition g WHERE g.order_id = o.id AND g.event = 'PAY_INTO_GROUP')
       OR EXISTS (SELECT 1 FROM order_transition g WHERE g.order_id = o.id AND g.event = 'GROUP_FORMED'))`;

// One row per store with orders paid that day (a group's once it formed). Times to accept and to ready run from payment (the shopper's wait);
// "ready" is the goods ready to leave: marked ready for pickup, or dispatched. The arrays are built by joining each
// store to every bucket, so a store-day is a fixed-length row whatever its orders.
const STORE_DAYS = `
  WITH o AS (
    SELECT o.id, o.store_id, o.fulfilment, o.state, o.total_fen, o.refunded_fen, o.paid_at, o.pickup_deadline, o.handed_over_at,
           extract(hour FROM o.paid_at AT TIME ZONE :tz::text)::int AS hour, cardinality(o.rejected_store_ids) > 0 AS rerouted
    FROM customer_order o WHERE ${DAY_BOUNDS}),
  -- Per order, by index (order_transition (order_id, seq), ledger_entry (order_id)): a day's orders cost the same
  -- however long the tables grow, where a join would read both tables whole.
  x AS (
    SELECT o.*, l.fee, l.hq, l.stores, l.hq_promo, l.store_promo,
           -- least() skips nulls: an order not accepted (or not ready) yet must stay out of the histogram, not land at 120.
           CASE WHEN t.accepted_at IS NOT NULL THEN least(floor(extract(epoch FROM t.accepted_at - o.paid_at) / 60), 120)::int END AS accept_min,
           CASE WHEN t.ready_at IS NOT NULL THEN least(floor(extract(epoch FROM t.ready_at - o.paid_at) / 60), 120)::int END AS ready_min
    FROM o
    CROSS JOIN LATERAL (
      SELECT min(t.at) FILTER (WHERE t.event = 'ACCEPT') AS accepted_at, min(t.at) FILTER (WHERE t.event IN ('MARK_READY', 'DISPATCH')) AS ready_at
      FROM order_transition t WHERE t.order_id = o.id) t
    CROSS JOIN LATERAL (
      SELECT sum(e.amount_fen) FILTER (WHERE e.account = 'FEE') AS fee, sum(e.amount_fen) FILTER (WHERE e.account = 'HQ') AS hq,
             sum(e.amount_fen) FILTER (WHERE e.account = 'STORE') AS stores,
             -- Promotion cost by funder (points are HQ's too: a discount HQ pays for).
             -sum(e.amount_fen) FILTER (WHERE e.account = 'HQ' AND e.role IN ('PROMO_COST', 'POINTS_COST')) AS hq_promo,
             -sum(e.amount_fen) FILTER (WHERE e.account = 'STORE' AND e.role = 'PROMO_COST') AS store_promo
      FROM ledger_entry e WHERE e.order_id = o.id) l),
  sc AS (
    SELECT store_id, count(*)::int AS orders, sum(total_fen)::bigint AS gmv,
           count(*) FILTER (WHERE fulfilment = 'DELIVERY')::int AS d_orders, coalesce(sum(total_fen) FILTER (WHERE fulfilment = 'DELIVERY'), 0)::bigint AS d_gmv,
           count(*) FILTER (WHERE fulfilment = 'PICKUP')::int AS p_orders, coalesce(sum(total_fen) FILTER (WHERE fulfilment = 'PICKUP'), 0)::bigint AS p_gmv,
           count(*) FILTER (WHERE fulfilment = 'PICKUP' AND state NOT IN ('PAID', 'ACCEPTED', 'READY_FOR_PICKUP'))::int AS p_settled,
           count(*) FILTER (WHERE fulfilment = 'PICKUP' AND handed_over_at <= coalesce(pickup_deadline, 'infinity'))::int AS p_on_time,
           count(*) FILTER (WHERE rerouted)::int AS rerouted, count(*) FILTER (WHERE refunded_fen > 0)::int AS refunded,
           sum(refunded_fen)::bigint AS refunded_fen, coalesce(sum(fee), 0)::bigint AS fee, coalesce(sum(hq), 0)::bigint AS hq,
           coalesce(sum(stores), 0)::bigint AS stores, coalesce(sum(hq_promo), 0)::bigint AS hq_promo,
           coalesce(sum(store_promo), 0)::bigint AS store_promo
    FROM x GROUP BY store_id),
  buckets AS (
    SELECT store_id, 'h' AS k, hour AS b, count(*)::int AS n FROM x GROUP BY store_id, hour
    UNION ALL SELECT store_id, 'a', accept_min, count(*)::int FROM x WHERE accept_min IS NOT NULL GROUP BY store_id, accept_min
    UNION ALL SELECT store_id, 'r', ready_min, count(*)::int FROM x WHERE ready_min IS NOT NULL GROUP BY store_id, ready_min),
  arrays AS (
    SELECT sc.store_id, k.k, array_agg(coalesce(b.n, 0) ORDER BY g.g) AS arr
    FROM sc CROSS JOIN (VALUES ('h', 24), ('a', ${MINUTE_BUCKETS}), ('r', ${MINUTE_BUCKETS})) AS k(k, size)
    CROSS JOIN LATERAL generate_series(0, k.size - 1) AS g(g)
    LEFT JOIN buckets b ON b.store_id = sc.store_id AND b.k = k.k AND b.b = g.g
    GROUP BY sc.store_id, k.k)
  INSERT INTO dashboard_store_day (store_id, day, orders, gmv_fen, delivery_orders, delivery_gmv_fen, pickup_orders, pickup_gmv_fen,
    pickups_settled, pickups_on_time, rerouted_orders, refunded_orders, refunded_fen, fee_fen, hq_share_fen, store_share_fen,
    hq_promotion_cost_fen, store_promotion_cost_fen, hours, accept_minutes, ready_minutes)
  SELECT sc.store_id, :day::date, orders, gmv, d_orders, d_gmv, p_orders, p_gmv, p_settled, p_on_time, rerouted, refunded, refunded_fen,
         fee, hq, stores, hq_promo, store_promo, h.arr, a.arr, r.arr
  FROM sc JOIN arrays h ON h.store_id = sc.store_id AND h.k = 'h' JOIN arrays a ON a.store_id = sc.store_id AND a.k = 'a'
       JOIN arrays r ON r.store_id = sc.store_id AND r.k = 'r'`;

const SUMS = `sum(orders)::int AS orders, sum(gmv_fen)::bigint AS gmv_fen, sum(delivery_orders)::int AS delivery_orders,
  sum(delivery_gmv_fen)::bigint AS delivery_gmv_fen, sum(pickup_orders)::int AS pickup_orders, sum(pickup_gmv_fen)::bigint AS pickup_gmv_fen,
  sum(pickups_settled)::int AS pickups_settled, sum(pickups_on_time)::int AS pickups_on_time, sum(rerouted_orders)::int AS rerouted_orders,
  sum(refunded_orders)::int AS refunded_orders, sum(refunded_fen)::bigint AS refunded_fen, sum(fee_fen)::bigint AS fee_fen,
  sum(hq_share_fen)::bigint AS hq_share_fen, sum(store_share_fen)::bigint AS store_share_fen,
  sum(hq_promotion_cost_fen)::bigint AS hq_promotion_cost_fen, sum(store_promotion_cost_fen)::bigint AS store_promotion_cost_fen`;
const ARRAY_SUMS = `dashboard_sum_arrays(hours) AS hours, dashboard_sum_arrays(accept_minutes) AS accept_minutes, dashboard_sum_arrays(ready_minutes) AS ready_minutes`;

const CHAIN_DAY = `
  INSERT INTO dashboard_day (day, orders, gmv_fen, delivery_orders, delivery_gmv_fen, pickup_orders, pickup_gmv_fen, pickups_settled,
    pickups_on_time, rerouted_orders, refunded_orders, refunded_fen, fee_fen, hq_share_fen, store_share_fen, hq_promotion_cost_fen,
    store_promotion_cost_fen, hours, accept_minutes, ready_minutes)
  SELECT day, ${SUMS}, ${ARRAY_SUMS} FROM dashboard_store_day WHERE day = :day::date GROUP BY day`;

// Units and revenue as they stand after refunds; SKUs whose every unit came back are left out.
const STORE_SKU_DAY = `
  INSERT INTO dashboard_store_sku_day (store_id, day, sku_id, quantity, revenue_fen)
  SELECT o.store_id, :day::date, ol.sku_id, sum(ol.quantity - ol.refunded_quantity), sum((ol.quantity - ol.refunded_quantity)::bigint * ol.unit_price_fen)
  FROM customer_order o JOIN order_line ol ON ol.order_id = o.id
  WHERE ${DAY_BOUNDS}
  GROUP BY o.store_id, ol.sku_id HAVING sum(ol.quantity - ol.refunded_quantity) > 0`;

const CHAIN_SKU_DAY = `
  INSERT INTO dashboard_sku_day (day, sku_id, quantity, revenue_fen)
  SELECT day, sku_id, sum(quantity), sum(revenue_fen) FROM dashboard_store_sku_day WHERE day = :day::date GROUP BY day, sku_id`;

/** Rebuilds one chain-local day's rollups from the orders paid that day, as one transaction. */
export async function rebuildDay(em: EntityManager, day: string, tz: string): Promise<void> {
  await transaction(em, async (tx) => {
    // Two refreshes of the same day run one after the other; each statement reads what has committed by then.
    await query(tx, `SELECT pg_advisory_xact_lock(hashtext('dashboard-day'), hashtext(:day::text))`, { day });
    // The histograms' sort (stores × buckets) spills to disk at the default 4 MB.
    await query(tx, `SELECT set_config('work_mem', '32MB', true)`, {});
    for (const table of ['dashboard_store_day', 'dashboard_day', 'dashboard_store_sku_day', 'dashboard_sku_day']) {
      await query(tx, `DELETE FROM ${table} WHERE day = :day::date`, { day });
    }
    await query(tx, STORE_DAYS, { day, tz });
    await query(tx, CHAIN_DAY, { day });
    await query(tx, STORE_SKU_DAY, { day, tz });
    await query(tx, CHAIN_SKU_DAY, { day });
  });
}

// Takes a batch of changed orders off the list and names their paid days. A mark some transaction holds locked
// (it is changing that order now) is skipped and stays, so its change is picked up by a later refresh; a change
// that starts while this statement holds a mark waits for it, then marks the order anew. Batches walk the list in
// id order from where the last one ended, never over the marks already deleted.
const TAKE_CHANGED = `
  WITH picked AS (
    SELECT order_id FROM dashboard_dirty_order WHERE order_id > :after::uuid ORDER BY order_id
    LIMIT :batch::int FOR UPDATE SKIP LOCKED),
  gone AS (DELETE FROM dashboard_dirty_order m USING picked p WHERE m.order_id = p.order_id RETURNING m.order_id)
  SELECT count(*)::int AS n, (array_agg(gone.order_id ORDER BY gone.order_id DESC))[1] AS last,
         coalesce(array_agg(DISTINCT to_char(o.paid_at AT TIME ZONE :tz::text, 'YYYY-MM-DD')), '{}') AS days
  FROM gone JOIN customer_order o ON o.id = gone.order_id`;

/** The chain-local days whose orders changed since the last call; each order is taken off the list once. */
export async function takeChangedDays(em: EntityManager, tz: string, batch = 20_000): Promise<string[]> {
  const days = new Set<string>();
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const [r] = await query<{ n: number; last: string | null; days: string[] | string }>(em, TAKE_CHANGED, { batch, tz, after });
    for (const d of arrayFromRow(r!.days)) days.add(d);
    if (r!.n < batch || !r!.last) return [...days].sort();
    after = r!.last;
  }
}

/**
 * Runs one refresh at a time, across API processes. A reader that finds the figures stale while another refresh
 * is under way waits for it to finish: it must not read days the other has taken off the list but not yet
 * rebuilt. The lock is held by a session of its own, so the refresh's short transactions stay short; a waiter
 * polls without holding a connection, so waiters can never take every connection from the one refreshing.
 */
export async function oneRefreshAtATime<T>(em: EntityManager, work: () => Promise<T>): Promise<T> {
  for (;;) {
    const done = await withSession(em, async (run) => {
      const [got] = await run<{ ok: boolean }>(`SELECT pg_try_advisory_lock(hashtext('dashboard-refresh')) AS ok`);
      if (!got!.ok) return undefined;
      try {
        return { value: await work() };
      } finally {
        await run(`SELECT pg_advisory_unlock(hashtext('dashboard-refresh'))`);
      }
    });
    if (done) return done.value;
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function markRefreshed(em: EntityManager, at: Date): Promise<void> {
  await query(
    em,
    `INSERT INTO dashboard_refresh (id, refreshed_at) VALUES (true, :at::timestamptz) ON CONFLICT (id) DO UPDATE SET refreshed_at = EXCLUDED.refreshed_at`,
    {
      at: at.toISOString(),
    },
  );
}

export async function lastRefreshed(em: EntityManager): Promise<Date | null> {
  const [r] = await query<{ refreshed_at: Date }>(em, `SELECT refreshed_at FROM dashboard_refresh`, {});
  return r ? new Date(r.refreshed_at) : null;
}

export interface FigureRow {
  orders: number;
  gmv_fen: string | number;
  delivery_orders: number;
  delivery_gmv_fen: string | number;
  pickup_orders: number;
  pickup_gmv_fen: string | number;
  pickups_settled: number;
  pickups_on_time: number;
  rerouted_orders: number;
  refunded_orders: number;
  refunded_fen: string | number;
  fee_fen: string | number;
  hq_share_fen: string | number;
  store_share_fen: string | number;
  hq_promotion_cost_fen: string | number;
  store_promotion_cost_fen: string | number;
  hours: number[] | null;
  accept_minutes: number[] | null;
  ready_minutes: number[] | null;
}

// The chain's period from its day rows, or one store's from its store-day rows: at most 92 rows either way.
const PERIOD_CHAIN = `SELECT ${SUMS}, ${ARRAY_SUMS} FROM dashboard_day WHERE day BETWEEN :from::date AND :to::date`;
const PERIOD_STORE = `SELECT ${SUMS}, ${ARRAY_SUMS} FROM dashboard_store_day WHERE store_id = :store::uuid AND day BETWEEN :from::date AND :to::date`;

export async function periodFigures(em: EntityManager, p: Period): Promise<FigureRow> {
  const [r] = p.storeId
    ? await readQuery<FigureRow>(em, PERIOD_STORE, { from: p.from, to: p.to, store: p.storeId })
    : await readQuery<FigureRow>(em, PERIOD_CHAIN, { from: p.from, to: p.to });
  return r!;
}

export interface Period {
  from: string;
  to: string;
  storeId: string | null;
}

const DAYS_CHAIN = `SELECT to_char(day, 'YYYY-MM-DD') AS day, orders, gmv_fen FROM dashboard_day WHERE day BETWEEN :from::date AND :to::date ORDER BY day`;
const DAYS_STORE = `SELECT to_char(day, 'YYYY-MM-DD') AS day, orders, gmv_fen FROM dashboard_store_day
  WHERE store_id = :store::uuid AND day BETWEEN :from::date AND :to::date ORDER BY day`;

export async function periodDays(em: EntityManager, p: Period): Promise<{ day: string; orders: number; gmv_fen: string | number }[]> {
  return p.storeId
    ? readQuery(em, DAYS_STORE, { from: p.from, to: p.to, store: p.storeId })
    : readQuery(em, DAYS_CHAIN, { from: p.from, to: p.to });
}

// Top SKUs by units: aggregated first, the names joined to the few that are kept.
const TOP = (source: string) => `
  WITH top AS (${source} GROUP BY sku_id ORDER BY sum(quantity) DESC, sum(revenue_fen) DESC, sku_id LIMIT :n::int)
  SELECT top.sku_id, k.code AS sku_code, p.name, top.quantity, top.revenue_fen
  FROM top JOIN sku k ON k.id = top.sku_id JOIN product p ON p.id = k.product_id
  ORDER BY top.quantity DESC, top.revenue_fen DESC, top.sku_id`;
const TOP_CHAIN = TOP(
  `SELECT sku_id, sum(quantity) AS quantity, sum(revenue_fen) AS revenue_fen FROM dashboard_sku_day WHERE day BETWEEN :from::date AND :to::date`,
);
const TOP_STORE = TOP(`SELECT sku_id, sum(quantity) AS quantity, sum(revenue_fen) AS revenue_fen FROM dashboard_store_sku_day
  WHERE store_id = :store::uuid AND day BETWEEN :from::date AND :to::date`);

export interface TopRow {
  sku_id: string;
  sku_code: string;
  name: string;
  quantity: string | number;
  revenue_fen: string | number;
}

export async function topProducts(em: EntityManager, p: Period, n: number): Promise<TopRow[]> {
  return p.storeId
    ? readQuery(em, TOP_STORE, { from: p.from, to: p.to, store: p.storeId, n })
    : readQuery(em, TOP_CHAIN, { from: p.from, to: p.to, n });
}

// Stores ranked by GMV over the period (every store with orders; one store's row when the view is one store).
const RANKED = `
  WITH r AS (
    SELECT store_id, sum(orders)::int AS orders, sum(gmv_fen)::bigint AS gmv_fen, sum(pickups_settled)::int AS pickups_settled,
           sum(pickups_on_time)::int AS pickups_on_time, sum(rerouted_orders)::int AS rerouted_orders, sum(refunded_fen)::bigint AS refunded_fen
    FROM dashboard_store_day WHERE day BETWEEN :from::date AND :to::date AND (:store::uuid IS NULL OR store_id = :store::uuid)
    GROUP BY store_id)
  SELECT r.*, s.code, s.name, s.city FROM r JOIN store s ON s.id = r.store_id ORDER BY r.gmv_fen DESC, s.code`;

export interface RankedRow {
  store_id: string;
  code: string;
  name: string;
  city: string;
  orders: number;
  gmv_fen: string | number;
  pickups_settled: number;
  pickups_on_time: number;
  rerouted_orders: number;
  refunded_fen: string | number;
}

export async function rankedStores(em: EntityManager, p: Period): Promise<RankedRow[]> {
  return readQuery(em, RANKED, { from: p.from, to: p.to, store: p.storeId });
}
