// SQL for group buying (拼团): offers, groups whose joined and paid counters move only by conditional UPDATE (the
// returned rows are counted, so a group never takes more members than its size), members, and the deadline's decision.
import type { EntityManager } from '@mikro-orm/postgresql';
import { clusterOfId } from '../../common/cluster';
import { pgArray, preparedQuery, query, transaction } from '../../common/sql';

// A group's id names its store's cluster (group-checkout.ts makes it from the checkout's), as a checkout's id does:
// statements by group or checkout id filter on it (an id made before the key matches any cluster, as elsewhere).
const clusterOf = (id: string) => clusterOfId(id) ?? null;

export interface GroupOfferRow {
  id: string;
  name: string;
  sku_id: string;
  store_ids: string[] | null;
  group_price_fen: number;
  group_size: number;
  form_minutes: number;
  auto_form: boolean;
  starts_at: Date;
  ends_at: Date;
  state: 'LIVE' | 'STOPPED';
  created_at: Date;
}

/** An offer with its product's name and list price, and how its groups went (for HQ's live figures). */
export interface GroupOfferView extends GroupOfferRow {
  sku_code: string;
  product_name: string;
  list_price_fen: number;
  groups_open: number;
  groups_formed: number;
  groups_failed: number;
}

export interface GroupRow {
  id: string;
  offer_id: string;
  store_id: string;
  size: number;
  joined: number;
  paid: number;
  state: 'OPEN' | 'FORMED' | 'FAILED';
  auto_form: boolean;
  deadline: Date;
  leader_shopper_id: string;
  created_at: Date;
  decided_at: Date | null;
}

/** An offer with its groups counted in every city (HQ), or in one cluster's when `:cluster` is given (a store's board). */
const offerView = (
  counted: string,
) => `SELECT o.id, o.name, o.sku_id, o.store_ids, o.group_price_fen, o.group_size, o.form_minutes, o.auto_form,
    o.starts_at, o.ends_at, o.state, o.created_at, k.code AS sku_code,
    p.name || coalesce(' ' || (SELECT string_agg(a.value, ' ') FROM jsonb_each_text(k.attributes) a), '') AS product_name,
    k.price_fen AS list_price_fen,
    (SELECT count(*) FROM group_buy_group g WHERE ${counted} g.offer_id = o.id AND g.state = 'OPEN')::int AS groups_open,
    (SELECT count(*) FROM group_buy_group g WHERE ${counted} g.offer_id = o.id AND g.state = 'FORMED')::int AS groups_formed,
    (SELECT count(*) FROM group_buy_group g WHERE ${counted} g.offer_id = o.id AND g.state = 'FAILED')::int AS groups_failed
  FROM group_buy_offer o JOIN sku k ON k.id = o.sku_id JOIN product p ON p.id = k.product_id`;
const OFFER_VIEW = offerView('');
const OFFER_VIEW_IN_CLUSTER = offerView('g.cluster_id = coalesce(:cluster::text, g.cluster_id) AND');

export async function insertOffer(em: EntityManager, o: Omit<GroupOfferRow, 'state' | 'created_at'> & { at: Date }): Promise<void> {
  await query(
    em,
    `INSERT INTO group_buy_offer (id, name, sku_id, store_ids, group_price_fen, group_size, form_minutes, auto_form, starts_at, ends_at,
       created_at, updated_at)
     VALUES (:id::uuid, :name, :sku::uuid, :stores::uuid[], :price::int, :size::int, :minutes::int, :auto::boolean, :starts::timestamptz,
       :ends::timestamptz, :at::timestamptz, :at::timestamptz)`,
    {
      id: o.id,
      name: o.name,
      sku: o.sku_id,
      stores: o.store_ids ? pgArray(o.store_ids) : null,
      price: o.group_price_fen,
      size: o.group_size,
      minutes: o.form_minutes,
      auto: o.auto_form,
      starts: o.starts_at.toISOString(),
      ends: o.ends_at.toISOString(),
      at: o.at.toISOString(),
    },
  );
}

/**
 * Edits an offer no group has started on. The offer's row is locked FOR UPDATE first: a group opening now holds it
 * FOR SHARE (openGroup), so the edit waits for that checkout and then finds its group, or the opening waits for the
 * edit and then finds the offer changed. Answers the groups started when refused, undefined when there is no offer.
 */
