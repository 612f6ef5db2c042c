// The checkout's one write: hold the stock of every store part, insert the checkout (its idempotency key is
// the unique guard), the orders, their lines and first log entries, all in a single statement, so it is atomic
// without a transaction round trip and either everything happens or nothing does. The payment timeout needs no
// row of its own: the checkout's payment_expires_at is the deadline the sweeper finds (checkout_unpaid's index).
import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray, preparedQuery } from '../../common/sql';
import { eachQuery } from '../../common/sql-each';
import type { OrderView } from '../../common/order-view';
import type { Adjustment } from '../pricing/pricing.types';
import type { PricedOrder } from './pricing';
import type { RouteCheck } from '../routing/routing.service';
import {
  FLASH_CHECK,
  FLASH_COLUMNS,
  FLASH_TAKE,
  flashRefusal,
  flashTakeValues,
  type FlashTakeOutcome,
} from '../promotion/flash-sale.repository';
import {
  PROMOTION_COLUMNS,
  PROMOTION_TAKE,
  promotionRefusal,
  promotionTakeValues,
  type CampaignSpend,
} from '../promotion/coupon-budget.repository';

/** A flash take placed with the checkout: the item's units its lines bought, at the price, counted against the buyers. */
export interface FlashTakeAsk {
  itemId: string;
  quantity: number;
  priceFen: number;
  buyers: string[];
}

export interface NewCheckout {
  id: string;
  shopperId: string;
  idempotencyKey: string;
  requestHash: string;
  fulfilment: 'DELIVERY' | 'PICKUP';
  goodsFen: number;
  deliveryFeeFen: number;
  discountFen: number;
  pointsFen: number;
  pointsUsed: number;
  couponId: string | null;
  /** 运费券 on the lead order's fee. */
  deliveryAdjustments: Adjustment[];
  totalFen: number;
  outTradeNo: string;
  /** The city cluster of every store of the checkout (one: a checkout never spans two). */
  clusterId: string;
  paymentExpiresAt: Date;
  createdAt: Date;
  /** A store the process's store book guessed, without a routing statement: placing checks it (routing/store-book.ts). */
  routeCheck?: RouteCheck;
  /** A counter sale (channel COUNTER): how the clerk takes the money, and for cash what was handed over and the change. */
  counter?: { tender: CounterTender; tenderedFen: number | null; changeFen: number | null };
}

export type CounterTender = 'CASH' | 'CARD' | 'WECHAT_CODE';

/** An order as the checkout writes it: priced, with what the shopper gave (the rest the database sets). */
export type NewOrder = PricedOrder &
  Pick<OrderView, 'id' | 'contactName' | 'contactPhone' | 'address' | 'deliveryLat' | 'deliveryLng' | 'scheduledAt' | 'remark'> & {
    /** The store's terms the order was priced with; placing re-checks them (and every line's price). */
    quotedTerms: Pick<StoreTerms, 'minOrderFen' | 'deliveryFeeTiers' | 'clusterId'>;
  };

/**
 * The price of SKU row `k` at a store and moment: sku_price_at (migration 20261206d) written out in the statement.
 * PostgreSQL cannot inline a SQL function whose body has subqueries, and in PostgreSQL 15 a call plans the body
 * anew in every statement that makes it: three calls cost more than the rest of the placing statement. The rule
 * is the function's, word for word; api/test/price-at.spec.ts holds the two equal over random price schedules.
 */
export const skuPriceAtSql = (store: string, at: string) => `coalesce(
    (SELECT sp.price_fen FROM sku_price sp WHERE sp.sku_id = k.id AND sp.store_id = ${store} AND sp.starts_at <= ${at}
       AND (sp.ends_at IS NULL OR sp.ends_at > ${at}) ORDER BY sp.ends_at IS NULL, sp.starts_at DESC, sp.created_at DESC LIMIT 1),
    (SELECT sp.price_fen FROM sku_price sp WHERE sp.sku_id = k.id
       AND sp.store_group_id IN (SELECT m.group_id FROM store_group_member m WHERE m.store_id = ${store}) AND sp.starts_at <= ${at}
       AND (sp.ends_at IS NULL OR sp.ends_at > ${at}) ORDER BY sp.ends_at IS NULL, sp.starts_at DESC, sp.created_at DESC LIMIT 1),
    (SELECT sp.price_fen FROM sku_price sp WHERE sp.sku_id = k.id AND sp.store_id IS NULL AND sp.store_group_id IS NULL
       AND sp.starts_at <= ${at} AND (sp.ends_at IS NULL OR sp.ends_at > ${at})
       ORDER BY sp.ends_at IS NULL, sp.starts_at DESC, sp.created_at DESC LIMIT 1),
    k.price_fen)`;

