// The ledger's SQL: what an order's split needs (order, lines with categories, rules, store groups), the
// order's balances so far, and appending one balanced posting (the (order, event) key makes replays no-ops).
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { plannedQuery, query, riderRows, SqlRider } from '../../common/sql';
import type { DeferredWrite } from '../../common/outbox.repository';
import type { OrderView } from '../../common/order-view';
import type { Adjustment } from '../pricing/pricing.types';
import type { LedgerLine, SplitOrderInput } from './order-split';
import type { SplitRuleDef } from './split-rules';
import { outOrderNo } from './profit-sharing.repository';

/** An order with what its split needs: a projection of the one order shape, its lines, and the rule set it splits by. */
export type OrderForSplit = SplitOrderInput &
  Pick<OrderView, 'id' | 'paidAt'> & {
    /** The rule set it keeps (split_rule_set_id), or the one in force when it was paid. */
    ruleSetId: string | null;
  };

/** The order's lines as its split weighs them (by category), as JSON; `orderId` and `cluster` (the order's) are SQL expressions. */
const linesForSplit = (orderId: string, cluster: string) => `
  coalesce((SELECT jsonb_agg(jsonb_build_object('categoryId', p.category_id, 'unitPriceFen', l.unit_price_fen, 'quantity', l.quantity,
                                                'refundedQuantity', l.refunded_quantity,
                                                'netFen', l.unit_price_fen * l.quantity - l.discount_fen - l.points_fen,
                                                'adjustments', l.adjustments) ORDER BY l.position)
            FROM order_line l JOIN sku k ON k.id = l.sku_id JOIN product p ON p.id = k.product_id
            WHERE l.cluster_id = ${cluster} AND l.order_id = ${orderId}), '[]')`;

const ORDER_FOR_SPLIT = `
  SELECT o.id, o.fulfilment, o.store_id, o.referring_store_id, o.total_fen, o.refunded_fen, o.delivery_fee_fen, o.paid_at, o.split_rule_set_id,
         ${linesForSplit('o.id', 'o.cluster_id')} AS lines
  FROM customer_order o`;

const parseJson = <T>(v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v) as T;

function toOrderForSplit(o: Record<string, unknown>): OrderForSplit {
  return {
    id: o.id as string,
    fulfilment: o.fulfilment as SplitOrderInput['fulfilment'],
    storeId: o.store_id as string,
    referringStoreId: (o.referring_store_id as string | null) ?? null,
    totalFen: o.total_fen as number,
    refundedFen: o.refunded_fen as number,
    deliveryFeeFen: o.delivery_fee_fen as number,
    lines: parseJson<SplitOrderInput['lines']>(o.lines),
    paidAt: o.paid_at ? new Date(o.paid_at as string) : null,
    ruleSetId: (o.split_rule_set_id as string | null) ?? null,
  };
}

/**
 * Orders that reached the shopper (picked up or delivered: when the ledger posts the sale) on the given
 * business days of their store, as they stand now (refunds included), optionally of one store (fulfilling
 * or referring): what a preview splits.
 */
export async function ordersHandedOver(
  em: EntityManager,
  period: { from: string; to: string; storeId?: string | null },
): Promise<OrderForSplit[]> {
  const rows = await plannedQuery<Record<string, unknown>>(
    em,
    `${ORDER_FOR_SPLIT} JOIN store s ON s.id = o.store_id
     CROSS JOIN LATERAL (SELECT t.at FROM order_transition t WHERE t.order_id = o.id AND t.to_state IN ('PICKED_UP', 'DELIVERED') LIMIT 1) h
     WHERE o.state IN ('PICKED_UP', 'DELIVERED', 'COMPLETED', 'REFUNDED')
       -- Hand-over (dispatch for delivery) comes before completion: a cheap bound before the exact local day.
       AND o.handed_over_at >= :from::date - 2 AND o.handed_over_at < :to::date + 2
       AND (h.at AT TIME ZONE s.time_zone)::date BETWEEN :from::date AND :to::date
       AND (:store::uuid IS NULL OR o.store_id = :store::uuid OR o.referring_store_id = :store::uuid)`,
    { from: period.from, to: period.to, store: period.storeId ?? null },
  );
  return rows.map(toOrderForSplit);
}

