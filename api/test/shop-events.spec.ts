// myOrderEvents: a shopper follows their own orders live over graphql-ws (the Redis fan-out the stores use);
// nobody else's, and only as a shopper. myOrders pages their orders with each one's step history.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSkus, makeStore, setStock } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import { follow, until } from './ws-helpers';
import { pay, pickupInput, placeCheckout } from './orders-helpers';
import {
  AdvanceOrderDocument,
  MyOrderEventsDocument,
  MyOrderPageDocument,
  RefundOrderDocument,
  type MyOrderEventsSubscription,
} from './generated/graphql';

const followMine = (baseUrl: string, token: string) => {
  const f = follow(baseUrl, token, MyOrderEventsDocument);
  return {
    get events(): MyOrderEventsSubscription['myOrderEvents'][] {
      return f.events.map((d) => d.myOrderEvents);
    },
    errors: f.errors,
    ready: f.ready,
    stop: f.stop,
  };
};

describe('my order events', () => {
  let t: TestApp;
  let store: string;
  let sku: string;

  beforeAll(async () => {
    t = await startTestApp();
    store = (await makeStore(t.em(), { lat: 31.23, lng: 121.47 })).id;
    [sku] = await makeSkus(t.em(), 1);
    await setStock(t.em(), store, sku!, 50);
  });
  afterAll(async () => t?.close());

  it("tells the shopper every step of their own orders as it happens, and nobody else's", async () => {
    const alice = await t.newShopper();
    const bob = await t.newShopper();
    const mine = followMine(t.baseUrl, alice.token);
    const theirs = followMine(t.baseUrl, bob.token);
    await Promise.all([mine.ready(), theirs.ready()]);

    const placed = await placeCheckout(t, pickupInput(store, [{ skuId: sku!, quantity: 2 }]), alice.token);
    const orderId = placed.orders[0]!.id;
    await pay(t, placed.checkout.id, alice.token);
    await t.ok(AdvanceOrderDocument, { orderId, event: 'ACCEPT' }, t.tokens.clerk(store));
    await t.ok(
      RefundOrderDocument,
      { input: { orderId, lines: [{ lineId: placed.orders[0]!.lines[0]!.id, quantity: 1 }], reason: '缺货一件' } },
      t.tokens.clerk(store),
    );
    await t.ok(AdvanceOrderDocument, { orderId, event: 'MARK_READY' }, t.tokens.clerk(store));
    await until(() => mine.events.length >= 4);
    expect(mine.events.map((e) => [e.kind, e.state, e.orderId])).toEqual([
      ['UPDATED', 'PAID', orderId],
      ['UPDATED', 'ACCEPTED', orderId],
      ['PARTLY_REFUNDED', 'ACCEPTED', orderId],
      ['UPDATED', 'READY_FOR_PICKUP', orderId],
    ]);
    await new Promise((r) => setTimeout(r, 200));
    expect(theirs.events).toEqual([]);
    await mine.stop();
    await theirs.stop();
    expect(mine.errors).toEqual([]);
  });

  it('is for shoppers only', async () => {
    const clerk = followMine(t.baseUrl, t.tokens.clerk(store));
    await until(() => clerk.errors.length > 0);
    expect(JSON.stringify(clerk.errors)).toContain('FORBIDDEN');
    await clerk.stop();
  });

  it("pages the shopper's orders newest first, each with its step history", async () => {
    const carol = await t.newShopper();
    for (let i = 0; i < 3; i++) {
      t.clock.set(new Date(t.clock.now().getTime() + 60_000));
      await placeCheckout(t, pickupInput(store, [{ skuId: sku!, quantity: 1 }]), carol.token);
    }
    const first = await t.ok(MyOrderPageDocument, { first: 2 }, carol.token);
    expect(first.myOrders.nodes).toHaveLength(2);
    expect(first.myOrders.nodes[0]!.transitions).toMatchObject([{ toState: 'PENDING_PAYMENT', event: 'PLACE' }]);
    const rest = await t.ok(MyOrderPageDocument, { first: 2, after: first.myOrders.pageInfo.endCursor }, carol.token);
    expect(rest.myOrders.nodes).toHaveLength(1);
    expect(rest.myOrders.pageInfo.hasNextPage).toBe(false);
    expect(new Set([...first.myOrders.nodes, ...rest.myOrders.nodes].map((o) => o.id)).size).toBe(3);
  });
});