export async function editOffer(
  em: EntityManager,
  e: { id: string; name: string; priceFen: number; endsAt: Date; storeIds: string[] | null; at: Date },
): Promise<{ edited: boolean; groupsStarted: number } | undefined> {
  return transaction(em, async (tx) => {
    const [offer] = await query<{ id: string }>(tx, `SELECT id FROM group_buy_offer WHERE id = :id::uuid FOR UPDATE`, { id: e.id });
    if (!offer) return undefined;
    // With the row held no group can open on it: the count is final until the edit commits.
    const [{ started }] = (await query<{ started: number }>(
      tx,
      `SELECT count(*)::int AS started FROM group_buy_group WHERE offer_id = :id::uuid`,
      { id: e.id },
    )) as [{ started: number }];
    if (started > 0) return { edited: false, groupsStarted: started };
    await query(
      tx,
      `UPDATE group_buy_offer SET name = :name, group_price_fen = :price::int, ends_at = :ends::timestamptz, store_ids = :stores::uuid[],
         updated_at = :at::timestamptz
       WHERE id = :id::uuid`,
      {
        id: e.id,
        name: e.name,
        price: e.priceFen,
        ends: e.endsAt.toISOString(),
        stores: e.storeIds ? pgArray(e.storeIds) : null,
        at: e.at.toISOString(),
      },
    );
    return { edited: true, groupsStarted: 0 };
  });
}

export async function stopOffer(em: EntityManager, id: string, at: Date): Promise<boolean> {
  const rows = await query<{ id: string }>(
    em,
    `UPDATE group_buy_offer SET state = 'STOPPED', updated_at = :at::timestamptz WHERE id = :id::uuid RETURNING id`,
    { id, at: at.toISOString() },
  );
  return rows.length === 1;
}

export async function offerById(em: EntityManager, id: string): Promise<GroupOfferView | undefined> {
  const [row] = await query<GroupOfferView>(em, `${OFFER_VIEW} WHERE o.id = :id::uuid`, { id });
  return row;
}

/** Every offer, newest first (HQ). */
export async function allOffers(em: EntityManager, limit: number): Promise<GroupOfferView[]> {
  return query<GroupOfferView>(em, `${OFFER_VIEW} ORDER BY o.created_at DESC, o.id DESC LIMIT :limit::int`, { limit });
}

/** Offers a shopper can start a group of now, at the store when one is named (its groups counted in its cluster). */
export async function liveOffers(
  em: EntityManager,
  at: Date,
  storeId: string | null,
  cluster: string | null,
  limit: number,
): Promise<GroupOfferView[]> {
  return query<GroupOfferView>(
    em,
    `${OFFER_VIEW_IN_CLUSTER} WHERE o.state = 'LIVE' AND o.starts_at <= :at::timestamptz AND o.ends_at > :at::timestamptz
       AND (:store::uuid IS NULL OR o.store_ids IS NULL OR :store::uuid = ANY (o.store_ids))
     ORDER BY o.ends_at, o.id LIMIT :limit::int`,
    { at: at.toISOString(), store: storeId, cluster, limit },
  );
}

export async function groupById(em: EntityManager, id: string): Promise<GroupRow | undefined> {
  const [row] = await query<GroupRow>(
    em,
    `SELECT * FROM group_buy_group WHERE cluster_id = coalesce(:cluster::text, cluster_id) AND id = :id::uuid`,
    {
      id,
      cluster: clusterOf(id),
    },
  );
  return row;
}

/** Groups of these offers still forming at the store, fullest first: what a shopper may join. */
export async function openGroups(
  em: EntityManager,
  offerIds: string[],
  store: { id: string; clusterId: string },
  at: Date,
  limit: number,
): Promise<GroupRow[]> {
  if (!offerIds.length) return [];
  return query<GroupRow>(
    em,
    `SELECT * FROM group_buy_group
     WHERE cluster_id = :cluster AND offer_id = ANY (:offers::uuid[]) AND store_id = :store::uuid AND state = 'OPEN' AND deadline > :at::timestamptz AND joined < size
     ORDER BY joined DESC, deadline, id LIMIT :limit::int`,
    { offers: pgArray(offerIds), cluster: store.clusterId, store: store.id, at: at.toISOString(), limit },
  );
}

/** The group an order belongs to, if it is a group member's. */
export async function groupOfOrder(em: EntityManager, orderId: string): Promise<GroupRow | undefined> {
  const [row] = await query<GroupRow>(
    em,
    `SELECT g.* FROM group_buy_member m JOIN group_buy_group g ON g.cluster_id = m.cluster_id AND g.id = m.group_id
      WHERE m.cluster_id = coalesce(:cluster::text, m.cluster_id) AND m.order_id = :id::uuid`,
    { id: orderId, cluster: clusterOf(orderId) },
  );
  return row;
}

/** The viewer's order in a group, if they are a member. */
export async function memberOrder(em: EntityManager, groupId: string, shopperId: string): Promise<string | undefined> {
  const [row] = await query<{ order_id: string }>(
    em,
    `SELECT order_id FROM group_buy_member WHERE cluster_id = coalesce(:cluster::text, cluster_id) AND group_id = :g::uuid AND shopper_id = :s::uuid`,
    { g: groupId, s: shopperId, cluster: clusterOf(groupId) },
  );
  return row?.order_id;
}