export async function loadRules(em: EntityManager, ruleSetId: string): Promise<(SplitRuleDef & { id: string })[]> {
  return (await loadRulesOf(em, [ruleSetId])).get(ruleSetId) ?? [];
}

const RULE_COLUMNS = ['id', 'name', 'fulfilment', 'category_id', 'store_id', 'store_group_id', 'priority', 'fulfilling_bp', 'referring_bp'];

/** A split_rule row (or the same keys in JSON) as the split arithmetic takes it. */
function toRule(r: Record<string, unknown>): SplitRuleDef & { id: string } {
  return {
    id: r.id as string,
    name: r.name as string,
    fulfilment: (r.fulfilment as SplitRuleDef['fulfilment']) ?? null,
    categoryId: (r.category_id as string | null) ?? null,
    storeId: (r.store_id as string | null) ?? null,
    storeGroupId: (r.store_group_id as string | null) ?? null,
    priority: r.priority as number,
    fulfillingBp: r.fulfilling_bp as number,
    referringBp: r.referring_bp as number,
  };
}

/** The rules of several sets in one query, each set's in their order. */
export async function loadRulesOf(em: EntityManager, ruleSetIds: string[]): Promise<Map<string, (SplitRuleDef & { id: string })[]>> {
  const rows = await query<Record<string, unknown>>(
    em,
    `SELECT rule_set_id, ${RULE_COLUMNS.join(', ')}
     FROM split_rule WHERE rule_set_id = ANY(:ids::uuid[]) ORDER BY rule_set_id, position`,
    { ids: `{${ruleSetIds.join(',')}}` },
  );
  const out = new Map<string, (SplitRuleDef & { id: string })[]>();
  for (const r of rows) {
    const set = r.rule_set_id as string;
    out.set(set, (out.get(set) ?? []).concat(toRule(r)));
  }
  return out;
}

/** Store → the groups it belongs to, for the stores given (or all). */
export async function storeGroupsOf(em: EntityManager, storeIds?: string[]): Promise<Map<string, Set<string>>> {
  const rows = await query<{ store_id: string; group_id: string }>(
    em,
    `SELECT store_id, group_id FROM store_group_member WHERE :all OR store_id = ANY(:ids::uuid[])`,
    { all: storeIds === undefined, ids: `{${(storeIds ?? []).join(',')}}` },
  );
  const out = new Map<string, Set<string>>();
  for (const r of rows) out.set(r.store_id, (out.get(r.store_id) ?? new Set()).add(r.group_id));
  return out;
}

export interface PostingBasis {
  order: OrderForSplit;
  /** This event is posted already (a replay). */
  posted: boolean;
  /** The sale is posted (a refund's posting needs it first). */
  salePosted: boolean;
  /** The order's checkout was paid through WeChat Pay (it has a transaction id). */
  hasTrade: boolean;
  /** What each party holds of the order so far. */
  balances: LedgerLine[];
  /** The rules of the order's rule set, in their order (none without a rule set). */
  rules: (SplitRuleDef & { id: string })[];
  /** The store groups the fulfilling store belongs to. */
  storeGroups: Set<string>;
}

/** The order a step hands the ledger: what its split and its posting need of the one order shape. */
export type OrderToPost = Pick<
  OrderView,
  | 'id'
  | 'checkoutId'
  | 'storeId'
  | 'fulfilment'
  | 'referringStoreId'
  | 'splitRuleSetId'
  | 'totalFen'
  | 'refundedFen'
  | 'deliveryFeeFen'
  | 'paidAt'
  | 'clusterId'
>;

