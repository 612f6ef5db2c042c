// Group buying (拼团) through GraphQL over HTTP: HQ makes an offer; a shopper starts a group at a pickup store and
// pays, and the order waits (AWAITING_GROUP: no pickup code, the store does not see it) until the last member pays,
// when every order of the group goes to the store's queue at once. Joins racing for the last place: exactly one gets
// it. At the deadline a group that did not form is failed and each paid order refunded once, however often the job
// runs; one that may auto-form does, with its real members only.
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupDeadline } from '../src/jobs/group-deadline';
import {
  CheckoutQuoteDocument,
  CreateGroupBuyOfferDocument,
  GroupBuyBoardDocument,
  GroupBuyGroupDocument,
  GroupBuyOffersDocument,
  GroupCheckoutDocument,
  GroupOrderDocument,
  StoreOrdersDocument,
  UpdateGroupBuyOfferDocument,
  type CheckoutInput,
  type CheckoutQuoteInput,
  type CreateGroupBuyOfferInput,
} from './generated/graphql';
import { makeSkus, makeStore, setStock } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import { query } from '../src/common/sql';
import { clusterOfId } from '../src/common/cluster';
import { count, deliveryInput, pay, pickupInput, stockOf } from './orders-helpers';
import { claimedCoupon, launchPromotion } from './promotion-helpers';

