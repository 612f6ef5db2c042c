// Referral commission end to end: a buyer bound by a promoter's share pays, the commission accrues frozen at the
// rate HQ set on the net kept, a refund before release reverses exactly, nothing becomes available while a window
// or a case is open, a refund after release books a receivable below zero, and withdrawals never take more than
// is available, however many arrive at once.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../src/common/sql';
import { SandboxTransfers } from '../src/modules/referral/transfer-sandbox';
import { makeSkus, makeStore, setStock } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import { handOverPickup, pay, pickupInput, placeCheckout } from './orders-helpers';
import {
  AdvanceOrderDocument,
  ApproveCommissionWithdrawalDocument,
  BecomePromoterDocument,
  BindReferralDocument,
  CommissionReportDocument,
  DeclineAfterSaleDocument,
  PromoterCentreDocument,
  RefundOrderDocument,
  RejectCommissionWithdrawalDocument,
  ReferralBoundDocument,
  ReleaseDueCommissionsDocument,
  RequestAfterSaleDocument,
  RequestCommissionWithdrawalDocument,
  SetCommissionRuleDocument,
  SetReferralBindDaysDocument,
} from './generated/graphql';

describe('referral commission', () => {
  let t: TestApp;
  let store: string;
  let skuA: string;
  let skuB: string;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-11-18T04:00:00Z' });
    store = (await makeStore(t.em(), { lat: 31.23, lng: 121.47 })).id;
    [skuA] = await makeSkus(t.em(), 1, 500);
    [skuB] = await makeSkus(t.em(), 1, 700);
    for (const sku of [skuA!, skuB!]) await setStock(t.em(), store, sku, 100);
    const [a] = await query<{ category_id: string }>(
      t.em(),
      `SELECT p.category_id FROM sku k JOIN product p ON p.id = k.product_id WHERE k.id = :k::uuid`,
      { k: skuA },
    );
    const [b] = await query<{ product_id: string; category_id: string }>(
      t.em(),
      `SELECT k.product_id, p.category_id FROM sku k JOIN product p ON p.id = k.product_id WHERE k.id = :k::uuid`,
      { k: skuB },
    );
    // A's category earns 10 %; B's category 5 %, but B's product 15 % (the product's rule wins).
    await t.ok(SetCommissionRuleDocument, { input: { categoryId: a!.category_id, rateBp: 1000 } }, t.tokens.hq());
    await t.ok(SetCommissionRuleDocument, { input: { categoryId: b!.category_id, rateBp: 500 } }, t.tokens.hq());
    await t.ok(SetCommissionRuleDocument, { input: { productId: b!.product_id, rateBp: 1500 } }, t.tokens.hq());
    await t.ok(SetReferralBindDaysDocument, { days: 10 }, t.tokens.hq());
  });
  afterAll(async () => t?.close());

  const centre = async (token: string) => (await t.ok(PromoterCentreDocument, {}, token)).promoterCentre!;
  const release = async () => (await t.ok(ReleaseDueCommissionsDocument, {}, t.tokens.hq())).releaseDueCommissions;
  const refund = async (orderId: string, lineId: string, quantity: number) => {
    const { refundOrder } = await t.ok(
      RefundOrderDocument,
      { input: { orderId, lines: [{ lineId, quantity }], reason: 'test' } },
      t.tokens.clerk(store),
    );
    expect(refundOrder.__typename).toBe('CustomerOrder');
  };

  /** Buyer places and pays a pickup order of 3 × A (500) and 2 × B (700), accepted and handed over. */
  async function boughtAndReceived(buyerToken: string) {
    const placed = await placeCheckout(
      t,
      pickupInput(store, [
        { skuId: skuA!, quantity: 3 },
        { skuId: skuB!, quantity: 2 },
      ]),
      buyerToken,
    );
    const order = placed.orders[0]!;
    await pay(t, placed.checkout.id, buyerToken);
    await t.ok(AdvanceOrderDocument, { orderId: order.id, event: 'ACCEPT' }, t.tokens.clerk(store));
    return order;
  }

  it('accrues frozen on the kept net, reverses exactly, releases only after every window and case, then books receivables', async () => {
    const promoter = await t.newShopper();
    const joined = (await t.ok(BecomePromoterDocument, {}, promoter.token)).becomePromoter;
    expect(joined).toMatchObject({ frozenFen: 0, availableFen: 0, buyers: 0, promoter: { kind: 'SHOPPER', state: 'ACTIVE' } });
    expect(joined.sharePath).toContain(joined.promoter.code);
    // Own link: nothing.
    expect((await t.ok(BindReferralDocument, { code: joined.promoter.code }, promoter.token)).bindReferral).toMatchObject({
      refusal: 'SELF_REFERRAL',
    });

    const buyer = await t.newShopper();
    expect((await t.ok(ReferralBoundDocument, {}, buyer.token)).referralBound).toBe(false);
    expect((await t.ok(BindReferralDocument, { code: joined.promoter.code }, buyer.token)).bindReferral).toMatchObject({ bound: true });
    expect((await t.ok(ReferralBoundDocument, {}, buyer.token)).referralBound).toBe(true);
    // A second promoter's link in the window does not take the buyer over.
    const rival = await t.newShopper();
    const rivalCode = (await t.ok(BecomePromoterDocument, {}, rival.token)).becomePromoter.promoter.code;
    expect((await t.ok(BindReferralDocument, { code: rivalCode }, buyer.token)).bindReferral).toMatchObject({ bound: false });

    const order = await boughtAndReceived(buyer.token);
    const [lineA, lineB] = order.lines;
    // 3 × 500 at 10 % = 150; 2 × 700 at 15 % = 210.
    expect(await centre(t.tokens.shopperOf(promoter.id))).toMatchObject({ frozenFen: 360, availableFen: 0, buyers: 1, orders: 1 });
    expect((await centre(t.tokens.shopperOf(rival.id))).frozenFen).toBe(0);

    // Before release: 1 of 3 A back → kept 1000 → earns 100: exactly 50 reversed, still frozen.
    await refund(order.id, lineA!.id, 1);
    expect(await centre(t.tokens.shopperOf(promoter.id))).toMatchObject({ frozenFen: 310, availableFen: 0 });

    await handOverPickup(t, order.id, store);
    const handedAt = t.clock.now();
    expect(await release()).toBe(0);
    // A case filed inside the window holds the release after the window has closed, until it is decided.
    const filed = (
      await t.ok(
        RequestAfterSaleDocument,
        { input: { orderId: order.id, lines: [{ lineId: lineB!.id, quantity: 1 }], reason: 'DAMAGED' } },
        buyer.token,
      )
    ).requestAfterSale;
    if (filed.__typename !== 'AfterSale') throw new Error(JSON.stringify(filed));
    t.clock.set(new Date(handedAt.getTime() + (t.config.shop.afterSaleDays + 1) * 86_400_000));
    expect(await release()).toBe(0);
    expect(await centre(t.tokens.shopperOf(promoter.id))).toMatchObject({ frozenFen: 310, availableFen: 0 });
    await t.ok(DeclineAfterSaleDocument, { id: filed.id, reason: '完好' }, t.tokens.clerk(store));
    expect(await release()).toBe(1);
    expect(await release()).toBe(0);
    expect(await centre(t.tokens.shopperOf(promoter.id))).toMatchObject({ frozenFen: 0, availableFen: 310 });

    // After release: 1 of 2 B back → kept 700 → earns 105: a receivable of 105 against available.
    await refund(order.id, lineB!.id, 1);
    expect(await centre(t.tokens.shopperOf(promoter.id))).toMatchObject({ frozenFen: 0, availableFen: 205 });

    // Ten withdrawals of 150 at once on 205: exactly one is taken.
    const asks = await Promise.all(
      Array.from({ length: 10 }, () => t.ok(RequestCommissionWithdrawalDocument, { amountFen: 150 }, t.tokens.shopperOf(promoter.id))),
    );
    const taken = asks.map((a) => a.requestCommissionWithdrawal).filter((w) => w.__typename === 'CommissionWithdrawal');
    expect(taken).toHaveLength(1);
    expect(
      asks.filter((a) => a.requestCommissionWithdrawal.__typename === 'ReferralError').map((a) => a.requestCommissionWithdrawal),
    ).toEqual(Array.from({ length: 9 }, () => ({ __typename: 'ReferralError', refusal: 'EXCEEDS_AVAILABLE', availableFen: 55 })));
    expect((await centre(t.tokens.shopperOf(promoter.id))).availableFen).toBe(55);

    // Two approvals of it at once: one transfer, one PAID.
    const id = (taken[0] as { id: string }).id;
    const approvals = await Promise.all([0, 1].map(() => t.ok(ApproveCommissionWithdrawalDocument, { id }, t.tokens.hq())));
    const outcomes = approvals.map((a) => a.approveCommissionWithdrawal);
    expect(outcomes.filter((o) => o.__typename === 'CommissionWithdrawal')).toEqual([
      expect.objectContaining({ state: 'PAID', amountFen: 150 }),
    ]);
    expect(outcomes.filter((o) => o.__typename === 'ReferralError')).toEqual([{ __typename: 'ReferralError', refusal: 'ALREADY_DECIDED' }]);
    const transfers = t.runtime.transfers as SandboxTransfers;
    expect(await transfers.calls()).toHaveLength(1);
    expect(await centre(t.tokens.shopperOf(promoter.id))).toMatchObject({ availableFen: 55, withdrawnFen: 150 });

    // A rejected withdrawal gives its money back.
    const ask = (await t.ok(RequestCommissionWithdrawalDocument, { amountFen: 55 }, t.tokens.shopperOf(promoter.id)))
      .requestCommissionWithdrawal;
    if (ask.__typename !== 'CommissionWithdrawal') throw new Error(JSON.stringify(ask));
    expect((await centre(t.tokens.shopperOf(promoter.id))).availableFen).toBe(0);
    expect(
      (await t.ok(RejectCommissionWithdrawalDocument, { id: ask.id, reason: '信息不全' }, t.tokens.hq())).rejectCommissionWithdrawal,
    ).toMatchObject({
      state: 'REJECTED',
    });
    expect((await centre(t.tokens.shopperOf(promoter.id))).availableFen).toBe(55);

    // The last B back: earns 0 on B now, 105 more owed; available goes below zero, never capped at the balance.
    await refund(order.id, lineB!.id, 1);
    expect(await centre(t.tokens.shopperOf(promoter.id))).toMatchObject({ frozenFen: 0, availableFen: -50 });
    const none = (await t.ok(RequestCommissionWithdrawalDocument, { amountFen: 100 }, t.tokens.shopperOf(promoter.id)))
      .requestCommissionWithdrawal;
    expect(none).toMatchObject({ refusal: 'EXCEEDS_AVAILABLE', availableFen: 0 });

    // The ledger's sums are the whole story: commission left = floor(kept × rate) per line.
    const [sum] = await query<{ booked: string }>(
      t.em(),
      `SELECT sum(amount_fen) FILTER (WHERE kind NOT IN ('RELEASE', 'WITHDRAW', 'WITHDRAW_RETURN')) AS booked FROM commission_entry WHERE order_id = :o::uuid`,
      { o: order.id },
    );
    expect(Number(sum!.booked)).toBe(100);
  });

  it("counts a clerk's 导购 sales for them and their store's report", async () => {
    t.clock.set('2026-12-20T04:00:00Z');
    const clerk = t.tokens.clerkNamed(store, 'daogou-li');
    const joined = (await t.ok(BecomePromoterDocument, {}, clerk)).becomePromoter;
    expect(joined.promoter).toMatchObject({ kind: 'CLERK', storeId: store });
    const buyer = await t.newShopper();
    expect((await t.ok(BindReferralDocument, { code: joined.promoter.code }, buyer.token)).bindReferral).toMatchObject({ bound: true });
    await boughtAndReceived(buyer.token);
    expect(await centre(clerk)).toMatchObject({ frozenFen: 360, availableFen: 0, orders: 1, buyers: 1, soldFen: 2900 });
    // Clerks are paid with their wages, not by transfer.
    expect((await t.gql(RequestCommissionWithdrawalDocument, { amountFen: 100 }, clerk)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const report = (await t.ok(CommissionReportDocument, { from: '2026-12-01T00:00:00Z', to: '2027-01-01T00:00:00Z' }, clerk))
      .commissionReport;
    expect(report).toEqual([
      expect.objectContaining({
        storeId: store,
        promoterId: joined.promoter.id,
        kind: 'CLERK',
        orders: 1,
        keptNetFen: 2900,
        commissionFen: 360,
        frozenFen: 360,
      }),
    ]);
  });

  it('random orders and refund sequences: commission = floor(rate × kept net) per line, nothing available before release', async () => {
    const days = t.config.shop.afterSaleDays;
    let day = Date.parse('2027-03-01T04:00:00Z');
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            price: fc.integer({ min: 1, max: 99_999 }),
            quantity: fc.integer({ min: 1, max: 5 }),
            rateBp: fc.integer({ min: 0, max: 5000 }),
          }),
          {
            minLength: 1,
            maxLength: 3,
          },
        ),
        fc.array(fc.record({ line: fc.nat(), k: fc.integer({ min: 1, max: 3 }) }), { maxLength: 5 }),
        fc.nat(5),
        async (specs, refunds, releaseAfter) => {
          day += (days + 2) * 86_400_000;
          t.clock.set(new Date(day));
          const skus: string[] = [];
          for (const s of specs) {
            const [sku] = await makeSkus(t.em(), 1, s.price);
            await setStock(t.em(), store, sku!, 10);
            const [p] = await query<{ product_id: string }>(t.em(), `SELECT product_id FROM sku WHERE id = :k::uuid`, { k: sku });
            await t.ok(SetCommissionRuleDocument, { input: { productId: p!.product_id, rateBp: s.rateBp } }, t.tokens.hq());
            skus.push(sku!);
          }
          const promoter = await t.newShopper();
          const code = (await t.ok(BecomePromoterDocument, {}, promoter.token)).becomePromoter.promoter.code;
          const buyer = await t.newShopper();
          await t.ok(BindReferralDocument, { code }, buyer.token);
          const placed = await placeCheckout(
            t,
            pickupInput(
              store,
              specs.map((s, i) => ({ skuId: skus[i]!, quantity: s.quantity })),
            ),
            buyer.token,
          );
          const order = placed.orders[0]!;
          await pay(t, placed.checkout.id, buyer.token);
          await t.ok(AdvanceOrderDocument, { orderId: order.id, event: 'ACCEPT' }, t.tokens.clerk(store));
          const left = specs.map((s) => s.quantity);
          const refunded = specs.map(() => 0);
          let released = false;
          for (const [i, r] of refunds.entries()) {
            if (i === releaseAfter && !released) {
              await handOverPickup(t, order.id, store);
              t.clock.set(new Date(day + (days + 1) * 86_400_000));
              expect(await release()).toBe(1);
              released = true;
            }
            const line = r.line % specs.length;
            const k = Math.min(r.k, left[line]!);
            if (k === 0 || left.reduce((a, b) => a + b, 0) === k) continue; // keep the order alive: whole refunds end it
            await refund(order.id, order.lines[line]!.id, k);
            left[line]! -= k;
            refunded[line]! += k;
          }
          const figures = await centre(t.tokens.shopperOf(promoter.id));
          const rows = await query<{ order_line_id: string; booked: string }>(
            t.em(),
            `SELECT order_line_id, sum(amount_fen) FILTER (WHERE kind <> 'RELEASE') AS booked FROM commission_entry WHERE order_id = :o::uuid GROUP BY order_line_id`,
            { o: order.id },
          );
          let total = 0;
          specs.forEach((s, i) => {
            const net = s.price * s.quantity;
            const kept = net - Math.floor((net * refunded[i]!) / s.quantity);
            const earns = Math.floor((kept * s.rateBp) / 10000);
            total += earns;
            expect(Number(rows.find((r) => r.order_line_id === order.lines[i]!.id)?.booked ?? 0)).toBe(earns);
          });
          if (released) expect(figures).toMatchObject({ frozenFen: 0, availableFen: total });
          else expect(figures).toMatchObject({ frozenFen: total, availableFen: 0 });
        },
      ),
      { numRuns: 8 },
    );
  });

  it('binds nobody once the window has passed, and the order earns nothing', async () => {
    t.clock.set('2027-01-10T04:00:00Z');
    const promoter = await t.newShopper();
    const code = (await t.ok(BecomePromoterDocument, {}, promoter.token)).becomePromoter.promoter.code;
    const buyer = await t.newShopper();
    await t.ok(BindReferralDocument, { code }, buyer.token);
    t.clock.set('2027-01-21T04:00:00Z'); // 11 days later; the window is 10
    await boughtAndReceived(t.tokens.shopperOf(buyer.id));
    expect(await centre(t.tokens.shopperOf(promoter.id))).toMatchObject({ frozenFen: 0, orders: 0 });
  });
});