/**
 * A new group with its leader as first member, in the checkout's placing transaction; the checkout is marked as the
 * group's so its payment and its cancel find the group with the checkout's own lock. False, and nothing written, when
 * the offer was stopped, ended or edited since the checkout read it.
 */
export async function openGroup(
  tx: EntityManager,
  g: { id: string; offer: GroupOfferRow; storeId: string; shopperId: string; checkoutId: string; orderId: string; at: Date },
): Promise<boolean> {
  const rows = await preparedQuery(
    tx,
    // The offer held FOR SHARE and still as the checkout priced it (an HQ edit holds it FOR UPDATE: editOffer).
    `WITH o AS (
       SELECT id FROM group_buy_offer
       WHERE id = :o::uuid AND state = 'LIVE' AND group_price_fen = :price::int AND ends_at > :at::timestamptz
         AND (store_ids IS NULL OR :s::uuid = ANY (store_ids))
       FOR SHARE),
     g AS (
       INSERT INTO group_buy_group (id, offer_id, store_id, size, joined, auto_form, deadline, leader_shopper_id, created_at, cluster_id)
       SELECT :g::uuid, o.id, :s::uuid, :size::int, 1, :auto::boolean, :at::timestamptz + make_interval(mins => :minutes::int),
         :shopper::uuid, :at::timestamptz, :cluster::text FROM o
       RETURNING id, cluster_id),
     m AS (
       INSERT INTO group_buy_member (group_id, shopper_id, checkout_id, order_id, joined_at, cluster_id)
       SELECT id, :shopper::uuid, :k::uuid, :order::uuid, :at::timestamptz, cluster_id FROM g RETURNING group_id, cluster_id)
     UPDATE checkout SET group_id = m.group_id FROM m WHERE checkout.cluster_id = m.cluster_id AND checkout.id = :k::uuid RETURNING checkout.id`,
    {
      cluster: clusterOf(g.id),
      g: g.id,
      o: g.offer.id,
      price: g.offer.group_price_fen,
      s: g.storeId,
      size: g.offer.group_size,
      auto: g.offer.auto_form,
      minutes: g.offer.form_minutes,
      shopper: g.shopperId,
      k: g.checkoutId,
      order: g.orderId,
      at: g.at.toISOString(),
    },
  );
  return rows.length === 1;
}

export type JoinOutcome = 'JOINED' | 'FULL' | 'ALREADY_IN';

/**
 * Takes a place in a group: one conditional UPDATE (still forming, before its deadline, at this store, a place
 * left) whose returned row is counted, then the member row (one per shopper and group). Two joins racing for the last
 * place: the second waits for the first's row lock and then finds no place left, so its UPDATE returns nothing.
 */
export async function joinGroup(
  tx: EntityManager,
  j: { groupId: string; offerId: string; storeId: string; shopperId: string; checkoutId: string; orderId: string; at: Date },
): Promise<JoinOutcome> {
  const [r] = await preparedQuery<{ took: number; member: number }>(
    tx,
    `WITH g AS (
       UPDATE group_buy_group SET joined = joined + 1
       WHERE cluster_id = coalesce(:cluster::text, cluster_id) AND id = :g::uuid AND offer_id = :o::uuid AND store_id = :s::uuid AND state = 'OPEN' AND joined < size AND deadline > :at::timestamptz
       RETURNING id, cluster_id),
     m AS (
       INSERT INTO group_buy_member (group_id, shopper_id, checkout_id, order_id, joined_at, cluster_id)
       SELECT id, :shopper::uuid, :k::uuid, :order::uuid, :at::timestamptz, cluster_id FROM g
       ON CONFLICT (group_id, shopper_id) DO NOTHING
       RETURNING group_id),
     c AS (UPDATE checkout SET group_id = (SELECT group_id FROM m)
           WHERE cluster_id = coalesce(:kCluster::text, cluster_id) AND id = :k::uuid AND EXISTS (SELECT 1 FROM m) RETURNING id)
     SELECT (SELECT count(*) FROM g)::int AS took, (SELECT count(*) FROM c)::int AS member`,
    {
      g: j.groupId,
      cluster: clusterOf(j.groupId),
      o: j.offerId,
      s: j.storeId,
      shopper: j.shopperId,
      k: j.checkoutId,
      kCluster: clusterOf(j.checkoutId),
      order: j.orderId,
      at: j.at.toISOString(),
    },
  );
  if (r!.took === 0) return 'FULL';
  return r!.member === 1 ? 'JOINED' : 'ALREADY_IN';
}