// Rows are locked in (store_id, sku_id) order, the same order for every checkout, so carts over the same
// stores and SKUs never deadlock; the check and the change happen under those locks. Every write below is
// conditional on the checkout row going in, which needs the stock verdict first.
const placeSql = (flash: boolean, promotions: boolean) => `
  WITH want AS (
    SELECT w.store_id, w.sku_id, sum(w.quantity)::int AS quantity
    FROM unnest(:stores::uuid[], :skus::uuid[], :quantities::int[]) AS w(store_id, sku_id, quantity)
    GROUP BY w.store_id, w.sku_id),
  locked AS MATERIALIZED (
    SELECT ss.store_id, ss.sku_id, ss.on_hand, ss.reserved, ss.off_shelf FROM store_stock ss
    WHERE ss.cluster_id = :cluster::text AND (ss.store_id, ss.sku_id) IN (SELECT store_id, sku_id FROM want)
    ORDER BY ss.store_id, ss.sku_id
    FOR UPDATE),
  verdict AS MATERIALIZED (
    SELECT count(l.sku_id) = count(*) AND coalesce(bool_and(NOT l.off_shelf AND l.on_hand - l.reserved >= w.quantity), false) AS ok
    FROM want w LEFT JOIN locked l ON l.store_id = w.store_id AND l.sku_id = w.sku_id),
  -- The prices and terms the cart was priced with must still be the current ones (they may come from the
  -- process's price book); otherwise nothing is written and the caller prices the cart afresh.
  quoted AS MATERIALIZED (
    SELECT NOT EXISTS (
             SELECT 1 FROM jsonb_to_recordset(:lines::jsonb) AS x(order_id uuid, sku_id uuid, unit_price_fen int)
             JOIN jsonb_to_recordset(:orders::jsonb) AS o(id uuid, store_id uuid) ON o.id = x.order_id
             WHERE NOT EXISTS (SELECT 1 FROM sku k JOIN product p ON p.id = k.product_id
                               WHERE k.id = x.sku_id AND k.active AND p.status = 'ON_SALE'
                                 AND ${skuPriceAtSql('o.store_id', ':at::timestamptz')} = x.unit_price_fen))
       AND NOT EXISTS (
             SELECT 1 FROM jsonb_to_recordset(:orders::jsonb) AS p(store_id uuid, min_order_fen int, fee_tiers jsonb)
             WHERE NOT EXISTS (SELECT 1 FROM store s WHERE s.cluster_id = :cluster::text AND s.id = p.store_id AND s.min_order_fen = p.min_order_fen
                                 AND s.delivery_fee_tiers = p.fee_tiers)) AS ok),
  -- The rows below name the shopper, the stores and the SKUs without foreign keys (20261206b-checkout-keys): the
  -- stores and SKUs are the ones quoted checked, every SKU at its store has the stock row locked above, and the
  -- shopper is looked up here. None of them is ever deleted.
  known_shopper AS MATERIALIZED (SELECT EXISTS (SELECT 1 FROM shopper WHERE id = :shopper::uuid) AS known),
  -- A store the book guessed (routing/store-book.ts): the facts it guessed from must still be the current ones, and
  -- each order's distance, which its delivery fee was priced by, the database's own figure.
  routed AS MATERIALIZED (
    SELECT :epoch::bigint IS NULL OR ((SELECT n FROM routing_epoch WHERE one) = :epoch::bigint
      AND NOT EXISTS (SELECT 1 FROM jsonb_to_recordset(:orders::jsonb) AS p(store_id uuid, distance_m int)
                      JOIN store s ON s.cluster_id = :cluster::text AND s.id = p.store_id
                      WHERE :routePoint::geography IS NOT NULL AND round(ST_Distance(s.location, :routePoint::geography)) <> p.distance_m)) AS ok),${flash ? FLASH_CHECK : ''}
  ins AS (
    INSERT INTO checkout (id, shopper_id, idempotency_key, request_hash, state, fulfilment, goods_fen, delivery_fee_fen,
                          discount_fen, points_fen, points_used, coupon_id, delivery_adjustments,
                          total_fen, out_trade_no, payment_expires_at, created_at, channel, tender, tendered_fen, change_fen, cluster_id)
    SELECT :id::uuid, :shopper::uuid, :key::text, :hash::text, 'PENDING_PAYMENT', :fulfilment::text, :goods::int, :fee::int,
           :discount::int, :pointsFen::int, :pointsUsed::int, :coupon::uuid, :deliveryAdjustments::jsonb,
           :total::int, :tradeNo::text, :expires::timestamptz, :at::timestamptz,
           CASE WHEN :tender::text IS NULL THEN 'ONLINE' ELSE 'COUNTER' END, :tender::text, :tendered::int, :change::int, :cluster::text
    WHERE (SELECT ok FROM verdict) AND (SELECT ok FROM quoted) AND (SELECT known FROM known_shopper) AND (SELECT ok FROM routed)
    ON CONFLICT (shopper_id, idempotency_key) DO NOTHING
    RETURNING id),${flash ? FLASH_TAKE : ''}${promotions ? PROMOTION_TAKE(promotionsAfter(flash)) : ''}
  parts AS (
    SELECT * FROM jsonb_to_recordset(:orders::jsonb) AS x(id uuid, store_id uuid, goods_fen int, delivery_fee_fen int,
         discount_fen int, points_fen int, total_fen int, distance_m int, contact_name text, contact_phone text, address text, delivery_lat float8,
         delivery_lng float8, scheduled_at timestamptz, remark text)),
  held AS (
    UPDATE store_stock ss SET reserved = ss.reserved + w.quantity, updated_at = :at::timestamptz
    FROM want w
    WHERE EXISTS (SELECT 1 FROM ins) AND ss.cluster_id = :cluster::text AND ss.store_id = w.store_id AND ss.sku_id = w.sku_id
    RETURNING ss.store_id, ss.sku_id, ss.on_hand, ss.reserved, w.quantity),
  journal AS (
    INSERT INTO stock_movement (id, store_id, sku_id, delta_on_hand, delta_reserved, on_hand_after, reserved_after,
                                reason, order_ref, actor, created_at, cluster_id)
    SELECT gen_random_uuid(), h.store_id, h.sku_id, 0, h.quantity, h.on_hand, h.reserved,
           'ORDER_RESERVED', p.id::text, :actor::text, :at::timestamptz, :cluster::text
    FROM held h JOIN parts p ON p.store_id = h.store_id),
  o AS (
    INSERT INTO customer_order (id, checkout_id, shopper_id, store_id, fulfilment, state, goods_fen, delivery_fee_fen,
                                discount_fen, points_fen, total_fen, distance_m, contact_name, contact_phone, address, delivery_lat, delivery_lng,
                                scheduled_at, remark, created_at, updated_at, cluster_id)
    SELECT p.id, :id::uuid, :shopper::uuid, p.store_id, :fulfilment::text, 'PENDING_PAYMENT', p.goods_fen, p.delivery_fee_fen,
           p.discount_fen, p.points_fen, p.total_fen, p.distance_m, p.contact_name, p.contact_phone, p.address, p.delivery_lat, p.delivery_lng,
           p.scheduled_at, p.remark, :at::timestamptz, :at::timestamptz, :cluster::text
    FROM parts p WHERE EXISTS (SELECT 1 FROM ins)
    RETURNING id, store_id),
  l AS (
    INSERT INTO order_line (id, order_id, position, sku_id, sku_code, name, unit_price_fen, quantity, discount_fen, points_fen,
                            points, adjustments, cluster_id)
    SELECT gen_random_uuid(), x.order_id, x.position, x.sku_id, x.sku_code, x.name, x.unit_price_fen, x.quantity,
           coalesce(x.discount_fen, 0), coalesce(x.points_fen, 0), coalesce(x.points, 0), coalesce(x.adjustments, '[]'), :cluster::text
    FROM jsonb_to_recordset(:lines::jsonb) AS x(order_id uuid, position int, sku_id uuid, sku_code text, name text,
         unit_price_fen int, quantity int, discount_fen int, points_fen int, points int, adjustments jsonb)
    WHERE x.order_id IN (SELECT id FROM o)),
  t AS (
    INSERT INTO order_transition (id, order_id, from_state, to_state, event, store_id, actor, reason, at, cluster_id)
    SELECT gen_random_uuid(), o.id, NULL, 'PENDING_PAYMENT', 'PLACE', o.store_id, :actor::text, NULL, :at::timestamptz, :cluster::text FROM o)
  SELECT (SELECT ok FROM verdict) AS ok, (SELECT ok FROM quoted) AS quoted, (SELECT known FROM known_shopper) AS shopper,
         (SELECT ok FROM routed) AS routed, EXISTS (SELECT 1 FROM ins) AS inserted,
         w.store_id, w.sku_id, w.quantity AS requested,
         CASE WHEN l.off_shelf THEN 0 ELSE coalesce(l.on_hand - l.reserved, 0) END AS available${flash ? FLASH_COLUMNS : ''}${promotions ? PROMOTION_COLUMNS(promotionsAfter(flash)) : ''}
  FROM want w LEFT JOIN locked l ON l.store_id = w.store_id AND l.sku_id = w.sku_id
  ORDER BY w.store_id, w.sku_id`;
