// Counters, not timings: statements, WAL records and Redis commands of one checkout and one pickup verification,
// each held to the budget in budgets.json. A change that makes the hot paths do more fails here; raising a
// budget is a reviewed change to that file, with its reason.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AdvanceOrderDocument,
  OrderPickupCodeDocument,
  RefundOrderDocument,
  SetMemberLevelsDocument,
  VerifyPickupDocument,
  type CheckoutInput,
} from './generated/graphql';
import { makeSkus, makeStore, setStock } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import { query, watchStatements } from '../src/common/sql';
import { enableWalCounting, measureOp, type OpCosts } from './op-counters';
import { deliveryInput, pay, pickupInput, placeCheckout } from './orders-helpers';
import { startRedisProxy } from './redis-proxy';
import { claimedCoupon, launchPromotion } from './promotion-helpers';
import budgetFile from './budgets.json';

type Figure = 'statements' | 'walRecords' | 'relayWalRecords' | 'redisCommands';
interface Budget {
  budget: number;
  why: string;
}
const budgets = budgetFile as unknown as Record<string, Record<Figure, Budget>>;

/** Each figure within its budget; a failure names what was counted. A figure well under budget is reported, to lower it. */
function expectWithinBudget(operation: string, costs: OpCosts) {
  const budget = budgets[operation];
  if (!budget) throw new Error(`budgets.json has no entry for "${operation}"`);
  console.log(
    `[budgets] ${operation}: ${costs.statements} statements, ${costs.walRecords} WAL records (+ ${costs.relayWalRecords} the relay's), ${costs.redisCommands} Redis commands ` +
      `${JSON.stringify(costs.detail.wal)} ${JSON.stringify(costs.detail.redis)}`,
  );
  for (const figure of ['statements', 'walRecords', 'relayWalRecords', 'redisCommands'] as const) {
    const { budget: max, why } = budget[figure];
    const counted = figure === 'statements' ? costs.detail.statements : figure === 'redisCommands' ? costs.detail.redis : costs.detail.wal;
    expect
      .soft(
        costs[figure],
        `${operation}: ${figure} ${costs[figure]} over the budget of ${max} (${why}). Counted: ${JSON.stringify(counted, null, 1)}`,
      )
      .toBeLessThanOrEqual(max);
    if (costs[figure] < max)
      console.log(`[budgets] ${operation}: ${figure} ${costs[figure]}, under the budget of ${max}: lower it in budgets.json`);
  }
}