const POSTING_BASIS = `SELECT rs.id AS rule_set_in_force, ${linesForSplit(':id::uuid', ':cluster::text')} AS lines,
            EXISTS (SELECT 1 FROM ledger_posting lp WHERE lp.cluster_id = :cluster::text AND lp.order_id = :id::uuid AND lp.event_key = :key::text) AS posted,
            EXISTS (SELECT 1 FROM ledger_posting lp WHERE lp.cluster_id = :cluster::text AND lp.order_id = :id::uuid AND lp.event_key = :sale::text) AS sale_posted,
            coalesce((SELECT jsonb_agg(jsonb_build_object('account', e.account, 'role', e.role, 'storeId', e.store_id, 'amountFen', e.amount))
                      FROM (SELECT account, role, store_id, sum(amount_fen) AS amount FROM ledger_entry
                            WHERE cluster_id = :cluster::text AND order_id = :id::uuid GROUP BY 1, 2, 3) e), '[]') AS balances,
            coalesce((SELECT jsonb_agg(jsonb_build_object(${RULE_COLUMNS.map((c) => `'${c}', r.${c}`).join(', ')}) ORDER BY r.position)
                      FROM split_rule r WHERE r.rule_set_id = rs.id), '[]') AS rules,
            coalesce((SELECT jsonb_agg(m.group_id) FROM store_group_member m WHERE m.store_id = :store::uuid), '[]') AS store_groups,
            -- 运费券 sit on the checkout; the order that carries the delivery fee (the lead) carries them.
            coalesce((SELECT k.delivery_adjustments FROM checkout k WHERE k.cluster_id = :cluster::text AND k.id = :checkout::uuid AND :deliveryFee::int > 0), '[]') AS delivery_adjustments,
            -- Paid through WeChat Pay: a sale's posting opens the order's profit sharing (saleWrites).
            EXISTS (SELECT 1 FROM checkout k WHERE k.cluster_id = :cluster::text AND k.id = :checkout::uuid AND k.transaction_id IS NOT NULL) AS has_trade
     FROM (SELECT coalesce(:ruleSet::uuid, (SELECT r.id FROM split_rule_set r WHERE r.status = 'PUBLISHED' AND r.effective_at <= :paidAt::timestamptz
                                            ORDER BY r.effective_at DESC, r.version DESC LIMIT 1)) AS id) rs`;

/**
 * The read loadPostingBasis makes, as a value: a step listener asks for it before the step is applied (nothing the
 * step writes is in it), and it rides with the step's statement (common/sql-rider.ts).
 */
export function postingBasisRead(order: OrderToPost, eventKey: string, saleKey: string): SqlRider<Record<string, unknown>> {
  return new SqlRider(POSTING_BASIS, {
    id: order.id,
    cluster: order.clusterId,
    store: order.storeId,
    checkout: order.checkoutId,
    deliveryFee: order.deliveryFeeFen,
    ruleSet: order.splitRuleSetId,
    paidAt: order.paidAt?.toISOString() ?? null,
    key: eventKey,
    sale: saleKey,
  });
}

/**
 * Everything else a posting needs, in one statement under the order's lock (the hand-over path): the order's lines,
 * the rule set it keeps (or the one in force when it was paid) with its rules, its store's groups, whether this
 * event and the sale are posted, and the balances so far. The order itself is the step's, not read again.
 * `prefetched`: the same read made before the step (postingBasisRead), used when it asked exactly this.
 */