// The coupon and budgets come after the checkout row and, in a flash checkout, after its take (common/lock-order.ts).
const promotionsAfter = (flash: boolean) => `EXISTS (SELECT 1 FROM ins)${flash ? ' AND EXISTS (SELECT 1 FROM flash_h)' : ''}`;
const PLACE_SQL = [placeSql(false, false), placeSql(false, true), placeSql(true, false), placeSql(true, true)];

/** What placing takes besides the stock, in the same statement: a flash take; the checkout's coupon and campaign budgets. */
export interface PlaceTakes {
  flash?: FlashTakeAsk;
  /** The coupon is the checkout's couponId; the spends are what each campaign with a budget counter took. */
  promotions?: { spends: CampaignSpend[] };
}

export type PlaceOutcome =
  /** With a flash take: whether the buyers reached their per-user limit with it. */
  | { kind: 'PLACED'; buyersDone?: boolean }
  /** The shopper already has a checkout under this key (a retry, possibly a concurrent one). */
  | { kind: 'DUPLICATE' }
  /** A price or store term the cart was priced with has changed since; nothing was written. */
  | { kind: 'STALE_PRICES' }
  /** The store book's facts behind a guessed route have changed since (NewCheckout.routeCheck); nothing was written. */
  | { kind: 'STALE_ROUTE' }
  /** Some store no longer has the stock routing saw; nothing was written. */
  | { kind: 'SHORT'; storeId: string; lines: { skuId: string; requested: number; available: number }[] };

