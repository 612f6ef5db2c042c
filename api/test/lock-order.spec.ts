// Orders moving between two stores that are each other's nearest, all at once: rejections, accept timeouts beside
// new checkouts, and shoppers cancelling while their payment notifications arrive. Every path takes its locks in
// the one global order (common/lock-order.ts), so PostgreSQL reports no deadlock, every caller gets a typed
// answer, and the stock held afterwards is exactly what the orders still hold.
import type { EntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptTimeout } from '../src/jobs/accept-timeout';
import { LockOrderViolation } from '../src/common/lock-order';
import { lockStock } from '../src/modules/inventory/reservation.repository';
import { lockSlots } from '../src/modules/slots/slots.repository';
import { clusterOfStore } from '../src/modules/store/store-cluster';
import { query, transaction } from '../src/common/sql';
import { lockCheckout, lockOrder } from '../src/modules/order/order.repository';
import { CancelOrderDocument, PayCheckoutDocument, RejectOrderDocument } from './generated/graphql';
import { makeSkus, makeStore, setStock } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import { deadlockCount, stockDrift, waitForDeadlockStats } from './lock-helpers';
import { eventually, pay, pickupInput, placeCheckout, sandbox } from './orders-helpers';

describe('lock order', () => {
  let t: TestApp;
  let a: string;
  let b: string;
  let skus: string[];
  let shopper: string;
  const start = '2026-11-18T04:00:00Z';

  /** Runs `work` over `items`, `width` at a time (placing and paying 50 orders one by one is slow; all at once floods the pool). */
  async function inWaves<T, R>(items: T[], width: number, work: (item: T, i: number) => Promise<R>): Promise<R[]> {
    const out: R[] = [];
    for (let i = 0; i < items.length; i += width) out.push(...(await Promise.all(items.slice(i, i + width).map((x, j) => work(x, i + j)))));
    return out;
  }

  /** n paid pickup orders, alternating between the two stores, each over every shared SKU. */
  async function paidOrders(n: number): Promise<{ orderId: string; storeId: string }[]> {
    return inWaves(
      Array.from({ length: n }, (_, i) => (i % 2 ? b : a)),
      6,
      async (storeId, i) => {
        const placed = await placeCheckout(
          t,
          pickupInput(
            storeId,
            skus.map((skuId, k) => ({ skuId, quantity: 1 + ((i + k) % 2) })),
          ),
          shopper,
        );
        await pay(t, placed.checkout.id, shopper);
        return { orderId: placed.orders[0]!.id, storeId };
      },
    );
  }

  beforeAll(async () => {
    t = await startTestApp({ now: start, jobs: false });
    shopper = (await t.newShopper()).token;
    // ~480 m apart and alone in this database: each is the other's nearest, and the only other one.
    a = (await makeStore(t.em(), { lat: 30.5, lng: 114.3 })).id;
    b = (await makeStore(t.em(), { lat: 30.5, lng: 114.305 })).id;
    skus = await makeSkus(t.em(), 4, 300);
    for (const sku of skus) {
      await setStock(t.em(), a, sku, 1000);
      await setStock(t.em(), b, sku, 1000);
    }
  });
  afterAll(() => t?.close());

  it('rejects 50 paid orders at two mutually-nearest stores at once without a deadlock; each moves to the other store', async () => {
    const orders = await paidOrders(50);
    const before = await deadlockCount(t.em());
    const answers = await Promise.all(
      orders.map((o) => t.gql(RejectOrderDocument, { orderId: o.orderId, reason: 'no staff' }, t.tokens.clerk(o.storeId))),
    );
    for (const [i, answer] of answers.entries()) {
      expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
      expect(answer.data!.rejectOrder).toMatchObject({
        __typename: 'CustomerOrder',
        state: 'PAID',
        store: { id: orders[i]!.storeId === a ? b : a },
      });
    }
    expect(await stockDrift(t.em(), [a, b])).toEqual([]);
    expect(await waitForDeadlockStats(t.em(), before)).toBe(before);
  }, 180_000);

  it('moves 50 orders on their accept timeouts at once, beside new checkouts at both stores, without a deadlock', async () => {
    const orders = await paidOrders(50);
    const before = await deadlockCount(t.em());
    t.clock.set(new Date(Date.parse(start) + (t.config.acceptTimeoutMin + 1) * 60_000));
    const ctx = () => ({ ...t.runtime, em: t.em() as EntityManager });
    const [moved, placed] = await Promise.all([
      Promise.all(orders.map((o) => acceptTimeout({ orderId: o.orderId, storeId: o.storeId }, ctx()))),
      Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          placeCheckout(
            t,
            pickupInput(
              i % 2 ? a : b,
              skus.map((skuId) => ({ skuId, quantity: 1 })),
            ),
            shopper,
          ),
        ),
      ),
    ]);
    t.clock.set(start);
    expect(moved).toEqual(orders.map((o) => `now PAID at ${o.storeId === a ? b : a}`));
    expect(placed.map((p) => p.checkout.state)).toEqual(Array(10).fill('PENDING_PAYMENT'));
    expect(await stockDrift(t.em(), [a, b])).toEqual([]);
    expect(await waitForDeadlockStats(t.em(), before)).toBe(before);
  }, 180_000);

  it('lets shoppers cancel while their payment notifications arrive: either order of the two is answered, nothing deadlocks', async () => {
    const checkouts = await inWaves(
      Array.from({ length: 24 }, (_, i) => (i % 2 ? b : a)),
      6,
      async (storeId) => {
        const placed = await placeCheckout(
          t,
          pickupInput(
            storeId,
            skus.map((skuId) => ({ skuId, quantity: 1 })),
          ),
          shopper,
        );
        const { payCheckout } = await t.ok(PayCheckoutDocument, { checkoutId: placed.checkout.id }, shopper);
        if (payCheckout.__typename !== 'PaymentParams') throw new Error('not payable');
        // Paid in WeChat; its notification is about to arrive.
        const paid = await sandbox(t).pay(payCheckout.package.replace('prepay_id=', ''), { deliver: false });
        if (!paid.ok) throw new Error('sandbox refused');
        return { orderId: placed.orders[0]!.id, checkoutId: placed.checkout.id, notification: paid.notification };
      },
    );
    const before = await deadlockCount(t.em());
    const [cancels, replies] = await Promise.all([
      Promise.all(checkouts.map((c) => t.gql(CancelOrderDocument, { orderId: c.orderId }, shopper))),
      Promise.all(checkouts.map((c) => sandbox(t).deliver(c.notification))),
    ]);
    expect(replies.map((r) => r.status)).toEqual(Array(checkouts.length).fill(204));
    for (const [i, answer] of cancels.entries()) {
      expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
      const result = answer.data!.cancelOrder;
      const [row] = await query<{ state: string; refunded: number }>(
        t.em(),
        `SELECT c.state, (SELECT count(*) FROM refund r WHERE r.checkout_id = c.id)::int AS refunded FROM checkout c WHERE c.id = :id::uuid`,
        { id: checkouts[i]!.checkoutId },
      );
      if (result.__typename === 'CustomerOrder' && result.state === 'REFUNDED') {
        // The payment was in before the cancel read the order: a paid order the shopper takes back is refunded.
        expect(row).toEqual({ state: 'PAID', refunded: 1 });
      } else if (result.__typename === 'CustomerOrder') {
        // The cancel won: the payment that came after it is refunded in full.
        expect(result.state).toBe('CANCELLED');
        expect(row).toEqual({ state: 'CANCELLED', refunded: 1 });
      } else {
        // The payment won: the shopper is told the order is paid now.
        expect(result).toMatchObject({ __typename: 'InvalidTransitionError', state: 'PAID' });
        expect(row).toEqual({ state: 'PAID', refunded: 0 });
      }
    }
    expect(await stockDrift(t.em(), [a, b])).toEqual([]);
    expect(await waitForDeadlockStats(t.em(), before)).toBe(before);
  }, 180_000);

  it('lets a cancel wait behind a payment that holds the checkout and then locks its orders, instead of deadlocking', async () => {
    // The storm above collides only by luck of timing; this makes the collision certain. A connection of our own
    // does what the payment webhook does (the checkout row, then its orders) around a shopper's cancel.
    const placed = await placeCheckout(t, pickupInput(a, [{ skuId: skus[0]!, quantity: 1 }]), shopper);
    const orderId = placed.orders[0]!.id;
    const before = await deadlockCount(t.em());
    const webhook = new pg.Client({ connectionString: t.config.databaseUrl });
    await webhook.connect();
    try {
      await webhook.query('BEGIN');
      await webhook.query('SELECT id FROM checkout WHERE id = $1 FOR UPDATE', [placed.checkout.id]);
      const cancel = t.gql(CancelOrderDocument, { orderId }, shopper);
      // Until the cancel waits for a lock this connection holds.
      await eventually(async () => {
        const { rows } = await webhook.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE pg_backend_pid() = ANY(pg_blocking_pids(pid))`,
        );
        return (rows[0] as { n: number }).n > 0;
      }, 10_000);
      // The webhook's second lock: the cancel must not be holding the order while it waits.
      await webhook.query(`SET LOCAL lock_timeout = '5s'`);
      await webhook.query('SELECT id FROM customer_order WHERE checkout_id = $1 ORDER BY id FOR UPDATE', [placed.checkout.id]);
      await webhook.query('COMMIT');
      expect((await cancel).data?.cancelOrder).toMatchObject({ __typename: 'CustomerOrder', state: 'CANCELLED' });
    } finally {
      await webhook.end();
    }
    expect(await waitForDeadlockStats(t.em(), before)).toBe(before);
  }, 60_000);

  it('refuses, outside production, a path that asks for a lock out of the global order', async () => {
    const placed = await placeCheckout(t, pickupInput(a, [{ skuId: skus[0]!, quantity: 1 }]), shopper);
    const orderId = placed.orders[0]!.id;
    const [low, high] = [a, b].sort();
    const slot = new Date('2026-11-19T02:00:00Z');
    const later = new Date('2026-11-19T02:30:00Z');
    const cluster = (await clusterOfStore(t.em(), a))!;
    const attempts: [string, (tx: EntityManager) => Promise<unknown>][] = [
      [
        'the checkout after its order (the old shopper cancel)',
        async (tx) => (await lockOrder(tx, orderId), lockCheckout(tx, { id: placed.checkout.id })),
      ],
      ['an order after stock', async (tx) => (await lockStock(tx, cluster, [{ storeId: a, skuId: skus[0]! }]), lockOrder(tx, orderId))],
      [
        "a store's stock after a later store's (the old re-route)",
        async (tx) => (
          await lockStock(tx, cluster, [{ storeId: high!, skuId: skus[0]! }]),
          lockStock(tx, cluster, [{ storeId: low!, skuId: skus[0]! }])
        ),
      ],
      [
        'stock after a pickup slot',
        async (tx) => (
          await lockSlots(tx, cluster, [{ storeId: a, startsAt: slot }]),
          lockStock(tx, cluster, [{ storeId: a, skuId: skus[0]! }])
        ),
      ],
      [
        'an order after a pickup slot',
        async (tx) => (await lockSlots(tx, cluster, [{ storeId: a, startsAt: slot }]), lockOrder(tx, orderId)),
      ],
      [
        "a store's slot after a later store's (a re-route giving its place back first)",
        async (tx) => (
          await lockSlots(tx, cluster, [{ storeId: high!, startsAt: slot }]),
          lockSlots(tx, cluster, [{ storeId: low!, startsAt: slot }])
        ),
      ],
      [
        'a slot after a later one of the same store',
        async (tx) => (
          await lockSlots(tx, cluster, [{ storeId: a, startsAt: later }]),
          lockSlots(tx, cluster, [{ storeId: a, startsAt: slot }])
        ),
      ],
    ];
    for (const [why, work] of attempts) await expect(transaction(t.em(), work), why).rejects.toThrow(LockOrderViolation);
    // The same locks in order, and a lock taken again, are fine.
    await transaction(t.em(), async (tx) => {
      await lockCheckout(tx, { id: placed.checkout.id });
      await lockOrder(tx, orderId);
      await lockStock(
        tx,
        cluster,
        [low!, high!].map((storeId) => ({ storeId, skuId: skus[0]! })),
      );
      await lockOrder(tx, orderId);
      await lockStock(tx, cluster, [{ storeId: low!, skuId: skus[0]! }]);
      await lockSlots(
        tx,
        cluster,
        [high!, low!].map((storeId) => ({ storeId, startsAt: slot })),
      );
      await lockSlots(tx, cluster, [{ storeId: high!, startsAt: later }]);
    });
  });
});
