// SQL for flash sales (秒杀): sessions and items, the quota and each buyer's counter taken in the checkout's
// transaction by conditional writes whose returned rows are counted, and an unpaid checkout's holds given back.
import type { EntityManager } from '@mikro-orm/postgresql';
import { clusterOfId } from '../../common/cluster';
import { pgArray, preparedQuery, query } from '../../common/sql';

export interface FlashSessionRow {
  id: string;
  name: string;
  starts_at: Date;
  ends_at: Date;
  state: 'LIVE' | 'STOPPED';
}

export interface FlashItemRow {
  id: string;
  session_id: string;
  sku_id: string;
  store_id: string | null;
  price_fen: number;
  quota: number;
  sold: number;
  per_user_limit: number;
  per_order_limit: number;
}

/** An item with its session's window and state, and its product's name and list price (for pages). */
export interface FlashItemView extends FlashItemRow {
  starts_at: Date;
  ends_at: Date;
  session_state: 'LIVE' | 'STOPPED';
  sku_code: string;
  name: string;
  list_price_fen: number;
  image_key: string | null;
}

const ITEM_VIEW = `SELECT i.id, i.session_id, i.sku_id, i.store_id, i.price_fen, i.quota, i.sold, i.per_user_limit, i.per_order_limit,
    s.starts_at, s.ends_at, s.state AS session_state, k.code AS sku_code,
    p.name || coalesce(' ' || (SELECT string_agg(a.value, ' ') FROM jsonb_each_text(k.attributes) a), '') AS name,
    k.price_fen AS list_price_fen, NULL::text AS image_key
  FROM flash_item i JOIN flash_session s ON s.id = i.session_id JOIN sku k ON k.id = i.sku_id JOIN product p ON p.id = k.product_id`;

/** The item a checkout asks for, with its session (read before pricing; placing checks it again). */
export async function flashItemById(em: EntityManager, id: string): Promise<FlashItemView | undefined> {
  const [row] = await preparedQuery<FlashItemView>(em, `${ITEM_VIEW} WHERE i.id = :id::uuid`, { id });
  return row;
}

/** Live sessions that have not ended by `at`, soonest first, with their items (at the store, or every store's). */
export async function liveFlashSessions(
  em: EntityManager,
  at: Date,
  storeId: string | null,
  limit: number,
): Promise<{ sessions: FlashSessionRow[]; items: FlashItemView[] }> {
  const sessions = await query<FlashSessionRow>(
    em,
    `SELECT id, name, starts_at, ends_at, state FROM flash_session
     WHERE state = 'LIVE' AND ends_at > :at::timestamptz ORDER BY starts_at, id LIMIT :limit::int`,
    { at: at.toISOString(), limit },
  );
  if (!sessions.length) return { sessions, items: [] };
  const items = await query<FlashItemView>(
    em,
    `${ITEM_VIEW} WHERE i.session_id = ANY(:ids::uuid[]) AND (:store::uuid IS NULL OR i.store_id IS NULL OR i.store_id = :store::uuid)
     ORDER BY i.created_at, i.id`,
    { ids: pgArray(sessions.map((s) => s.id)), store: storeId },
  );
  return { sessions, items };
}

/** Every session (HQ's list), latest first, with its items. */
export async function allFlashSessions(em: EntityManager, limit: number): Promise<{ sessions: FlashSessionRow[]; items: FlashItemView[] }> {
  const sessions = await query<FlashSessionRow>(
    em,
    `SELECT id, name, starts_at, ends_at, state FROM flash_session ORDER BY starts_at DESC, id LIMIT :limit::int`,
    { limit },
  );
  const items = sessions.length
    ? await query<FlashItemView>(em, `${ITEM_VIEW} WHERE i.session_id = ANY(:ids::uuid[]) ORDER BY i.created_at, i.id`, {
        ids: pgArray(sessions.map((s) => s.id)),
      })
    : [];
  return { sessions, items };
}

export async function insertFlashSession(
  em: EntityManager,
  s: { id: string; name: string; startsAt: Date; endsAt: Date; at: Date },
): Promise<FlashSessionRow> {
  const [row] = await query<FlashSessionRow>(
    em,
    `INSERT INTO flash_session (id, name, starts_at, ends_at, state, created_at, updated_at)
     VALUES (:id::uuid, :name, :starts::timestamptz, :ends::timestamptz, 'LIVE', :at::timestamptz, :at::timestamptz)
     RETURNING id, name, starts_at, ends_at, state`,
    { id: s.id, name: s.name, starts: s.startsAt.toISOString(), ends: s.endsAt.toISOString(), at: s.at.toISOString() },
  );
  return row!;
}