/** What placing with takes may also answer: a take was refused, and nothing was written. */
export type TakingPlaceOutcome =
  | PlaceOutcome
  | { kind: 'FLASH_REFUSED'; refused: Exclude<FlashTakeOutcome['kind'], 'TAKEN'> }
  | { kind: 'PROMOTION_REFUSED'; what: 'COUPON' | 'BUDGET' };

/**
 * Whether an error is the unique index that lets a shopper hold one unpaid place per pickup slot (migration
 * 20261206-slot-unpaid-hold): the orders' INSERT above raises it, and the whole statement is undone with it.
 */
export const isUnpaidPlaceHeld = (err: unknown) =>
  (err as { code?: string }).code === '23505' && (err as { constraint?: string }).constraint === 'customer_order_one_unpaid_slot';

/** A statement's answer: the verdicts (the same in every row), then each (store, SKU) asked with what it has. */
interface PlaceRow {
  ok: boolean;
  quoted: boolean;
  shopper: boolean;
  routed: boolean;
  inserted: boolean;
  store_id: string;
  sku_id: string;
  requested: number;
  available: number;
  flash_taken?: number | null;
  flash_per_user_limit?: number | null;
}

/** One checkout to place: what placeCheckout takes. */
export interface PlaceAsk {
  c: NewCheckout;
  orders: NewOrder[];
  actor: string;
  takes: PlaceTakes;
}

