// After-sales: the shopper asks for lines of a received order back; a clerk of that store approves (a refund
// through the refund path, in the same transaction) or declines with a reason; both sides hear of it live.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSkus, makeStore, setStock } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import { count, eventually, handOverPickup, pay, pickupInput, placeCheckout } from './orders-helpers';
import { follow, until } from './ws-helpers';
import {
  AdvanceOrderDocument,
  ApproveAfterSaleDocument,
  DeclineAfterSaleDocument,
  MyOrderEventsDocument,
  OrderAfterSalesDocument,
  RequestAfterSaleDocument,
  StoreAfterSalesDocument,
  StoreOrderEventsDocument,
} from './generated/graphql';

describe('after-sales', () => {
  let t: TestApp;
  let store: string;
  let otherStore: string;
  let skus: string[];

  beforeAll(async () => {
    t = await startTestApp({ jobs: true });
    store = (await makeStore(t.em(), { lat: 31.23, lng: 121.47 })).id;
    otherStore = (await makeStore(t.em(), { lat: 31.24, lng: 121.48 })).id;
    skus = await makeSkus(t.em(), 2, 500);
    for (const sku of skus) await setStock(t.em(), store, sku, 50);
  });
  afterAll(async () => t?.close());

  /** A pickup order of 2 × A and 1 × B, paid, accepted and handed over at the counter. */
  async function receivedOrder(token: string) {
    const placed = await placeCheckout(
      t,
      pickupInput(store, [
        { skuId: skus[0]!, quantity: 2 },
        { skuId: skus[1]!, quantity: 1 },
      ]),
      token,
    );
    const order = placed.orders[0]!;
    await pay(t, placed.checkout.id, token);
    await t.ok(AdvanceOrderDocument, { orderId: order.id, event: 'ACCEPT' }, t.tokens.clerk(store));
    return order;
  }

  it('is filed by the shopper, approved by the store as a refund of those lines, and told to both live', async () => {
    const shopper = await t.newShopper();
    const order = await receivedOrder(shopper.token);
    const early = await t.ok(RequestAfterSaleDocument, { input: { orderId: order.id, reason: 'DAMAGED' } }, shopper.token);
    expect(early.requestAfterSale).toMatchObject({ __typename: 'AfterSaleNotAllowedError', refusal: 'NOT_HANDED_OVER' });
    await handOverPickup(t, order.id, store);
    // The hand-over's own events are relayed before the feeds open (the relay gathers commits for a moment): the
    // feeds are for what follows.
    await t.runtime.outbox.idle();

    const mine = follow(t.baseUrl, shopper.token, MyOrderEventsDocument);
    const counter = follow(t.baseUrl, t.tokens.clerk(store), StoreOrderEventsDocument, { storeId: store });
    await Promise.all([mine.ready(), counter.ready()]);

    const [lineA] = order.lines;
    const filed = (
      await t.ok(
        RequestAfterSaleDocument,
        { input: { orderId: order.id, lines: [{ lineId: lineA!.id, quantity: 1 }], reason: 'DAMAGED', note: '瓶子裂了' } },
        shopper.token,
      )
    ).requestAfterSale;
    if (filed.__typename !== 'AfterSale') throw new Error(JSON.stringify(filed));
    expect(filed).toMatchObject({
      state: 'REQUESTED',
      reason: 'DAMAGED',
      note: '瓶子裂了',
      requestedFen: 500,
      lines: [{ lineId: lineA!.id, quantity: 1, unitPriceFen: 500 }],
    });
    const again = await t.ok(RequestAfterSaleDocument, { input: { orderId: order.id, reason: 'OTHER' } }, shopper.token);
    expect(again.requestAfterSale).toMatchObject({ refusal: 'ALREADY_OPEN', openAfterSaleId: filed.id });

    // Only that store's clerks (and HQ) see and decide it.
    const queue = await t.ok(StoreAfterSalesDocument, { storeId: store }, t.tokens.clerk(store));
    expect(queue.storeAfterSales.nodes.map((a) => a.id)).toEqual([filed.id]);
    expect((await t.gql(StoreAfterSalesDocument, { storeId: store }, t.tokens.clerk(otherStore))).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await t.ok(ApproveAfterSaleDocument, { id: filed.id }, t.tokens.clerk(otherStore))).approveAfterSale.__typename).toBe(
      'AfterSaleNotFoundError',
    );
    expect((await t.gql(ApproveAfterSaleDocument, { id: filed.id }, shopper.token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const approved = (await t.ok(ApproveAfterSaleDocument, { id: filed.id }, t.tokens.clerk(store))).approveAfterSale;
    expect(approved).toMatchObject({ __typename: 'AfterSale', state: 'APPROVED', refundedFen: 500 });
    expect((await t.ok(ApproveAfterSaleDocument, { id: filed.id }, t.tokens.hq())).approveAfterSale).toMatchObject({
      __typename: 'AfterSaleAlreadyDecidedError',
      state: 'APPROVED',
    });
    const seen = (await t.ok(OrderAfterSalesDocument, { id: order.id }, shopper.token)).order!;
    expect(seen).toMatchObject({ state: 'PICKED_UP', refundedFen: 500, afterSales: [{ id: filed.id, state: 'APPROVED' }] });
    expect(seen.lines.map((l) => l.refundedQuantity)).toEqual([1, 0]);

    await until(() => mine.events.length >= 3 && counter.events.length >= 2);
    expect(mine.events.map((e) => e.myOrderEvents.kind)).toEqual(['AFTER_SALE_REQUESTED', 'PARTLY_REFUNDED', 'AFTER_SALE_APPROVED']);
    expect(mine.events[2]!.myOrderEvents.afterSaleId).toBe(filed.id);
    expect(counter.events.map((e) => e.storeOrderEvents.kind)).toEqual(['AFTER_SALE_REQUESTED', 'UPDATED']);
    await mine.stop();
    await counter.stop();
    // The refund message goes to the shopper (recorded by the notifier in tests).
    await eventually(
      async () =>
        (await count(t, `SELECT count(*) AS n FROM shopper_notification WHERE order_id = :o::uuid AND template = 'ORDER_REFUNDED'`, {
          o: order.id,
        })) === 1,
    );

    // What is left can be asked for, not more; a decline carries its reason and refunds nothing.
    const tooMuch = await t.ok(
      RequestAfterSaleDocument,
      { input: { orderId: order.id, lines: [{ lineId: lineA!.id, quantity: 2 }], reason: 'QUALITY' } },
      shopper.token,
    );
    expect(tooMuch.requestAfterSale).toMatchObject({ refusal: 'BAD_LINES' });
    const rest = (await t.ok(RequestAfterSaleDocument, { input: { orderId: order.id, reason: 'QUALITY' } }, shopper.token))
      .requestAfterSale;
    expect(rest).toMatchObject({ __typename: 'AfterSale', requestedFen: 1000 });
    const declined = (
      await t.ok(DeclineAfterSaleDocument, { id: (rest as { id: string }).id, reason: '商品已拆封使用' }, t.tokens.clerk(store))
    ).declineAfterSale;
    expect(declined).toMatchObject({ state: 'DECLINED', declineReason: '商品已拆封使用', refundId: null });
    expect((await t.ok(OrderAfterSalesDocument, { id: order.id }, shopper.token)).order!.refundedFen).toBe(500);
    const blank = await t.gql(DeclineAfterSaleDocument, { id: (rest as { id: string }).id, reason: ' ' }, t.tokens.clerk(store));
    expect(blank.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lets exactly one of an approval and a decline at the same moment win', async () => {
    const shopper = await t.newShopper();
    const order = await receivedOrder(shopper.token);
    await handOverPickup(t, order.id, store);
    for (let round = 0; round < 3; round++) {
      const filed = (
        await t.ok(
          RequestAfterSaleDocument,
          { input: { orderId: order.id, lines: [{ lineId: order.lines[1]!.id, quantity: 1 }], reason: 'WRONG_ITEM' } },
          shopper.token,
        )
      ).requestAfterSale;
      if (filed.__typename !== 'AfterSale') break; // approved in an earlier round: nothing left of that line
      const [a, d] = await Promise.all([
        t.ok(ApproveAfterSaleDocument, { id: filed.id }, t.tokens.clerk(store)),
        t.ok(DeclineAfterSaleDocument, { id: filed.id, reason: '不符合售后条件' }, t.tokens.hq()),
      ]);
      const kinds = [a.approveAfterSale.__typename, d.declineAfterSale.__typename].sort();
      expect(kinds).toEqual(['AfterSale', 'AfterSaleAlreadyDecidedError']);
      const refunds = await count(t, `SELECT count(*) AS n FROM refund WHERE order_id = :o::uuid`, { o: order.id });
      expect(refunds).toBe(a.approveAfterSale.__typename === 'AfterSale' ? 1 : 0);
      if (a.approveAfterSale.__typename === 'AfterSale') break;
    }
  });

  it('closes AFTER_SALE_DAYS after hand-over', async () => {
    const shopper = await t.newShopper();
    const order = await receivedOrder(shopper.token);
    await handOverPickup(t, order.id, store);
    const at = t.clock.now();
    t.clock.set(new Date(at.getTime() + 8 * 86_400_000));
    try {
      const late = await t.ok(
        RequestAfterSaleDocument,
        { input: { orderId: order.id, reason: 'QUALITY' } },
        t.tokens.shopperOf(shopper.id),
      );
      expect(late.requestAfterSale).toMatchObject({ refusal: 'WINDOW_CLOSED' });
      const stranger = await t.newShopper();
      expect(
        (await t.ok(RequestAfterSaleDocument, { input: { orderId: order.id, reason: 'QUALITY' } }, stranger.token)).requestAfterSale
          .__typename,
      ).toBe('OrderNotFoundError');
    } finally {
      t.clock.set(at);
    }
  });
});