export async function loadPostingBasis(
  tx: EntityManager,
  order: OrderToPost,
  eventKey: string,
  saleKey: string,
  prefetched?: SqlRider<unknown>,
): Promise<PostingBasis> {
  const read = postingBasisRead(order, eventKey, saleKey);
  const [o] = await riderRows(tx, prefetched?.asks(read) ? (prefetched as typeof read) : read);
  const balances = parseJson<(LedgerLine & { amountFen: number | string })[]>(o!.balances);
  return {
    order: {
      id: order.id,
      fulfilment: order.fulfilment,
      storeId: order.storeId,
      referringStoreId: order.referringStoreId,
      totalFen: order.totalFen,
      refundedFen: order.refundedFen,
      deliveryFeeFen: order.deliveryFeeFen,
      paidAt: order.paidAt,
      lines: parseJson<SplitOrderInput['lines']>(o!.lines),
      deliveryAdjustments: parseJson<Adjustment[]>(o!.delivery_adjustments),
      ruleSetId: (o!.rule_set_in_force as string | null) ?? null,
    },
    posted: o!.posted as boolean,
    salePosted: o!.sale_posted as boolean,
    hasTrade: o!.has_trade as boolean,
    balances: balances.map((e) => ({ ...e, amountFen: Number(e.amountFen) })),
    rules: parseJson<Record<string, unknown>[]>(o!.rules).map(toRule),
    storeGroups: new Set(parseJson<string[]>(o!.store_groups)),
  };
}

export interface NewPosting {
  orderId: string;
  /** The order's checkout: a sale paid through WeChat Pay opens its profit sharing against the checkout's transaction. */
  checkoutId: string;
  eventKey: string;
  kind: 'SALE' | 'REFUND';
  ruleSetId: string | null;
  receivedFen: number;
  feeFen: number;
  at: Date;
  /** The fulfilling store: its time zone gives the business day of every entry of the posting. */
  storeId: string;
  /**
   * The order's cluster, which is its fulfilling store's (a re-route keeps an order in it): the posting and every entry
   * are filed there, a referring store's of another city too, so an order's ledger is read in one cluster.
   */
  clusterId: string;
  entries: LedgerLine[];
}

/**
 * A sale's posting as deferred writes (Effects.write: they go in the transaction's outbox statement, no round trip of
 * their own), for a sale the caller read as not posted under the order's row lock (loadPostingBasis), which no other
 * posting of the order can pass: the posting, its entries and, when `sharing` (paid through WeChat Pay), the order's
 * profit-sharing row. Written apart, they do not depend on one another's rows; a second sale posting of the order
 * would fail on (order_id, event_key) and roll the transaction back rather than post twice. Nothing later in the
 * transaction may read them (the hand-over's listeners after the ledger do not).
 */
export function saleWrites(p: NewPosting & { sharing: boolean }): DeferredWrite[] {
  if (p.kind !== 'SALE') throw new Error(`saleWrites for a ${p.kind} posting`);
  if (p.entries.reduce((a, e) => a + e.amountFen, 0) !== 0) throw new Error(`unbalanced posting for order ${p.orderId}`);
  const id = randomUUID();
  const at = p.at.toISOString();
  const writes: DeferredWrite[] = [
    {
      sql: `INSERT INTO ledger_posting (id, order_id, event_key, kind, rule_set_id, received_fen, fee_fen, posted_at, cluster_id)
       SELECT :id::uuid, :order::uuid, :key, 'SALE', :ruleSet::uuid, :received, :fee, :at::timestamptz, s.cluster_id
       FROM store s WHERE s.cluster_id = :cluster::text AND s.id = :store::uuid`,
      values: {
        id,
        order: p.orderId,
        key: p.eventKey,
        ruleSet: p.ruleSetId,
        received: p.receivedFen,
        fee: p.feeFen,
        at,
        store: p.storeId,
        cluster: p.clusterId,
      },
    },
    {
      sql: `INSERT INTO ledger_entry (posting_id, order_id, kind, account, role, store_id, amount_fen, business_day, posted_at, cluster_id)
       SELECT :id::uuid, :order::uuid, 'SALE', x.account, x.role, x."storeId", x."amountFen", (:at::timestamptz AT TIME ZONE s.time_zone)::date,
              :at::timestamptz, s.cluster_id
       FROM store s CROSS JOIN jsonb_to_recordset(:entries::jsonb) AS x(account text, role text, "storeId" uuid, "amountFen" bigint)
       WHERE s.cluster_id = :cluster::text AND s.id = :store::uuid`,
      values: { id, order: p.orderId, at, store: p.storeId, cluster: p.clusterId, entries: JSON.stringify(p.entries) },
    },
  ];
  if (p.sharing)
    writes.push({
      sql: `INSERT INTO profit_sharing_order (id, order_id, checkout_id, transaction_id, out_order_no, state, created_at, updated_at, cluster_id)
       SELECT :sharingId::uuid, :order::uuid, c.id, c.transaction_id, :sharingNo::text, 'PENDING', :at::timestamptz, :at::timestamptz, s.cluster_id
       FROM checkout c JOIN store s ON s.cluster_id = c.cluster_id
       WHERE c.cluster_id = :cluster::text AND c.id = :checkout::uuid AND c.transaction_id IS NOT NULL AND s.id = :store::uuid
       ON CONFLICT (order_id) DO NOTHING`,
      values: {
        sharingId: randomUUID(),
        order: p.orderId,
        sharingNo: outOrderNo('PS'),
        at,
        checkout: p.checkoutId,
        store: p.storeId,
        cluster: p.clusterId,
      },
    });
  return writes;
}