export async function placeCheckout(em: EntityManager, c: NewCheckout, orders: NewOrder[], actor: string): Promise<PlaceOutcome>;
export async function placeCheckout(
  em: EntityManager,
  c: NewCheckout,
  orders: NewOrder[],
  actor: string,
  takes: PlaceTakes,
): Promise<TakingPlaceOutcome>;
/**
 * With `takes`, the flash take (FLASH_TAKE, promotion/flash-sale.repository.ts) and the coupon and budgets
 * (PROMOTION_TAKE, promotion/coupon-budget.repository.ts) go in the same statement: the checkout is placed with
 * them taken, or nothing is written.
 */
export async function placeCheckout(
  em: EntityManager,
  c: NewCheckout,
  orders: NewOrder[],
  actor: string,
  takes: PlaceTakes = {},
): Promise<TakingPlaceOutcome> {
  const ask = { c, orders, actor, takes };
  const rows = await preparedQuery<PlaceRow>(em, placeSqlFor(takes), placeValues(ask)).catch((err: unknown) => placeRefusal(err, takes));
  return Array.isArray(rows) ? placeOutcome(rows, ask) : rows;
}

/**
 * Several checkouts with the same kind of takes, one after another in one transaction and one round trip (run_each,
 * common/sql-each.ts): each placed, or refused with nothing of its own written, as placeCheckout would answer it; an
 * error placeCheckout would throw comes back as that checkout's answer. For checkouts that lock the same rows (a flash
 * item's buyers of the same SKUs at the same stores, common/lock-order.ts): each takes them in the same order.
 */
export async function placeCheckoutsTogether(em: EntityManager, asks: readonly PlaceAsk[]): Promise<(TakingPlaceOutcome | Error)[]> {
  const sql = placeSqlFor(asks[0]!.takes);
  if (asks.some((a) => placeSqlFor(a.takes) !== sql))
    throw new Error('placeCheckoutsTogether: the checkouts take different kinds of takes');
  const answers = await eachQuery<PlaceRow>(em, sql, asks.map(placeValues));
  return answers.map((rows, i) => {
    try {
      return Array.isArray(rows) ? placeOutcome(rows, asks[i]!) : placeRefusal(rows, asks[i]!.takes);
    } catch (err) {
      return err as Error;
    }
  });
}

const placeSqlFor = ({ flash, promotions }: PlaceTakes) => PLACE_SQL[(flash ? 2 : 0) + (promotions ? 1 : 0)]!;

