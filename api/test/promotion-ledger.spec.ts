// Who pays, end to end: an HQ-funded 满减 and a store-funded coupon on a paid, collected order; the settlement report
// shows each funder's cost to the fen, the store is settled on the list price less only what it funds, and refunds
// take back exactly the refunded units' share of each cost.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AdvanceOrderDocument,
  CreateSplitRuleSetDocument,
  DashboardDocument,
  PromotedCheckoutDocument,
  PublishSplitRuleSetDocument,
  RefreshDashboardDocument,
  RefundOrderDocument,
  SettlementReportDocument,
} from './generated/graphql';
import { makeSkus, makeStore, setStock } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import { claimedCoupon, launchPromotion } from './promotion-helpers';
import { handOverPickup, pay, pickupInput } from './orders-helpers';
import { query } from '../src/common/sql';

describe('promotion cost in the ledger', () => {
  let t: TestApp;
  let store: string;
  let skus: string[];

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-12-02T04:00:00Z', env: { PAYMENT_FEE_BP: '0' } });
    store = (await makeStore(t.em(), { lat: 31.2, lng: 121.41 })).id;
    skus = await makeSkus(t.em(), 2, 1250);
    for (const sku of skus) await setStock(t.em(), store, sku, 100);
    const { createSplitRuleSet } = await t.ok(
      CreateSplitRuleSetDocument,
      { input: { name: '门店 20%', rules: [{ name: 'default', fulfillingStoreBp: 2000, referringStoreBp: 0, priority: 0 }] } },
      t.tokens.hq(),
    );
    if (createSplitRuleSet.__typename !== 'SplitRuleSet') throw new Error(JSON.stringify(createSplitRuleSet));
    const { publishSplitRuleSet } = await t.ok(PublishSplitRuleSetDocument, { id: createSplitRuleSet.id }, t.tokens.hq());
    expect(publishSplitRuleSet.__typename).toBe('SplitRuleSet');
  });
  afterAll(() => t?.close());

  const report = async () =>
    (await t.ok(SettlementReportDocument, { from: '2026-12-01', to: '2026-12-03', storeId: store }, t.tokens.hq())).settlementReport
      .stores[0]!;
  const promoBalances = async (orderId: string) =>
    Object.fromEntries(
      (
        await query<{ k: string; n: string }>(
          t.em(),
          `SELECT account || ':' || role AS k, sum(amount_fen) AS n FROM ledger_entry
           WHERE order_id = :o::uuid AND (role LIKE 'PROMO%' OR role = 'POINTS_COST') GROUP BY 1`,
          { o: orderId },
        )
      ).map((r) => [r.k, Number(r.n)]),
    );

  it('posts each discount to its funder, settles the store on list price less what it funds, and reverses refunded shares', async () => {
    await launchPromotion(t, [store], {
      kind: 'FULL_REDUCTION',
      name: '满100减10',
      tiers: [{ thresholdFen: 10_000, offFen: 1_000 }],
      funder: 'HQ',
    });
    const tpl = await launchPromotion(t, [store], {
      name: '满50减5',
      couponKind: 'AMOUNT_OFF',
      thresholdFen: 5_000,
      offFen: 500,
      funder: 'STORE',
      totalLimit: 10,
    });
    const shopper = await t.newShopper();
    const coupon = await claimedCoupon(t, tpl, shopper.token);
    const { checkout: c } = await t.ok(
      PromotedCheckoutDocument,
      {
        input: pickupInput(
          store,
          [
            { skuId: skus[0]!, quantity: 3 },
            { skuId: skus[1]!, quantity: 7 },
          ],
          { couponId: coupon },
        ),
      },
      shopper.token,
    );
    if (c.__typename !== 'CheckoutPlaced') throw new Error(JSON.stringify(c));
    // ¥125 of goods, 满减 ¥10 (HQ's) and the coupon ¥5 (the store's): ¥110 paid.
    expect(c.checkout).toMatchObject({ goodsFen: 12_500, discountFen: 1_500, totalFen: 11_000 });
    const orderId = c.orders[0]!.id;
    const lines = c.orders[0]!.lines;
    await pay(t, c.checkout.id, shopper.token);
    for (const event of ['ACCEPT', 'MARK_READY'] as const) await t.ok(AdvanceOrderDocument, { orderId, event }, t.tokens.clerk(store));
    await handOverPickup(t, orderId, store);

    // The store's 20 % of the list price ¥125 (¥25) less the ¥5 it funds: ¥20 = 20 % of the ¥110 paid + 20 % of ¥15 − ¥5.
    expect(await report()).toMatchObject({
      grossFen: 11_000,
      fulfillingShareFen: 2_200,
      hqShareFen: 8_800,
      hqPromotionCostFen: 1_000,
      storePromotionCostFen: 500,
      pointsCostFen: 0,
      storeDiscountShareFen: 300,
      netPayableFen: 2_000,
    });
    expect(await promoBalances(orderId)).toEqual({
      'HQ:PROMO_COST': -1_000,
      'STORE:PROMO_COST': -500,
      'HQ:PROMO_HQ': 1_200,
      'STORE:PROMO_FULFILLING': 300,
    });

    // The dashboard shows the same cost by funder, from the ledger.
    await t.ok(RefreshDashboardDocument, {}, t.tokens.hq());
    const { dashboard } = await t.ok(DashboardDocument, { from: '2026-12-01', to: '2026-12-03', storeId: store }, t.tokens.hq());
    expect(dashboard.totals).toMatchObject({
      hqPromotionCostFen: 1_000,
      storePromotionCostFen: 500,
      storeShareFen: 2_000,
      hqShareFen: 9_000,
    });

    // One of the 3 units of the first line (its 满减 300 and coupon 150): a third of each goes back.
    await t.ok(
      RefundOrderDocument,
      { input: { orderId, reason: 'damaged', lines: [{ lineId: lines[0]!.id, quantity: 1 }] } },
      t.tokens.clerk(store),
    );
    expect(await report()).toMatchObject({
      refundFen: 1_100,
      hqPromotionCostFen: 900,
      storePromotionCostFen: 450,
      storeDiscountShareFen: 270,
      // 20 % of the ¥112.50 of goods left at list price, less the ¥4.50 of the coupon the store still funds.
      netPayableFen: 1_800,
    });

    // Everything back: no promotion cost is left on anyone.
    await t.ok(RefundOrderDocument, { input: { orderId, reason: 'damaged' } }, t.tokens.clerk(store));
    expect(await report()).toMatchObject({ hqPromotionCostFen: 0, storePromotionCostFen: 0, storeDiscountShareFen: 0, netPayableFen: 0 });
    expect(Object.values(await promoBalances(orderId)).every((n) => n === 0)).toBe(true);
  });
});