export async function stopFlashSession(em: EntityManager, id: string, at: Date): Promise<FlashSessionRow | undefined> {
  const [row] = await query<FlashSessionRow>(
    em,
    `UPDATE flash_session SET state = 'STOPPED', updated_at = :at::timestamptz WHERE id = :id::uuid RETURNING id, name, starts_at, ends_at, state`,
    { id, at: at.toISOString() },
  );
  return row;
}

export async function flashSessionById(em: EntityManager, id: string): Promise<FlashSessionRow | undefined> {
  const [row] = await query<FlashSessionRow>(em, `SELECT id, name, starts_at, ends_at, state FROM flash_session WHERE id = :id::uuid`, {
    id,
  });
  return row;
}

/** A new item; none when the session already has this SKU at this place (the unique index). */
export async function insertFlashItem(
  em: EntityManager,
  i: {
    id: string;
    sessionId: string;
    skuId: string;
    storeId: string | null;
    priceFen: number;
    quota: number;
    perUserLimit: number;
    perOrderLimit: number;
    at: Date;
  },
): Promise<boolean> {
  const rows = await query(
    em,
    `INSERT INTO flash_item (id, session_id, sku_id, store_id, price_fen, quota, per_user_limit, per_order_limit, created_at)
     SELECT :id::uuid, :session::uuid, :sku::uuid, :store::uuid, :price::int, :quota::int, :perUser::int, :perOrder::int, :at::timestamptz
     WHERE EXISTS (SELECT 1 FROM sku WHERE id = :sku::uuid) AND (:store::uuid IS NULL OR EXISTS (SELECT 1 FROM store WHERE id = :store::uuid))
     ON CONFLICT DO NOTHING RETURNING id`,
    {
      id: i.id,
      session: i.sessionId,
      sku: i.skuId,
      store: i.storeId,
      price: i.priceFen,
      quota: i.quota,
      perUser: i.perUserLimit,
      perOrder: i.perOrderLimit,
      at: i.at.toISOString(),
    },
  );
  return rows.length === 1;
}

export type FlashTakeOutcome =
  { kind: 'TAKEN'; taken: number; perUserLimit: number } | { kind: 'SOLD_OUT' | 'LIMIT_REACHED' | 'NOT_LIVE' | 'CHANGED' | 'ORDER_LIMIT' };

/**
 * The quota and the buyers' counters for a checkout being placed (in its transaction, after its stock and slots):
 * each buyer's counter goes up while under the per-user limit (a conditional upsert, buyers in order), then the
 * item's while under its quota, in a live session, at the price the cart was priced with (a conditional UPDATE),
 * and the hold is written only when all returned their row. Locks: the buyers' take rows, then the item row, the
 * hot one, last, so it is held for the least time. A refusal rolls the transaction back (the caller throws).
 */
export async function takeFlashQuota(
  tx: EntityManager,
  t: { checkoutId: string; itemId: string; quantity: number; priceFen: number; buyers: string[]; at: Date },
): Promise<FlashTakeOutcome> {
  const [r] = await preparedQuery<{
    live: boolean | null;
    price_ok: boolean | null;
    order_ok: boolean | null;
    mine: number;
    item: boolean;
    taken: number | null;
    per_user_limit: number | null;
  }>(tx, TAKE_ON_ITS_OWN, {
    ...flashTakeValues(t),
    id: t.checkoutId,
    at: t.at.toISOString(),
    // The hold is the checkout's, in the checkout id's cluster; an id made before the key names none, and the
    // trigger files the hold from its checkout (it fires only when cluster_id is null).
    cluster: clusterOfId(t.checkoutId) ?? null,
  });
  if (r!.item) return { kind: 'TAKEN', taken: r!.taken ?? t.quantity, perUserLimit: r!.per_user_limit! };
  if (!r!.live) return { kind: 'NOT_LIVE' };
  if (!r!.price_ok) return { kind: 'CHANGED' };
  if (!r!.order_ok) return { kind: 'ORDER_LIMIT' };
  if (r!.mine < t.buyers.length) return { kind: 'LIMIT_REACHED' };
  return { kind: 'SOLD_OUT' };
}

/**
 * The flash take folded into the checkout's placing statement (order/checkout.repository.ts), so a flash checkout is
 * one statement in autocommit and its hot rows (the SKU's stock, the item) are held for that statement and its commit
 * only, not across the round trips of a transaction (each of which waits for an event loop busy with the crowd).
 * The same writes as takeFlashQuota, in the same lock order (after the stock rows the statement locks first): each
 * buyer's counter by a conditional upsert, then the item's sold under its quota, then the hold, each only once the
 * one before returned its rows and the checkout row went in (`ins`). When the checkout went in but a take was
 * refused, refuse_statement (20261210a) raises with the reason and the whole statement writes nothing.
 * FLASH_CHECK goes before `ins`, FLASH_TAKE after it; FLASH_COLUMNS are the final SELECT's. Parameters: :flashItem,
 * :flashQ, :flashPrice, :flashBuyers (sorted), :flashN, and the statement's :id, :at, :cluster.
 */