function placeValues({ c, orders, actor, takes: { flash, promotions } }: PlaceAsk): Record<string, unknown> {
  const holds = orders.flatMap((o) => o.lines.map((l) => ({ storeId: o.storeId, skuId: l.skuId, quantity: l.quantity })));
  return {
    ...(flash ? flashTakeValues(flash) : {}),
    ...(promotions ? promotionTakeValues(promotions.spends) : {}),
    stores: pgArray(holds.map((h) => h.storeId)),
    skus: pgArray(holds.map((h) => h.skuId)),
    quantities: pgArray(holds.map((h) => h.quantity)),
    id: c.id,
    shopper: c.shopperId,
    key: c.idempotencyKey,
    hash: c.requestHash,
    fulfilment: c.fulfilment,
    goods: c.goodsFen,
    fee: c.deliveryFeeFen,
    discount: c.discountFen,
    pointsFen: c.pointsFen,
    pointsUsed: c.pointsUsed,
    coupon: c.couponId,
    deliveryAdjustments: JSON.stringify(c.deliveryAdjustments),
    total: c.totalFen,
    tradeNo: c.outTradeNo,
    cluster: c.clusterId,
    expires: c.paymentExpiresAt.toISOString(),
    at: c.createdAt.toISOString(),
    tender: c.counter?.tender ?? null,
    tendered: c.counter?.tenderedFen ?? null,
    change: c.counter?.changeFen ?? null,
    actor,
    epoch: c.routeCheck?.epoch ?? null,
    routePoint: c.routeCheck?.point ?? null,
    orders: JSON.stringify(
      orders.map((o) => ({
        id: o.id,
        store_id: o.storeId,
        goods_fen: o.goodsFen,
        delivery_fee_fen: o.deliveryFeeFen,
        discount_fen: o.discountFen,
        points_fen: o.pointsFen,
        total_fen: o.totalFen,
        distance_m: Math.round(o.distanceM),
        contact_name: o.contactName,
        contact_phone: o.contactPhone,
        address: o.address,
        delivery_lat: o.deliveryLat,
        delivery_lng: o.deliveryLng,
        scheduled_at: o.scheduledAt?.toISOString() ?? null,
        remark: o.remark,
        min_order_fen: o.quotedTerms.minOrderFen,
        fee_tiers: o.quotedTerms.deliveryFeeTiers,
      })),
    ),
    lines: JSON.stringify(
      orders.flatMap((o) =>
        o.lines.map((l, position) => ({
          order_id: o.id,
          position,
          sku_id: l.skuId,
          sku_code: l.skuCode,
          name: l.name,
          unit_price_fen: l.unitPriceFen,
          quantity: l.quantity,
          // Only lines a promotion touched carry these; the rest take the columns' defaults (no discount).
          ...(l.adjustments?.length
            ? { discount_fen: l.discountFen, points_fen: l.pointsFen, points: l.points, adjustments: l.adjustments }
            : {}),
        })),
      ),
    ),
  };
}

/** A take refused in the statement (it raised, and wrote nothing); anything else is thrown again. */
function placeRefusal(err: unknown, { flash, promotions }: PlaceTakes): TakingPlaceOutcome {
  const refused = flash && flashRefusal(err);
  if (refused) return { kind: 'FLASH_REFUSED', refused };
  const gone = promotions && promotionRefusal(err);
  if (gone) return { kind: 'PROMOTION_REFUSED', what: gone };
  throw err;
}

function placeOutcome(rows: PlaceRow[], { c, takes: { flash } }: PlaceAsk): TakingPlaceOutcome {
  const first = rows[0]!;
  if (first.inserted) {
    return flash
      ? { kind: 'PLACED', buyersDone: (first.flash_taken ?? flash.quantity) >= first.flash_per_user_limit! }
      : { kind: 'PLACED' };
  }
  // A token names a shopper row that was written when it was signed, and shoppers are never deleted: a fault.
  if (!first.shopper) throw new Error(`checkout: shopper ${c.shopperId} does not exist`);
  if (!first.routed) return { kind: 'STALE_ROUTE' };
  if (!first.quoted) return { kind: 'STALE_PRICES' };
  if (first.ok) return { kind: 'DUPLICATE' };
  const short = rows.find((r) => r.available < r.requested)!;
  return {
    kind: 'SHORT',
    storeId: short.store_id,
    lines: rows
      .filter((r) => r.store_id === short.store_id)
      .map((r) => ({ skuId: r.sku_id, requested: r.requested, available: r.available })),
  };
}

export interface SkuPrice {
  skuId: string;
  skuCode: string;
  name: string;
  priceFen: number;
  /** The product's primary category (promotions scoped to categories). */
  categoryId: string;
}

export interface StoreTerms {
  storeId: string;
  minOrderFen: number;
  deliveryFeeTiers: { upToM: number; feeFen: number }[];
  /** The store's city cluster: every store of a checkout must share one. */
  clusterId: string;
}