describe('group buying', () => {
  let t: TestApp;
  let store: string;
  let skus: string[];
  const start = '2026-11-18T04:00:00Z';
  let n = 0;

  const offer = async (extra: Partial<CreateGroupBuyOfferInput> = {}) =>
    (
      await t.ok(
        CreateGroupBuyOfferDocument,
        {
          input: {
            name: `拼团 ${++n}`,
            skuId: skus[0]!,
            storeIds: [store],
            groupPriceFen: 800,
            groupSize: 2,
            formMinutes: 60,
            autoForm: false,
            startsAt: '2026-11-18T00:00:00Z',
            endsAt: '2026-11-19T00:00:00Z',
            ...extra,
          },
        },
        t.tokens.hq(),
      )
    ).createGroupBuyOffer;
  const groupCart = (offerId: string, groupId?: string, skuId = skus[0]!): CheckoutInput =>
    pickupInput(store, [{ skuId, quantity: 1 }], { groupOfferId: offerId, ...(groupId ? { groupId } : {}) });
  const buy = async (input: CheckoutInput, token: string) => (await t.ok(GroupCheckoutDocument, { input }, token)).checkout;
  const placed = async (input: CheckoutInput, token: string) => {
    const c = await buy(input, token);
    if (c.__typename !== 'CheckoutPlaced') throw new Error(JSON.stringify(c));
    return c;
  };
  // A fresh token each time: the tests move the clock past a token's hour.
  const orderOf = async (id: string, shopper: { id: string }) =>
    (await t.ok(GroupOrderDocument, { id }, t.tokens.shopperOf(shopper.id))).order!;
  const queue = async () =>
    (await t.ok(StoreOrdersDocument, { storeId: store, states: null }, t.tokens.clerk(store))).storeOrders.nodes.map((o) => o.id);
  const deadlineJob = (groupId: string) => groupDeadline({ groupId }, { ...t.runtime, em: t.em() as EntityManager });
  const refundsOf = (orderId: string) => count(t, `SELECT count(*) AS n FROM refund WHERE order_id = :id::uuid`, { id: orderId });

  beforeAll(async () => {
    t = await startTestApp({ now: start });
    store = (await makeStore(t.em(), { lat: 31.2, lng: 121.41 })).id;
    skus = await makeSkus(t.em(), 2, 1250);
    for (const sku of skus) await setStock(t.em(), store, sku, 100);
  });
  afterAll(() => t?.close());

  it('keeps paid orders from the store until the last member pays, then sends them all at once with pickup codes', async () => {
    t.clock.set(start);
    const o = await offer();
    const board = (await t.ok(GroupBuyBoardDocument, { storeId: store })).groupBuyBoard;
    expect(board.serverNow).toBe('2026-11-18T04:00:00.000Z');
    expect(board.offers.find((x) => x.id === o.id)).toMatchObject({
      listPriceFen: 1250,
      groupPriceFen: 800,
      groupSize: 2,
      autoForm: false,
    });

    const leader = await t.newShopper();
    const started = await placed(groupCart(o.id), leader.token);
    expect(started.checkout.totalFen).toBe(800);
    expect(started.orders[0]!.lines[0]!.adjustments).toEqual([{ kind: 'LINE_PRICE', promotionId: o.id, amountFen: 450 }]);
    const group = started.orders[0]!.groupBuy!;
    expect(group).toMatchObject({ size: 2, joined: 1, paid: 0, state: 'OPEN', deadline: '2026-11-18T05:00:00.000Z' });
    // A group buys one unit of its SKU, picked up: anything else is refused with the reason.
    expect(await buy(pickupInput(store, [{ skuId: skus[0]!, quantity: 2 }], { groupOfferId: o.id }), leader.token)).toMatchObject({
      problem: 'BAD_CART',
    });

    await pay(t, started.checkout.id, leader.token);
    const waiting = await orderOf(started.orders[0]!.id, leader);
    expect(waiting).toMatchObject({ state: 'AWAITING_GROUP', pickupCode: null, groupBuy: { paid: 1, joined: 1, state: 'OPEN' } });
    // The store does not see it: not in its queue (whatever states it asks for), not by id, and the clerk cannot step it.
    expect(await queue()).not.toContain(waiting.id);
    const asked = await t.ok(StoreOrdersDocument, { storeId: store, states: ['AWAITING_GROUP'] }, t.tokens.clerk(store));
    expect(asked.storeOrders.nodes).toEqual([]);
    expect((await t.ok(GroupOrderDocument, { id: waiting.id }, t.tokens.clerk(store))).order).toBeNull();
    // The leader cannot join their own group twice.
    expect(await buy(groupCart(o.id, group.id), leader.token)).toMatchObject({ problem: 'ALREADY_IN' });

    const friend = await t.newShopper();
    // The share link opens the group: anyone reads its progress.
    expect((await t.ok(GroupBuyGroupDocument, { id: group.id }, friend.token)).groupBuyGroup).toMatchObject({ joined: 1, myOrderId: null });
    const joined = await placed(groupCart(o.id, group.id), friend.token);
    expect(await queue()).not.toContain(joined.orders[0]!.id);
    await pay(t, joined.checkout.id, friend.token);

    for (const [orderId, shopper] of [
      [started.orders[0]!.id, leader],
      [joined.orders[0]!.id, friend],
    ] as const) {
      const now = await orderOf(orderId, shopper);
      expect(now).toMatchObject({ state: 'PAID', groupBuy: { state: 'FORMED', joined: 2, paid: 2, myOrderId: orderId } });
      expect(now.pickupCode?.code).toMatch(/^\d+$/);
    }
    expect(await queue()).toEqual(expect.arrayContaining([started.orders[0]!.id, joined.orders[0]!.id]));
    // A formed group takes nobody more.
    expect(await buy(groupCart(o.id, group.id), (await t.newShopper()).token)).toMatchObject({ problem: 'FULL' });
    const figures = (await t.ok(GroupBuyOffersDocument, {}, t.tokens.hq())).groupBuyOffers.find((x) => x.id === o.id);
    expect(figures).toMatchObject({ groupsOpen: 0, groupsFormed: 1, groupsFailed: 0 });
  });

  it('gives the last place to exactly one of three joins racing for it', async () => {
    t.clock.set(start);
    const o = await offer({ groupSize: 3 });
    const leader = await t.newShopper();
    const started = await placed(groupCart(o.id), leader.token);
    const groupId = started.orders[0]!.groupBuy!.id;
    await placed(groupCart(o.id, groupId), (await t.newShopper()).token);
    const racers = await Promise.all([1, 2, 3].map(() => t.newShopper()));
    const outcomes = await Promise.all(racers.map((r) => buy(groupCart(o.id, groupId), r.token)));
    expect(outcomes.filter((c) => c.__typename === 'CheckoutPlaced')).toHaveLength(1);
    expect(outcomes.filter((c) => c.__typename === 'GroupBuyUnavailableError')).toEqual([
      expect.objectContaining({ problem: 'FULL' }),
      expect.objectContaining({ problem: 'FULL' }),
    ]);
    expect((await t.ok(GroupBuyGroupDocument, { id: groupId })).groupBuyGroup).toMatchObject({ joined: 3, size: 3 });
    expect(await count(t, `SELECT count(*) AS n FROM group_buy_member WHERE group_id = :g::uuid`, { g: groupId })).toBe(3);
    // The losers hold no stock: only the three members' units are reserved.
    expect(await count(t, `SELECT count(*) AS n FROM checkout WHERE group_id = :g::uuid`, { g: groupId })).toBe(3);
  });

  it("names the checkout's cluster in a new group's id, and files the group and its members there", async () => {
    t.clock.set(start);
    const o = await offer({ groupSize: 2 });
    const started = await placed(groupCart(o.id), (await t.newShopper()).token);
    const groupId = started.orders[0]!.groupBuy!.id;
    const [{ cluster_id: storeCluster }] = await query<{ cluster_id: string }>(t.em(), `SELECT cluster_id FROM store WHERE id = :s::uuid`, {
      s: store,
    });
    expect(clusterOfId(groupId)).toBe(storeCluster);
    expect(clusterOfId(started.checkout.id)).toBe(storeCluster);
    await placed(groupCart(o.id, groupId), (await t.newShopper()).token);
    const rows = await query<{ cluster_id: string }>(
      t.em(),
      `SELECT cluster_id FROM group_buy_group WHERE id = :g::uuid UNION ALL SELECT cluster_id FROM group_buy_member WHERE group_id = :g::uuid`,
      { g: groupId },
    );
    expect(rows.map((r) => r.cluster_id)).toEqual([storeCluster, storeCluster, storeCluster]);
  });

  it('fails a group that did not form at its deadline and refunds each paid order once, however often the job runs', async () => {
    t.clock.set(start);
    const o = await offer({ groupSize: 3, skuId: skus[1]! });
    const before = (await stockOf(t, store, skus[1]!))!;
    const leader = await t.newShopper();
    const friend = await t.newShopper();
    const a = await placed(groupCart(o.id, undefined, skus[1]!), leader.token);
    const groupId = a.orders[0]!.groupBuy!.id;
    const b = await placed(groupCart(o.id, groupId, skus[1]!), friend.token);
    await pay(t, a.checkout.id, leader.token);
    await pay(t, b.checkout.id, friend.token);
    expect(await deadlineJob(groupId).catch((e: Error) => e.message)).toMatch(/not due/);

    t.clock.set('2026-11-18T05:00:01Z');
    const runs = await Promise.all([deadlineJob(groupId), deadlineJob(groupId)]);
    await deadlineJob(groupId);
    expect(runs.join(' | ')).toMatch(/failed; 2 refunded|failed; [01] refunded/);
    for (const [orderId, shopper] of [
      [a.orders[0]!.id, leader],
      [b.orders[0]!.id, friend],
    ] as const) {
      expect(await refundsOf(orderId)).toBe(1);
      expect(await orderOf(orderId, shopper)).toMatchObject({
        state: 'REFUNDED',
        refundedFen: 800,
        groupBuy: { state: 'FAILED', paid: 2 },
      });
    }
    // The held units are back on sale, and the store never heard of the orders.
    expect(await stockOf(t, store, skus[1]!)).toEqual(before);
    expect(
      await count(t, `SELECT count(*) AS n FROM order_transition WHERE order_id = :a::uuid AND to_state = 'PAID'`, { a: a.orders[0]!.id }),
    ).toBe(0);
  });

  it('auto-forms at the deadline with the members who paid, never inventing the rest', async () => {
    t.clock.set(start);
    const o = await offer({ groupSize: 4, autoForm: true });
    const leader = await t.newShopper();
    const friend = await t.newShopper();
    const late = await t.newShopper();
    const a = await placed(groupCart(o.id), leader.token);
    const groupId = a.orders[0]!.groupBuy!.id;
    const b = await placed(groupCart(o.id, groupId), friend.token);
    const c = await placed(groupCart(o.id, groupId), late.token);
    await pay(t, a.checkout.id, leader.token);
    await pay(t, b.checkout.id, friend.token);
    t.clock.set('2026-11-18T05:00:01Z');
    expect(await deadlineJob(groupId)).toBe('formed');
    expect(await deadlineJob(groupId)).toBe('formed');
    expect((await t.ok(GroupBuyGroupDocument, { id: groupId })).groupBuyGroup).toMatchObject({
      state: 'FORMED',
      paid: 2,
      joined: 3,
      size: 4,
    });
    for (const [orderId, shopper] of [
      [a.orders[0]!.id, leader],
      [b.orders[0]!.id, friend],
    ] as const) {
      const now = await orderOf(orderId, shopper);
      expect(now.state).toBe('PAID');
      expect(now.pickupCode?.code).toBeTruthy();
    }
    expect(await queue()).toEqual(expect.arrayContaining([a.orders[0]!.id, b.orders[0]!.id]));
    // The third member had not paid: their order is not the store's.
    expect((await orderOf(c.orders[0]!.id, late)).state).toBe('PENDING_PAYMENT');
  });

  it('prices a group line alone: no 满减, no coupon, and the coupon picker says why', async () => {
    t.clock.set(start);
    // A 满减 the group price reaches and a 新人券 with no threshold, both at the group's store.
    await launchPromotion(t, [store], { kind: 'FULL_REDUCTION', name: '满5减3', tiers: [{ thresholdFen: 500, offFen: 300 }] });
    const newcomer = await launchPromotion(t, [store], { name: '新人券', couponKind: 'AMOUNT_OFF', thresholdFen: 0, offFen: 500 });
    const o = await offer();
    const shopper = await t.newShopper();
    const coupon = await claimedCoupon(t, newcomer, shopper.token);

    const { idempotencyKey: _k, contact: _c, ...asked } = groupCart(o.id);
    const q = (await t.ok(CheckoutQuoteDocument, { input: asked as CheckoutQuoteInput }, shopper.token)).checkoutQuote;
    if (q.__typename !== 'CheckoutQuote') throw new Error(JSON.stringify(q));
    expect(q).toMatchObject({ totalFen: 800, bestCouponId: null });
    expect(q.applied.map((a) => a.kind)).toEqual(['LINE_PRICE']);
    expect(q.notApplied).toEqual([expect.objectContaining({ kind: 'FULL_REDUCTION', code: 'PROMOTION_PRICE', message: '拼团商品不参与' })]);
    expect(q.coupons).toEqual([
      expect.objectContaining({ couponId: coupon, usable: false, savingFen: 0, problem: 'PROMOTION_PRICE', message: '拼团商品不参与' }),
    ]);

    // The checkout charges the group price, and refuses the coupon with the same reason.
    const withCoupon = await buy({ ...groupCart(o.id), couponId: coupon }, shopper.token);
    expect(withCoupon).toMatchObject({ __typename: 'CouponNotUsableError', errorCode: 'COUPON_NOT_USABLE', message: '拼团商品不参与' });
    expect((await placed(groupCart(o.id), shopper.token)).checkout.totalFen).toBe(800);
  });

  it('refuses a group order for delivery with a typed error', async () => {
    t.clock.set(start);
    const o = await offer();
    const shopper = await t.newShopper();
    const delivered = await buy(deliveryInput(31.2, 121.41, [{ skuId: skus[0]!, quantity: 1 }], { groupOfferId: o.id }), shopper.token);
    expect(delivered).toMatchObject({ __typename: 'GroupBuyUnavailableError', problem: 'PICKUP_ONLY', offerId: o.id });
  });

  it('lets HQ edit an offer until a group starts on it, then refuses with a typed error', async () => {
    t.clock.set(start);
    const o = await offer();
    const other = (await makeStore(t.em(), { lat: 31.21, lng: 121.42 })).id;
    const update = async (input: { name: string; groupPriceFen: number; endsAt: string; storeIds: string[] | null }) =>
      (await t.ok(UpdateGroupBuyOfferDocument, { id: o.id, input }, t.tokens.hq())).updateGroupBuyOffer;
    const edited = await update({ name: '周末两人团', groupPriceFen: 700, endsAt: '2026-11-20T00:00:00Z', storeIds: [store, other] });
    expect(edited).toMatchObject({
      __typename: 'GroupBuyOffer',
      name: '周末两人团',
      groupPriceFen: 700,
      endsAt: '2026-11-20T00:00:00.000Z',
      storeIds: [store, other],
    });
    // Shoppers see the new terms, and a group starts at the new price.
    const board = (await t.ok(GroupBuyBoardDocument, { storeId: other })).groupBuyBoard;
    expect(board.offers.find((x) => x.id === o.id)).toMatchObject({ groupPriceFen: 700 });
    const started = await placed(groupCart(o.id), (await t.newShopper()).token);
    expect(started.checkout.totalFen).toBe(700);
    // From then on the members' terms stand.
    expect(await update({ name: '改价', groupPriceFen: 100, endsAt: '2026-11-20T00:00:00Z', storeIds: null })).toMatchObject({
      __typename: 'GroupBuyOfferLockedError',
      errorCode: 'GROUP_BUY_OFFER_LOCKED',
      offerId: o.id,
      groupsStarted: 1,
    });
    const figures = (await t.ok(GroupBuyOffersDocument, {}, t.tokens.hq())).groupBuyOffers.find((x) => x.id === o.id);
    expect(figures).toMatchObject({ name: '周末两人团', groupPriceFen: 700 });
    // A clerk cannot edit offers.
    const clerk = await t.gql(
      UpdateGroupBuyOfferDocument,
      { id: o.id, input: { name: 'x', groupPriceFen: 1, endsAt: '2026-11-20T00:00:00Z' } },
      t.tokens.clerk(store),
    );
    expect(clerk.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