/** An unpaid member's checkout ended: the member row goes and its place with it, once (a second call finds no row). */
export async function leaveGroup(tx: EntityManager, checkoutId: string): Promise<void> {
  await preparedQuery(
    tx,
    `WITH m AS (DELETE FROM group_buy_member WHERE cluster_id = coalesce(:cluster::text, cluster_id) AND checkout_id = :k::uuid AND paid_at IS NULL
                RETURNING group_id, cluster_id)
     UPDATE group_buy_group g SET joined = g.joined - 1 FROM m WHERE g.cluster_id = m.cluster_id AND g.id = m.group_id`,
    { k: checkoutId, cluster: clusterOf(checkoutId) },
  );
}

/**
 * A member paid (in the payment's transaction, after its orders): the group's paid counter goes up once per member,
 * and the group forms when every place is paid for. A group already decided keeps its state: a late payment into a
 * FORMED group (auto-formed at its deadline) joins it, into a FAILED one is refunded by the deadline job.
 */
export async function memberPaid(
  tx: EntityManager,
  groupId: string,
  checkoutId: string,
  at: Date,
): Promise<{ state: GroupRow['state']; deadline: Date }> {
  const [r] = await preparedQuery<{ state: GroupRow['state']; deadline: Date }>(
    tx,
    `WITH m AS (UPDATE group_buy_member SET paid_at = :at::timestamptz
                WHERE cluster_id = coalesce(:kCluster::text, cluster_id) AND checkout_id = :k::uuid AND paid_at IS NULL RETURNING group_id)
     UPDATE group_buy_group SET
       paid = paid + (SELECT count(*) FROM m),
       state = CASE WHEN state = 'OPEN' AND paid + (SELECT count(*) FROM m) >= size THEN 'FORMED' ELSE state END,
       decided_at = CASE WHEN state = 'OPEN' AND paid + (SELECT count(*) FROM m) >= size THEN :at::timestamptz ELSE decided_at END
     WHERE cluster_id = coalesce(:cluster::text, cluster_id) AND id = :g::uuid
     RETURNING state, deadline`,
    { g: groupId, cluster: clusterOf(groupId), k: checkoutId, kCluster: clusterOf(checkoutId), at: at.toISOString() },
  );
  return { state: r!.state, deadline: new Date(r!.deadline) };
}

/**
 * The deadline's decision, once: a group still forming at its deadline forms when the offer allows 到期自动成团 and
 * at least two members paid (real members only: the places left stay empty), and fails otherwise.
 */
export async function decideAtDeadline(tx: EntityManager, groupId: string, at: Date): Promise<GroupRow['state'] | undefined> {
  const [r] = await preparedQuery<{ state: GroupRow['state'] }>(
    tx,
    `UPDATE group_buy_group SET state = CASE WHEN auto_form AND paid >= 2 THEN 'FORMED' ELSE 'FAILED' END, decided_at = :at::timestamptz
     WHERE cluster_id = coalesce(:cluster::text, cluster_id) AND id = :g::uuid AND state = 'OPEN' AND deadline <= :at::timestamptz
     RETURNING state`,
    { g: groupId, cluster: clusterOf(groupId), at: at.toISOString() },
  );
  return r?.state;
}

/** The group's paid orders still waiting (refunded one by one when it failed). */
export async function waitingOrders(em: EntityManager, groupId: string): Promise<string[]> {
  const rows = await query<{ id: string }>(
    em,
    `SELECT o.id FROM group_buy_member m JOIN customer_order o ON o.cluster_id = m.cluster_id AND o.id = m.order_id
     WHERE m.cluster_id = coalesce(:cluster::text, m.cluster_id) AND m.group_id = :g::uuid AND o.state = 'AWAITING_GROUP' ORDER BY o.id`,
    { g: groupId, cluster: clusterOf(groupId) },
  );
  return rows.map((r) => r.id);
}

/** Groups the deadline job has work on: still forming past their deadline, or decided with paid orders still waiting. */
export async function groupsDue(em: EntityManager, at: Date, limit: number): Promise<string[]> {
  const rows = await query<{ id: string }>(
    em,
    `(SELECT id FROM group_buy_group WHERE state = 'OPEN' AND deadline <= :at::timestamptz ORDER BY deadline LIMIT :limit::int)
     UNION
     (SELECT DISTINCT m.group_id FROM group_buy_member m JOIN customer_order o ON o.id = m.order_id JOIN group_buy_group g ON g.id = m.group_id
      WHERE o.state = 'AWAITING_GROUP' AND g.state <> 'OPEN' LIMIT :limit::int)`,
    { at: at.toISOString(), limit },
  );
  return rows.map((r) => r.id);
}
