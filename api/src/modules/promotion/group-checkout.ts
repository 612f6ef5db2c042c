// What a group-buy (拼团) checkout needs from the database: the offer (and the group, when joining) read and checked
// before pricing, then, in the placing transaction, the place taken by a conditional UPDATE or a new group opened.
import { randomUUID } from 'node:crypto';
import { clusterOfId, newClusterId } from '../../common/cluster';
import type { EntityManager } from '@mikro-orm/postgresql';
import { UUID } from '../../common/sql';
import { groupById, joinGroup, offerById, openGroup, type GroupOfferView, type GroupRow } from './group-buy.repository';
import { GroupBuyProblem } from './group-buy.types';

export interface GroupBuyAsk {
  offer: GroupOfferView;
  /** Joining: the group asked for; starting: none. */
  group?: GroupRow;
  storeId: string;
}

/**
 * The offer (and group) a checkout asks for, when it can be had now: a live offer at the pickup store, one unit of
 * its SKU and nothing else, the group (when joining) still forming at that store with a place left.
 */
export async function groupBuyFor(
  em: EntityManager,
  ask: { offerId: string; groupId?: string | null; storeId?: string | null; fulfilment: string },
  now: Date,
  lines: readonly { skuId: string; quantity: number }[],
): Promise<GroupBuyAsk | GroupBuyProblem> {
  const offer = UUID.test(ask.offerId) ? await offerById(em, ask.offerId) : undefined;
  if (!offer) return GroupBuyProblem.NOT_FOUND;
  if (ask.fulfilment !== 'PICKUP') return GroupBuyProblem.PICKUP_ONLY;
  if (lines.length !== 1 || lines[0]!.skuId !== offer.sku_id || lines[0]!.quantity !== 1) return GroupBuyProblem.BAD_CART;
  let group: GroupRow | undefined;
  if (ask.groupId) {
    group = UUID.test(ask.groupId) ? await groupById(em, ask.groupId) : undefined;
    if (!group || group.offer_id !== offer.id) return GroupBuyProblem.NOT_FOUND;
    if (group.state !== 'OPEN' || group.joined >= group.size || now >= new Date(group.deadline)) return GroupBuyProblem.FULL;
  } else if (offer.state !== 'LIVE' || now < new Date(offer.starts_at) || now >= new Date(offer.ends_at)) {
    // A group already forming may still be joined after its offer stops; only new groups need a live offer.
    return GroupBuyProblem.ENDED;
  }
  // A group belongs to one pickup store: joining picks up where the group's leader does.
  const storeId = group?.store_id ?? ask.storeId;
  if (!storeId) return GroupBuyProblem.BAD_CART;
  if (ask.storeId && ask.storeId !== storeId) return GroupBuyProblem.NOT_AT_STORE;
  if (!group && offer.store_ids && !offer.store_ids.includes(storeId)) return GroupBuyProblem.NOT_AT_STORE;
  return { offer, group, storeId };
}

/** Thrown inside the placing transaction to undo it when the group's place was gone. */
export class GroupGone extends Error {
  constructor(readonly problem: GroupBuyProblem) {
    super(`checkout: the group place was refused (${problem})`);
  }
}

/**
 * In the placing transaction, after the stock and the promotions (common/lock-order.ts, step 6): a new group with the
 * shopper as leader, or a place in the group asked for; throws GroupGone when that place is gone.
 */
export async function takeGroupPlace(
  tx: EntityManager,
  t: { ask: GroupBuyAsk; shopperId: string; checkoutId: string; orderId: string; at: Date },
): Promise<string> {
  if (!t.ask.group) {
    // The group forms at the checkout's store: its id names the checkout's cluster, like the checkout's own id.
    const cluster = clusterOfId(t.checkoutId);
    const id = cluster ? newClusterId(cluster) : randomUUID();
    const opened = await openGroup(tx, {
      id,
      offer: t.ask.offer,
      storeId: t.ask.storeId,
      shopperId: t.shopperId,
      checkoutId: t.checkoutId,
      orderId: t.orderId,
      at: t.at,
    });
    if (!opened) throw new GroupGone(GroupBuyProblem.CHANGED);
    return id;
  }
  const outcome = await joinGroup(tx, {
    groupId: t.ask.group.id,
    offerId: t.ask.offer.id,
    storeId: t.ask.storeId,
    shopperId: t.shopperId,
    checkoutId: t.checkoutId,
    orderId: t.orderId,
    at: t.at,
  });
  if (outcome !== 'JOINED') throw new GroupGone(outcome === 'FULL' ? GroupBuyProblem.FULL : GroupBuyProblem.ALREADY_IN);
  return t.ask.group.id;
}