export const FLASH_CHECK = `
  flash_i AS MATERIALIZED (
    SELECT i.id, i.per_user_limit, i.price_fen = :flashPrice::int AS price_ok, :flashQ::int <= i.per_order_limit AS order_ok,
           s.state = 'LIVE' AND s.starts_at <= :at::timestamptz AND s.ends_at > :at::timestamptz AS live
    FROM flash_item i JOIN flash_session s ON s.id = i.session_id WHERE i.id = :flashItem::uuid),`;

export const FLASH_TAKE = `
  flash_u AS (
    INSERT INTO flash_take AS t (item_id, buyer, taken)
    SELECT f.id, b.buyer, :flashQ::int FROM flash_i f, unnest(:flashBuyers::text[]) WITH ORDINALITY AS b(buyer, n)
    WHERE EXISTS (SELECT 1 FROM ins) AND f.live AND f.price_ok AND f.order_ok AND :flashQ::int <= f.per_user_limit
    ORDER BY b.n
    ON CONFLICT (item_id, buyer) DO UPDATE SET taken = t.taken + excluded.taken
      WHERE t.taken + excluded.taken <= (SELECT per_user_limit FROM flash_i)
    RETURNING taken),
  flash_it AS (
    UPDATE flash_item SET sold = sold + :flashQ::int
    WHERE id = :flashItem::uuid AND sold + :flashQ::int <= quota AND (SELECT count(*) FROM flash_u) = :flashN::int
    RETURNING id),
  flash_h AS (
    INSERT INTO flash_hold (checkout_id, item_id, quantity, buyers, created_at, cluster_id)
    SELECT :id::uuid, it.id, :flashQ::int, :flashBuyers::text[], :at::timestamptz, :cluster::text FROM flash_it it
    RETURNING item_id),`;

export const FLASH_COLUMNS = `,
    (SELECT max(taken) FROM flash_u) AS flash_taken, (SELECT per_user_limit FROM flash_i) AS flash_per_user_limit,
    CASE WHEN EXISTS (SELECT 1 FROM ins) AND NOT EXISTS (SELECT 1 FROM flash_h) THEN refuse_statement('flash:' || CASE
      WHEN NOT coalesce((SELECT live FROM flash_i), false) THEN 'NOT_LIVE' WHEN NOT (SELECT price_ok FROM flash_i) THEN 'CHANGED'
      WHEN NOT (SELECT order_ok FROM flash_i) THEN 'ORDER_LIMIT' WHEN (SELECT count(*) FROM flash_u) < :flashN::int THEN 'LIMIT_REACHED'
      ELSE 'SOLD_OUT' END) END AS flash_refused`;

/**
 * takeFlashQuota's statement: FLASH_CHECK and FLASH_TAKE on their own, the checkout row already placed in the
 * transaction (so the `ins` they wait for is a row that is always there); what each step returned says why a take
 * was refused.
 */
const TAKE_ON_ITS_OWN = `WITH ins AS (SELECT true),${FLASH_CHECK}${FLASH_TAKE.trimEnd().replace(/,$/, '')}
  SELECT (SELECT live FROM flash_i) AS live, (SELECT price_ok FROM flash_i) AS price_ok, (SELECT order_ok FROM flash_i) AS order_ok,
         (SELECT count(*) FROM flash_u)::int AS mine, EXISTS (SELECT 1 FROM flash_h) AS item, (SELECT max(taken) FROM flash_u) AS taken,
         (SELECT per_user_limit FROM flash_i) AS per_user_limit`;

/** The values of FLASH_CHECK/FLASH_TAKE/FLASH_COLUMNS for a take (the statement gives :id, :at and :cluster). */
export function flashTakeValues(t: { itemId: string; quantity: number; priceFen: number; buyers: string[] }) {
  const buyers = [...t.buyers].sort();
  // The driver quotes the array: a device id is the app's text.
  return { flashItem: t.itemId, flashQ: t.quantity, flashPrice: t.priceFen, flashBuyers: buyers, flashN: buyers.length };
}

/** The refusal refuse_statement raised for a folded flash take, if that is what the error is. */
export function flashRefusal(err: unknown): Exclude<FlashTakeOutcome['kind'], 'TAKEN'> | undefined {
  const e = err as { code?: string; message?: string };
  if (e.code !== 'LL001' || !e.message?.startsWith('flash:')) return undefined;
  return e.message.slice('flash:'.length) as Exclude<FlashTakeOutcome['kind'], 'TAKEN'>;
}