describe('counter budgets of the hot paths', () => {
  let t: TestApp;
  let proxy: Awaited<ReturnType<typeof startRedisProxy>>;
  let shopper: { id: string; token: string };
  let store: string;
  let skus: string[];
  const home = { lat: 31.2, lng: 121.4 };

  beforeAll(async () => {
    // Every Redis connection of the app (its own client, the queue, pub/sub) goes through the counting proxy.
    proxy = await startRedisProxy();
    // No job workers, as in the benches (RUN_JOBS=false): what a request and the relay do, not what jobs do later.
    t = await startTestApp({ env: { REDIS_URL: proxy.url() }, redisUrl: proxy.url(), jobs: false });
    await enableWalCounting(t);
    shopper = await t.newShopper();
    store = (await makeStore(t.em(), { lat: 31.2, lng: 121.4115, deliveryRadiusM: 5000 })).id;
    skus = await makeSkus(t.em(), 3, 1250);
    for (const sku of skus) await setStock(t.em(), store, sku, 1000);
  });
  afterAll(async () => {
    await t?.close();
    await proxy?.close();
  });

  const lines = () => skus.map((skuId, i) => ({ skuId, quantity: 1 + (i % 2) }));

  /** The first of a kind warms what a running API has warm (the price book, plans); the second is counted. */
  async function secondCosts(input: () => CheckoutInput) {
    await placeCheckout(t, input(), shopper.token);
    return measureOp(t, proxy, () => placeCheckout(t, input(), shopper.token));
  }

  it('a 3-line pickup checkout stays within its budget', async () => {
    expectWithinBudget('checkout, pickup, 3 lines', await secondCosts(() => pickupInput(store, lines())));
  });

  it('a 3-line delivery checkout (routed) stays within its budget', async () => {
    expectWithinBudget('checkout, delivery, 3 lines', await secondCosts(() => deliveryInput(home.lat, home.lng, lines())));
  });

  it('prices a cart at another store from the book: a SKU no store prices on its own costs the same everywhere', async () => {
    const other = (await makeStore(t.em(), { lat: 31.2, lng: 121.42, deliveryRadiusM: 5000 })).id;
    for (const sku of skus) await setStock(t.em(), other, sku, 1000);
    await placeCheckout(t, pickupInput(store, lines()), shopper.token);
    const priceReads: unknown[][] = [];
    const unwatch = watchStatements((s) => {
      if (/SELECT 'sku' AS kind/.test(s.text)) priceReads.push(s.values ?? []);
    });
    try {
      await placeCheckout(t, pickupInput(other, lines()), shopper.token);
    } finally {
      unwatch();
    }
    // One read, for the store's terms (a store not seen before); no SKU's price is read again (no pairs bound).
    expect(priceReads).toEqual([[expect.any(String), '{}', '{}', `{${other}}`]]);
  });

  it('a 3-line pickup checkout with a coupon and a 满减 stays within its budget', async () => {
    // A store of its own, so the 满减 touches no other case's cart; two coupons (the first checkout warms).
    const shop = (await makeStore(t.em(), { lat: 31.2, lng: 121.412, deliveryRadiusM: 5000 })).id;
    for (const sku of skus) await setStock(t.em(), shop, sku, 1000);
    await launchPromotion(t, [shop], {
      kind: 'FULL_REDUCTION',
      name: '满20减2',
      tiers: [{ thresholdFen: 2_000, offFen: 200 }],
      budgetFen: 100_000,
    });
    const tpl = await launchPromotion(t, [shop], { name: '无门槛减1元', couponKind: 'AMOUNT_OFF', offFen: 100, perUserLimit: 2 });
    const coupons = [await claimedCoupon(t, tpl, shopper.token), await claimedCoupon(t, tpl, shopper.token)];
    const costs = await secondCosts(() => pickupInput(shop, lines(), { couponId: coupons.pop()! }));
    expectWithinBudget('checkout, pickup, 3 lines, a coupon and a 满减', costs);
  });

  const readyForPickup = async () => {
    const placed = await placeCheckout(t, pickupInput(store, lines()), shopper.token);
    await pay(t, placed.checkout.id, shopper.token);
    const orderId = placed.orders[0]!.id;
    for (const event of ['ACCEPT', 'MARK_READY'] as const) await t.ok(AdvanceOrderDocument, { orderId, event }, t.tokens.clerk(store));
    return { orderId, code: (await t.ok(OrderPickupCodeDocument, { id: orderId }, shopper.token)).order!.pickupCode!.code };
  };
  const verify = async (code: string) => {
    const { verifyPickup } = await t.ok(VerifyPickupDocument, { input: { code } }, t.tokens.clerk(store));
    if (verifyPickup.__typename !== 'PickupVerified') throw new Error(`not handed over: ${JSON.stringify(verifyPickup)}`);
  };

  it('a pickup verification with the typed code stays within its budget', async () => {
    await verify((await readyForPickup()).code);
    const { code } = await readyForPickup();
    expectWithinBudget('pickup verification, typed code', await measureOp(t, proxy, () => verify(code)));
  });

  it('a hand-over locks neither the shopper nor the checkout: what it writes names them without a foreign key (20261207f-pickup-keys)', async () => {
    const { orderId, code } = await readyForPickup();
    // A key check locks its parent FOR KEY SHARE, which stamps the row's xmax; the hand-over writes neither row.
    const stamps = async () =>
      (
        await query<{ shopper: string; checkout: string; sharing: number }>(
          t.em(),
          `SELECT s.xmax::text AS shopper, c.xmax::text AS checkout,
                  (SELECT count(*)::int FROM profit_sharing_order p WHERE p.order_id = o.id) AS sharing
           FROM customer_order o JOIN shopper s ON s.id = o.shopper_id JOIN checkout c ON c.id = o.checkout_id WHERE o.id = :o::uuid`,
          { o: orderId },
        )
      )[0]!;
    const before = await stamps();
    await verify(code);
    const after = await stamps();
    // The hand-over did write what named them: the points award (shopper) and the profit-sharing row (checkout).
    expect(after.sharing).toBe(1);
    expect({ shopper: after.shopper, checkout: after.checkout }).toEqual({ shopper: before.shopper, checkout: before.checkout });
  });

  it('a hand-over names the cluster of the stock, ledger and profit-sharing rows it writes: no cluster trigger has to look it up', async () => {
    const { orderId, code } = await readyForPickup();
    const tables = ['stock_movement', 'ledger_posting', 'ledger_entry', 'profit_sharing_order'];
    // With the triggers off, a row whose INSERT left cluster_id out would break its NOT NULL and the hand-over with it.
    for (const table of tables) await query(t.em(), `ALTER TABLE ${table} DISABLE TRIGGER ${table}_cluster`, {});
    try {
      await verify(code);
    } finally {
      for (const table of tables) await query(t.em(), `ALTER TABLE ${table} ENABLE TRIGGER ${table}_cluster`, {});
    }
    const clusters = await query<{ cluster_id: string }>(
      t.em(),
      `SELECT DISTINCT cluster_id FROM (
         SELECT cluster_id FROM ledger_entry WHERE order_id = :o::uuid UNION ALL
         SELECT cluster_id FROM ledger_posting WHERE order_id = :o::uuid UNION ALL
         SELECT cluster_id FROM profit_sharing_order WHERE order_id = :o::uuid UNION ALL
         SELECT cluster_id FROM customer_order WHERE id = :o::uuid) x`,
      { o: orderId },
    );
    expect(clusters).toHaveLength(1);
  });

  /** Statements after the first that moves the order (its step) that read the order's row again. */
  const rereadsAfterStep = (statements: string[]) => {
    const moved = statements.findIndex((s) => /UPDATE customer_order SET/.test(s));
    if (moved < 0) throw new Error(`no step among: ${statements.join('\n')}`);
    return statements.slice(moved + 1).filter((s) => /\b(FROM|JOIN)\s+customer_order\b/i.test(s));
  };

  it('hands the order a step moved to its listeners and its answer (hand-over, refund): nothing reads the order again', async () => {
    await verify((await readyForPickup()).code);
    const { orderId, code } = await readyForPickup();
    // The ledger's posting, points, the pickup code's end, the answer: none goes back to the order's row.
    expect(rereadsAfterStep((await measureOp(t, proxy, () => verify(code))).statementTexts)).toEqual([]);
    // A refund after the hand-over: the step, the refund row, the ledger's difference, points taken back.
    const refund = () => t.ok(RefundOrderDocument, { input: { orderId, reason: 'damaged' } }, t.tokens.clerk(store));
    expect(rereadsAfterStep((await measureOp(t, proxy, refund)).statementTexts)).toEqual([]);
  });

  // Last: from here on every shopper of this app is a member (the chain has levels), which every checkout then reads.
  it('a 3-line pickup checkout of a member with the points switch on stays within its budget', async () => {
    const level = {
      name: '会员',
      growthThreshold: 0,
      memberPriceBp: 500,
      pointsMultiplierBp: 10_000,
      funder: 'HQ' as const,
      monthlyCouponId: null,
    };
    await t.ok(SetMemberLevelsDocument, { levels: [level] }, t.tokens.hq());
    const costs = await secondCosts(() => ({ ...pickupInput(store, lines()), usePoints: true }));
    expectWithinBudget('checkout, pickup, 3 lines, a member with the points switch on', costs);
  });
});