/**
 * Appends the posting and its entries in one statement; undefined when the event was posted already. A sale also
 * opens the order's profit-sharing row when it was paid through WeChat Pay (the split it will send is read from
 * the ledger when it is requested), in the same statement: the hand-over spends one round trip on both.
 */
export async function appendPosting(tx: EntityManager, p: NewPosting): Promise<{ sharingOpened: boolean } | undefined> {
  if (p.entries.reduce((a, e) => a + e.amountFen, 0) !== 0) throw new Error(`unbalanced posting for order ${p.orderId}`);
  const [row] = await query<{ sharing_opened: boolean }>(
    tx,
    `WITH p AS (
       INSERT INTO ledger_posting (id, order_id, event_key, kind, rule_set_id, received_fen, fee_fen, posted_at, cluster_id)
       SELECT :id::uuid, :order::uuid, :key, :kind, :ruleSet::uuid, :received, :fee, :at::timestamptz, s.cluster_id
       FROM store s WHERE s.cluster_id = :cluster::text AND s.id = :store::uuid
       ON CONFLICT (order_id, event_key) DO NOTHING RETURNING id, posted_at, cluster_id),
     e AS (
       INSERT INTO ledger_entry (posting_id, order_id, kind, account, role, store_id, amount_fen, business_day, posted_at, cluster_id)
       SELECT p.id, :order::uuid, :kind, x.account, x.role, x."storeId", x."amountFen", (p.posted_at AT TIME ZONE s.time_zone)::date, p.posted_at,
              p.cluster_id
       FROM p JOIN store s ON s.cluster_id = p.cluster_id
       CROSS JOIN jsonb_to_recordset(:entries::jsonb) AS x(account text, role text, "storeId" uuid, "amountFen" bigint)
       WHERE s.id = :store::uuid),
     sharing AS (
       INSERT INTO profit_sharing_order (id, order_id, checkout_id, transaction_id, out_order_no, state, created_at, updated_at, cluster_id)
       SELECT :sharingId::uuid, :order::uuid, c.id, c.transaction_id, :sharingNo::text, 'PENDING', p.posted_at, p.posted_at, p.cluster_id
       FROM p JOIN checkout c ON c.cluster_id = p.cluster_id
       WHERE :kind::text = 'SALE' AND c.id = :checkout::uuid AND c.transaction_id IS NOT NULL
       ON CONFLICT (order_id) DO NOTHING RETURNING id)
     SELECT EXISTS (SELECT 1 FROM sharing) AS sharing_opened FROM p`,
    {
      id: randomUUID(),
      order: p.orderId,
      checkout: p.checkoutId,
      key: p.eventKey,
      kind: p.kind,
      ruleSet: p.ruleSetId,
      received: p.receivedFen,
      fee: p.feeFen,
      at: p.at.toISOString(),
      store: p.storeId,
      cluster: p.clusterId,
      entries: JSON.stringify(p.entries),
      sharingId: randomUUID(),
      sharingNo: outOrderNo('PS'),
    },
  );
  return row && { sharingOpened: row.sharing_opened };
}