/**
 * An unpaid checkout ends (timeout or cancel): its holds are marked released and give their units back to the items
 * and the buyers' counters, once (a second call finds no hold unreleased). The rows stay for a payment that arrives
 * after the expiry (retakeFlashHolds). Locks as taking does: the take rows, then the items.
 */
export async function releaseFlashHolds(tx: EntityManager, checkoutId: string, at: Date): Promise<string[]> {
  const rows = await preparedQuery<{ id: string }>(
    tx,
    `WITH h AS (
       UPDATE flash_hold SET released_at = :at::timestamptz
       WHERE cluster_id = coalesce(:cluster::text, cluster_id) AND checkout_id = :k::uuid AND released_at IS NULL
       RETURNING item_id, quantity, buyers),
     b AS (
       UPDATE flash_take t SET taken = t.taken - x.quantity
       FROM (SELECT h.item_id, h.quantity, b.buyer FROM h CROSS JOIN LATERAL unnest(h.buyers) AS b(buyer)) x
       WHERE t.item_id = x.item_id AND t.buyer = x.buyer
       RETURNING t.item_id),
     it AS (
       UPDATE flash_item i SET sold = i.sold - h.quantity FROM h
       WHERE i.id = h.item_id AND (SELECT count(*) FROM b) >= 0
       RETURNING i.id)
     SELECT id FROM it`,
    { k: checkoutId, at: at.toISOString(), cluster: clusterOfId(checkoutId) ?? null },
  );
  return rows.map((r) => r.id);
}

/** What taking a released checkout's holds again came to; a refusal has written nothing that counts (see below). */
export type FlashRetake = 'NONE' | 'TAKEN' | 'SOLD_OUT' | 'LIMIT_REACHED';

/**
 * A payment arrived after the unpaid expiry released the checkout's holds: takes each again, as the checkout took it
 * (takeFlashQuota): every buyer's counter by a conditional upsert under the per-user limit, then the item's sold under
 * its quota, and the hold marked unreleased only when every counter and every item gave its row. The session may have
 * ended since: the shopper was sold the unit at its price before. 'NONE' when the checkout released no hold. Part of
 * it may have been written before a refusal: the caller rolls back to a savepoint taken before it.
 */
export async function retakeFlashHolds(tx: EntityManager, checkoutId: string): Promise<FlashRetake> {
  const [r] = await preparedQuery<{ holds: number; buyers: number; mine: number; items: number; back: number }>(
    tx,
    `WITH h AS (
       SELECT h.item_id, h.quantity, h.buyers, i.per_user_limit FROM flash_hold h JOIN flash_item i ON i.id = h.item_id
       WHERE h.cluster_id = coalesce(:cluster::text, h.cluster_id) AND h.checkout_id = :k::uuid AND h.released_at IS NOT NULL),
     hb AS (SELECT h.item_id, h.quantity, h.per_user_limit, b.buyer FROM h CROSS JOIN LATERAL unnest(h.buyers) AS b(buyer)),
     u AS (
       INSERT INTO flash_take AS t (item_id, buyer, taken)
       SELECT item_id, buyer, quantity FROM hb WHERE quantity <= per_user_limit ORDER BY item_id, buyer
       ON CONFLICT (item_id, buyer) DO UPDATE SET taken = t.taken + excluded.taken
         WHERE t.taken + excluded.taken <= (SELECT per_user_limit FROM flash_item WHERE id = t.item_id)
       RETURNING item_id),
     it AS (
       UPDATE flash_item i SET sold = i.sold + h.quantity FROM h
       WHERE i.id = h.item_id AND i.sold + h.quantity <= i.quota AND (SELECT count(*) FROM u) = (SELECT count(*) FROM hb)
       RETURNING i.id),
     back AS (
       UPDATE flash_hold SET released_at = NULL
       WHERE cluster_id = coalesce(:cluster::text, cluster_id) AND checkout_id = :k::uuid AND released_at IS NOT NULL
         AND (SELECT count(*) FROM it) = (SELECT count(*) FROM h)
       RETURNING item_id)
     SELECT (SELECT count(*) FROM h)::int AS holds, (SELECT count(*) FROM hb)::int AS buyers, (SELECT count(*) FROM u)::int AS mine,
            (SELECT count(*) FROM it)::int AS items, (SELECT count(*) FROM back)::int AS back`,
    { k: checkoutId, cluster: clusterOfId(checkoutId) ?? null },
  );
  if (r!.holds === 0) return 'NONE';
  if (r!.back === r!.holds) return 'TAKEN';
  return r!.mine < r!.buyers ? 'LIMIT_REACHED' : 'SOLD_OUT';
}
