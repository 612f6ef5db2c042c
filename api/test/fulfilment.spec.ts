// Stores working orders through GraphQL: both flows to COMPLETED, rejection and the accept timeout moving an
// order with its stock, refunds with and without restocking, the pickup deadline, and notifications.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../src/common/sql';
import {
  AdvanceOrderDocument,
  CancelOrderDocument,
  ConfirmReceiptDocument,
  OrderDocument,
  OrderPickupCodeDocument,
  RefundOrderDocument,
  RejectOrderDocument,
  StoreOrdersDocument,
  VerifyPickupDocument,
} from './generated/graphql';
import { makeSkus, makeStore, setStock } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import { deliveryInput, eventually, pay, pickupInput, placeCheckout, stockOf } from './orders-helpers';

describe('fulfilment', () => {
  let t: TestApp;
  let shopper: string;
  let a: string;
  let b: string;
  let skus: string[];
  const start = '2026-11-18T04:00:00Z';
  const home = { lat: 31.25, lng: 121.45 };

  const orderOf = async (id: string) => (await t.ok(OrderDocument, { id }, t.tokens.hq())).order!;
  const step = async (orderId: string, event: 'ACCEPT' | 'MARK_READY' | 'HAND_OVER' | 'DISPATCH' | 'DELIVER', storeId: string) =>
    (await t.ok(AdvanceOrderDocument, { orderId, event }, t.tokens.clerk(storeId))).advanceOrder;
  const notifications = async (orderId: string) =>
    (
      await query<{ template: string }>(
        t.em(),
        `SELECT template FROM shopper_notification WHERE order_id = :o::uuid ORDER BY created_at, template`,
        { o: orderId },
      )
    ).map((r) => r.template);
  const paidPickup = async (storeId: string, lines: { skuId: string; quantity: number }[]) => {
    const placed = await placeCheckout(t, pickupInput(storeId, lines), shopper);
    await pay(t, placed.checkout.id, shopper);
    return placed.orders[0]!.id;
  };

  beforeAll(async () => {
    t = await startTestApp({ now: start, jobs: true });
    shopper = (await t.newShopper()).token;
    a = (await makeStore(t.em(), { lat: 31.25, lng: 121.455, deliveryRadiusM: 4000 })).id; // ~475 m from home
    b = (await makeStore(t.em(), { lat: 31.25, lng: 121.47, deliveryRadiusM: 4000 })).id; // ~1.9 km
    skus = await makeSkus(t.em(), 5, 1000);
    for (const sku of skus) {
      await setStock(t.em(), a, sku, 10);
      await setStock(t.em(), b, sku, 10);
    }
  });
  afterAll(() => t?.close());

  it('takes a pickup order from paid to completed; hand-over takes the goods off the shelf', async () => {
    const id = await paidPickup(a, [{ skuId: skus[0]!, quantity: 2 }]);
    expect(await stockOf(t, a, skus[0]!)).toEqual({ onHand: 10, reserved: 2 });
    expect(await step(id, 'DISPATCH', a)).toMatchObject({ __typename: 'InvalidTransitionError', state: 'PAID' });
    expect(await step(id, 'ACCEPT', a)).toMatchObject({ state: 'ACCEPTED', acceptBy: null });
    expect(await step(id, 'DISPATCH', a)).toMatchObject({ __typename: 'InvalidTransitionError', errorCode: 'INVALID_TRANSITION' });
    expect(await step(id, 'MARK_READY', a)).toMatchObject({ state: 'READY_FOR_PICKUP' });
    // A clerk of another store cannot see it, let alone move it.
    expect(await step(id, 'HAND_OVER', b)).toMatchObject({ __typename: 'OrderNotFoundError' });
    expect((await t.gql(StoreOrdersDocument, { storeId: a }, t.tokens.clerk(b))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.ok(StoreOrdersDocument, { storeId: a }, t.tokens.clerk(a))).storeOrders.nodes.map((o) => o.id)).toContain(id);
    // Not without the shopper's code: the clerk is pointed to verifyPickup.
    expect(await step(id, 'HAND_OVER', a)).toMatchObject({
      __typename: 'InvalidTransitionError',
      message: expect.stringContaining('verifyPickup'),
    });
    const { code } = (await t.ok(OrderPickupCodeDocument, { id }, shopper)).order!.pickupCode!;
    expect((await t.ok(VerifyPickupDocument, { input: { code } }, t.tokens.clerk(a))).verifyPickup).toMatchObject({
      order: { state: 'PICKED_UP' },
    });
    expect(await stockOf(t, a, skus[0]!)).toEqual({ onHand: 8, reserved: 0 });
    // The hand-over against the shopper's own code was the receipt: nothing is left for the shopper to confirm.
    expect((await t.ok(ConfirmReceiptDocument, { orderId: id }, shopper)).confirmReceipt).toMatchObject({
      __typename: 'InvalidTransitionError',
      state: 'PICKED_UP',
    });
    const order = await orderOf(id);
    expect(order.transitions.map((s) => s.toState)).toEqual(['PENDING_PAYMENT', 'PAID', 'ACCEPTED', 'READY_FOR_PICKUP', 'PICKED_UP']);
    expect(order.transitions[2]!.actor).toBe('staff:test-clerk');
    await eventually(async () => (await notifications(id)).includes('ORDER_READY'));
  });

  it('takes a delivery order to delivered, and completes it on its own when the shopper never confirms', async () => {
    const placed = await placeCheckout(t, deliveryInput(home.lat, home.lng, [{ skuId: skus[1]!, quantity: 3 }]), shopper);
    await pay(t, placed.checkout.id, shopper);
    const id = placed.orders[0]!.id;
    expect(await step(id, 'MARK_READY', a)).toMatchObject({ __typename: 'InvalidTransitionError' });
    await step(id, 'ACCEPT', a);
    expect(await step(id, 'DISPATCH', a)).toMatchObject({ state: 'DISPATCHED' });
    expect(await stockOf(t, a, skus[1]!)).toEqual({ onHand: 7, reserved: 0 });
    expect(await step(id, 'DELIVER', a)).toMatchObject({ state: 'DELIVERED' });
    await eventually(async () => (await notifications(id)).includes('OUT_FOR_DELIVERY'));

    // The sweep leaves it alone until AUTO_COMPLETE_HOURS have passed since delivery.
    t.clock.set(new Date(Date.parse(start) + (t.config.autoCompleteHours - 1) * 3600_000));
    const early = await t.runtime.jobs
      .enqueue('auto-complete-sweep', { requestedAt: 'early' })
      .then(() => t.runtime.jobs.find('auto-complete-sweep', { requestedAt: 'early' }));
    expect(await early!.finished()).toBe('completed 0');
    expect((await orderOf(id)).state).toBe('DELIVERED');
    t.clock.set(new Date(Date.parse(start) + (t.config.autoCompleteHours + 1) * 3600_000));
    await t.runtime.jobs.enqueue('auto-complete-sweep', { requestedAt: 'due' });
    const done = await eventually(async () => {
      const o = await orderOf(id);
      return o.state === 'COMPLETED' && o;
    });
    expect(done.transitions.at(-1)).toMatchObject({ actor: 'system:auto-complete' });
    t.clock.set(start);
  });

  it('moves a rejected order and its stock to the next store, and refunds it when no store is left', async () => {
    const id = await paidPickup(a, [{ skuId: skus[2]!, quantity: 4 }]);
    const moved = await t.ok(RejectOrderDocument, { orderId: id, reason: '缺货' }, t.tokens.clerk(a));
    expect(moved.rejectOrder).toMatchObject({ state: 'PAID', store: { id: b } });
    expect(await stockOf(t, a, skus[2]!)).toEqual({ onHand: 10, reserved: 0 });
    expect(await stockOf(t, b, skus[2]!)).toEqual({ onHand: 10, reserved: 4 });
    // The first store no longer sees it.
    expect((await t.ok(RejectOrderDocument, { orderId: id, reason: 'again' }, t.tokens.clerk(a))).rejectOrder).toMatchObject({
      __typename: 'OrderNotFoundError',
    });

    const refunded = await t.ok(RejectOrderDocument, { orderId: id, reason: '暂停营业' }, t.tokens.clerk(b));
    expect(refunded.rejectOrder).toMatchObject({ state: 'REFUNDED', refundedFen: 4000 });
    expect(await stockOf(t, b, skus[2]!)).toEqual({ onHand: 10, reserved: 0 });
    const order = await eventually(async () => {
      const o = await orderOf(id);
      return o.refunds[0]?.status === 'SUCCEEDED' && o;
    });
    expect(order.transitions.map((s) => [s.event, s.storeId])).toEqual([
      ['PLACE', a],
      ['PAY', a],
      ['REROUTE', a],
      ['REFUND', b],
    ]);
    expect(order.refunds).toEqual([expect.objectContaining({ amountFen: 4000, restocked: true })]);
  });

  it('moves a paid order the store has not accepted in time', async () => {
    const id = await paidPickup(a, [{ skuId: skus[3]!, quantity: 1 }]);
    const { acceptBy } = await orderOf(id);
    await t.runtime.outbox.idle();
    t.clock.set(new Date(Date.parse(acceptBy!) + 1000));
    await (await t.runtime.jobs.find('accept-timeout', { orderId: id, storeId: a }))!.promote();
    const order = await eventually(async () => {
      const o = await orderOf(id);
      return o.store.id === b && o;
    });
    expect(order.transitions.at(-1)).toMatchObject({ event: 'REROUTE', actor: 'system:accept-timeout', storeId: a });
    expect(await stockOf(t, b, skus[3]!)).toEqual({ onHand: 10, reserved: 1 });
    t.clock.set(start);
  });

  it('refunds lines: restocked before hand-over, not after; never more than was paid', async () => {
    const placed = await placeCheckout(
      t,
      deliveryInput(home.lat, home.lng, [
        { skuId: skus[4]!, quantity: 2 },
        { skuId: skus[0]!, quantity: 1 },
      ]),
      shopper,
    );
    await pay(t, placed.checkout.id, shopper);
    const id = placed.orders[0]!.id;
    const [four, zero] = [
      placed.orders[0]!.lines.find((l) => l.skuId === skus[4])!,
      placed.orders[0]!.lines.find((l) => l.skuId === skus[0])!,
    ];
    const hq = t.tokens.hq();
    const before = await stockOf(t, a, skus[4]!);

    const one = await t.ok(
      RefundOrderDocument,
      { input: { orderId: id, lines: [{ lineId: four.id, quantity: 1 }], reason: '少一件' } },
      hq,
    );
    expect(one.refundOrder).toMatchObject({ state: 'PAID', refundedFen: 1000 });
    expect(await stockOf(t, a, skus[4]!)).toEqual({ onHand: before!.onHand, reserved: before!.reserved - 1 });

    const tooMuch = await t.ok(RefundOrderDocument, { input: { orderId: id, lines: [{ lineId: four.id, quantity: 2 }], reason: 'x' } }, hq);
    expect(tooMuch.refundOrder).toMatchObject({ __typename: 'RefundNotAllowedError' });

    await step(id, 'ACCEPT', a);
    // The shopper may not take back an accepted order; the store or HQ decides.
    expect((await t.ok(CancelOrderDocument, { orderId: id }, shopper)).cancelOrder).toMatchObject({ __typename: 'RefundNotAllowedError' });
    await step(id, 'DISPATCH', a);
    const shelf = await stockOf(t, a, skus[0]!);
    const rest = await t.ok(RefundOrderDocument, { input: { orderId: id, reason: '顾客拒收' } }, hq);
    expect(rest.refundOrder).toMatchObject({ state: 'REFUNDED', refundedFen: placed.orders[0]!.totalFen });
    // Goods already left with the courier: nothing goes back on the shelf.
    expect(await stockOf(t, a, skus[0]!)).toEqual(shelf);
    const order = await eventually(async () => {
      const o = await orderOf(id);
      return o.refunds.every((r) => r.status === 'SUCCEEDED') && o;
    });
    // Both refunds carry the same (pinned) time, so compare them as a set.
    expect(order.refunds.map((r) => [r.amountFen, r.restocked]).sort()).toEqual(
      [
        [1000, true],
        [placed.orders[0]!.totalFen - 1000, false],
      ].sort(),
    );
    await eventually(async () => (await notifications(id)).includes('ORDER_REFUNDED'));
  });

  it('refunds and restocks a pickup order nobody collected by its deadline', async () => {
    const id = await paidPickup(b, [{ skuId: skus[1]!, quantity: 2 }]);
    await step(id, 'ACCEPT', b);
    await step(id, 'MARK_READY', b);
    const { pickupDeadline } = await orderOf(id);
    await t.runtime.outbox.idle();
    t.clock.set(new Date(Date.parse(pickupDeadline!) + 1000));
    await (await t.runtime.jobs.find('pickup-deadline', { orderId: id }))!.promote();
    const order = await eventually(async () => {
      const o = await orderOf(id);
      return o.state === 'REFUNDED' && o;
    });
    expect(order.transitions.at(-1)).toMatchObject({ fromState: 'READY_FOR_PICKUP', actor: 'system:pickup-deadline' });
    expect(await stockOf(t, b, skus[1]!)).toEqual({ onHand: 10, reserved: 0 });
    t.clock.set(start);
  });
});