// A SKU's price is the store's (sku_price_at, written out: its own, else its groups', else the chain's, else the list price), for
// products on sale.
// store_priced says whether any store or store group has a price of its own for the SKU: when none has, its price is the same at
// every store, and the price book keeps it once for all of them.
const PRICES_AND_TERMS = `
  SELECT 'sku' AS kind, k.id AS id, w.store_id AS store_id, k.code AS code,
         p.name || coalesce(' ' || (SELECT string_agg(a.value, ' ') FROM jsonb_each_text(k.attributes) a), '') AS name,
         ${skuPriceAtSql('w.store_id', ':at::timestamptz')} AS price_fen, NULL::int AS min_order_fen, NULL::jsonb AS tiers,
         EXISTS (SELECT 1 FROM sku_price sp WHERE sp.sku_id = k.id AND (sp.store_id IS NOT NULL OR sp.store_group_id IS NOT NULL))
           AS store_priced, p.category_id, NULL AS cluster_id
  FROM unnest(:pairStores::uuid[], :pairSkus::uuid[]) AS w(store_id, sku_id)
  JOIN sku k ON k.id = w.sku_id JOIN product p ON p.id = k.product_id
  WHERE k.active AND p.status = 'ON_SALE'
  UNION ALL
  SELECT 'store', s.id, NULL, s.code, s.name, NULL, s.min_order_fen, s.delivery_fee_tiers, NULL, NULL, s.cluster_id
  FROM store s WHERE s.id = ANY(:stores::uuid[])`;

/** A (store, SKU) pair's key in the price maps. */
export const priceKey = (storeId: string, skuId: string) => `${storeId}:${skuId}`;

/**
 * Current prices of SKUs at stores (active, on-sale ones only) and the stores' delivery terms, in one round trip;
 * `storePriced` holds the SKUs some store prices on its own (the others cost the same everywhere).
 */
export async function pricesAndTerms(em: EntityManager, pairs: { storeId: string; skuId: string }[], storeIds: string[], at: Date) {
  const rows = await preparedQuery<{
    kind: string;
    id: string;
    store_id: string;
    code: string;
    name: string;
    price_fen: number;
    min_order_fen: number;
    tiers: StoreTerms['deliveryFeeTiers'];
    store_priced: boolean | null;
    category_id: string;
    cluster_id: string;
  }>(em, PRICES_AND_TERMS, {
    pairStores: pgArray(pairs.map((p) => p.storeId)),
    pairSkus: pgArray(pairs.map((p) => p.skuId)),
    stores: pgArray(storeIds),
    at: at.toISOString(),
  });
  const prices = new Map<string, SkuPrice>();
  const terms = new Map<string, StoreTerms>();
  const storePriced = new Set<string>();
  for (const r of rows) {
    if (r.kind === 'sku') {
      prices.set(priceKey(r.store_id, r.id), {
        skuId: r.id,
        skuCode: r.code,
        name: r.name,
        priceFen: r.price_fen,
        categoryId: r.category_id,
      });
      if (r.store_priced) storePriced.add(r.id);
    } else terms.set(r.id, { storeId: r.id, minOrderFen: r.min_order_fen, deliveryFeeTiers: r.tiers, clusterId: r.cluster_id });
  }
  return { prices, terms, storePriced };
}

/**
 * Which of these (shopper, key) pairs have a checkout (flash buyers turned away at the door may be retrying a win):
 * one statement for a batch of asks (order/placed-keys.ts), each an index lookup. Answers "<shopper> <key>".
 */
export async function placedUnderKeys(em: EntityManager, asks: readonly { shopperId: string; key: string }[]): Promise<Set<string>> {
  const rows = await preparedQuery<{ shopper_id: string; idempotency_key: string }>(
    em,
    `SELECT c.shopper_id, c.idempotency_key FROM unnest(:s::uuid[], :k::text[]) AS a(shopper_id, idempotency_key)
     JOIN checkout c ON c.shopper_id = a.shopper_id AND c.idempotency_key = a.idempotency_key`,
    // Arrays as the driver quotes them: a key is the client's text (pgArray is for elements that need no quoting).
    { s: asks.map((a) => a.shopperId), k: asks.map((a) => a.key) },
  );
  return new Set(rows.map((r) => `${r.shopper_id} ${r.idempotency_key}`));
}
