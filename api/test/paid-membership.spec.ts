// 付费会员 over HTTP: HQ sets a plan; the shopper buys it through WeChat Pay (the sandbox), the payment starts the time
// and a second purchase extends it; a repeated notification extends nothing more; HQ's refund gives back the unused
// whole days pro rata, floored to the fen, and ends it; the plan's benefits price a cart online and at the counter,
// the better of plan and level per benefit; the money is HQ's in the ledger and the settlement report.
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { membershipRefundSubmit } from '../src/jobs/membership-refund-submit';
import { query } from '../src/common/sql';
import {
  BuyMembershipPlanDocument,
  CheckoutQuoteDocument,
  CounterQuoteDocument,
  MemberPaidMembershipDocument,
  MyPaidMembershipDocument,
  RefundMembershipDocument,
  SaveMembershipPlanDocument,
  ScanCounterMemberDocument,
  SetMemberLevelsDocument,
  SettlementReportDocument,
  type CheckoutQuoteInput,
  type MembershipPlanInput,
} from './generated/graphql';
import { makeSkus, makeStore, setStock } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import { freshMemberCode } from './member-codes';
import { count, eventually, sandbox } from './orders-helpers';

const DAY = 86_400_000;
const T0 = '2026-11-18T04:00:00Z';

describe('paid membership (付费会员)', () => {
  let t: TestApp;
  let store: string;
  let skuA: string;
  let skuB: string;
  let catB: string;
  let plan: string;

  /** A token issued now: the tests move the clock by days, past any token's hour. */
  const tok = (s: { id: string }) => t.tokens.shopperOf(s.id);
  const savePlan = async (input: MembershipPlanInput) =>
    (await t.ok(SaveMembershipPlanDocument, { input }, t.tokens.hq())).saveMembershipPlan;
  const mine = async (token: string) => (await t.ok(MyPaidMembershipDocument, {}, token)).myMembership;
  const hqView = async (shopperId: string) => (await t.ok(MemberPaidMembershipDocument, { shopperId }, t.tokens.hq())).memberPaidMembership;
  /** Buys the plan and lets WeChat confirm it; answers the prepay id and the purchase id. */
  const buy = async (token: string, planId = plan) => {
    const { buyMembershipPlan: b } = await t.ok(BuyMembershipPlanDocument, { planId }, token);
    if (b.__typename !== 'MembershipPaymentParams') throw new Error(JSON.stringify(b));
    return { prepayId: b.package.replace('prepay_id=', ''), purchaseId: b.purchaseId, totalFen: b.totalFen };
  };
  const buyAndPay = async (token: string, planId = plan) => {
    const b = await buy(token, planId);
    const paid = await sandbox(t).pay(b.prepayId);
    if (!paid.ok || paid.delivery?.status !== 204) throw new Error(`payment not accepted: ${JSON.stringify(paid)}`);
    return b;
  };
  const refund = async (shopperId: string) => (await t.ok(RefundMembershipDocument, { shopperId }, t.tokens.hq())).refundMembership;
  const endsAt = async (purchaseId: string) => {
    const [r] = await query<{ s: Date; e: Date }>(
      t.em(),
      `SELECT starts_at AS s, ends_at AS e FROM membership_purchase WHERE id = :id::uuid`,
      {
        id: purchaseId,
      },
    );
    return { startsAt: new Date(r!.s), endsAt: new Date(r!.e) };
  };

  beforeAll(async () => {
    t = await startTestApp();
    store = (await makeStore(t.em(), { lat: 31.2, lng: 121.41, deliveryRadiusM: 5_000, minOrderFen: 0 })).id;
    [skuA] = (await makeSkus(t.em(), 1, 1_000)) as [string];
    [skuB] = (await makeSkus(t.em(), 1, 2_000)) as [string];
    for (const sku of [skuA, skuB]) await setStock(t.em(), store, sku, 100_000);
    const [row] = await query<{ id: string }>(
      t.em(),
      `SELECT p.category_id AS id FROM sku k JOIN product p ON p.id = k.product_id WHERE k.id = :k::uuid`,
      { k: skuB },
    );
    catB = row!.id;
    plan = (
      await savePlan({
        name: '邻里 Plus 月卡',
        priceFen: 1_990,
        durationDays: 30,
        memberPriceBp: 1_000,
        pointsMultiplierBp: 20_000,
        freeDeliveryThresholdFen: 0,
        onSale: true,
      })
    ).id;
  });
  afterAll(() => t?.close());
  afterEach(() => t.clock.set(T0));

  it('sells a plan through WeChat Pay: the payment starts the time, a second purchase extends it, the money is HQ’s', async () => {
    const shopper = await t.newShopper();
    const before = await mine(tok(shopper));
    expect(before.paid).toBeNull();
    expect(before.plans.map((p) => p.name)).toContain('邻里 Plus 月卡');

    // Not paid yet: nothing runs.
    const unpaid = await buy(tok(shopper));
    expect(unpaid.totalFen).toBe(1_990);
    expect((await mine(tok(shopper))).paid).toBeNull();
    await sandbox(t).pay(unpaid.prepayId);
    const first = await endsAt(unpaid.purchaseId);
    expect(first.startsAt.toISOString()).toBe(new Date(T0).toISOString());
    expect(first.endsAt.getTime() - first.startsAt.getTime()).toBe(30 * DAY);
    expect((await mine(tok(shopper))).paid).toMatchObject({ planName: '邻里 Plus 月卡', memberPriceBp: 1_000, pointsMultiplierBp: 20_000 });

    // Ten days later the shopper buys again: the new time starts where the first ends.
    t.clock.set(new Date(Date.parse(T0) + 10 * DAY));
    const second = await buyAndPay(tok(shopper));
    expect(await endsAt(second.purchaseId)).toEqual({ startsAt: first.endsAt, endsAt: new Date(first.endsAt.getTime() + 30 * DAY) });
    expect(new Date((await mine(tok(shopper))).paid!.endsAt)).toEqual(new Date(first.endsAt.getTime() + 30 * DAY));

    // The ledger: both sales posted against their purchases, balanced, all of it HQ's (no store).
    const ledger = await query<{ role: string; account: string; store_id: string | null; n: string }>(
      t.em(),
      `SELECT role, account, store_id, sum(amount_fen) AS n FROM ledger_entry
       WHERE membership_purchase_id IN (:a::uuid, :b::uuid) GROUP BY 1, 2, 3 ORDER BY 1, 2`,
      { a: unpaid.purchaseId, b: second.purchaseId },
    );
    const fee = Math.floor((1_990 * t.config.paymentFeeBp + 5_000) / 10_000);
    expect(ledger.map((r) => ({ ...r, n: Number(r.n) }))).toEqual(
      [
        { role: 'FEE', account: 'FEE', store_id: null, n: 2 * fee },
        { role: 'GROSS', account: 'CLEARING', store_id: null, n: -2 * 1_990 },
        { role: 'MEMBERSHIP', account: 'HQ', store_id: null, n: 2 * (1_990 - fee) },
      ].filter((r) => r.n !== 0),
    );
    // Settlement shows it as HQ's membership revenue, on the chain's business day of each payment.
    const { settlementReport } = await t.ok(SettlementReportDocument, { from: '2026-11-18', to: '2026-11-28' }, t.tokens.hq());
    expect(settlementReport.membership.map((d) => [d.businessDay, d.purchases, d.grossFen])).toEqual(
      expect.arrayContaining([
        ['2026-11-18', expect.any(Number), expect.any(Number)],
        ['2026-11-28', expect.any(Number), expect.any(Number)],
      ]),
    );
    const day28 = settlementReport.membership.find((d) => d.businessDay === '2026-11-28')!;
    expect(day28).toMatchObject({ purchases: 1, grossFen: 1_990, refundFen: 0, feeFen: fee, hqRevenueFen: 1_990 - fee });
    // The CSV for finance carries those days too (store_code MEMBERSHIP), so each money column sums to the ledger.
    const csv = settlementReport.csv
      .trim()
      .split('\r\n')
      .map((l) => l.split(','));
    expect(csv).toContainEqual([
      'MEMBERSHIP',
      '2026-11-28',
      '1',
      '1990',
      '0',
      String(fee),
      '0',
      '0',
      String(1_990 - fee),
      '0',
      '0',
      '0',
      '0',
      '0',
    ]);
    const column = (name: string) => csv.slice(1).reduce((sum, row) => sum + Number(row[csv[0]!.indexOf(name)]), 0);
    const [sums] = await query<{ gross: string; fee: string; refund: string }>(
      t.em(),
      `SELECT coalesce(-sum(amount_fen) FILTER (WHERE role = 'GROSS'), 0) AS gross, coalesce(sum(amount_fen) FILTER (WHERE role = 'FEE'), 0) AS fee,
              coalesce(sum(amount_fen) FILTER (WHERE role = 'REFUND'), 0) AS refund
       FROM ledger_entry WHERE business_day BETWEEN '2026-11-18' AND '2026-11-28'`,
      {},
    );
    expect(Number(sums!.gross)).toBeGreaterThan(0);
    expect({ gross: column('gross_fen'), fee: column('fee_fen'), refund: column('refund_fen') }).toEqual({
      gross: Number(sums!.gross),
      fee: Number(sums!.fee),
      refund: Number(sums!.refund),
    });
  });

  it('applies one extension however often and however concurrently WeChat repeats the notification', async () => {
    const shopper = await t.newShopper();
    const b = await buy(tok(shopper));
    const paid = await sandbox(t).pay(b.prepayId, { deliver: false });
    if (!paid.ok) throw new Error('not paid');
    const deliveries = await Promise.all([1, 2, 3, 4].map(() => sandbox(t).deliver(paid.notification)));
    expect(deliveries.map((d) => d.status)).toEqual([204, 204, 204, 204]);
    const { startsAt, endsAt: end } = await endsAt(b.purchaseId);
    expect(end.getTime() - startsAt.getTime()).toBe(30 * DAY);
    expect(await count(t, `SELECT count(*) AS n FROM ledger_posting WHERE membership_purchase_id = :p::uuid`, { p: b.purchaseId })).toBe(1);
    const outcomes = await query<{ outcome: string }>(
      t.em(),
      `SELECT outcome FROM payment_event WHERE out_trade_no = :o ORDER BY received_at`,
      {
        o: b.prepayId.replace(/^wx/, ''),
      },
    );
    expect(outcomes.map((o) => o.outcome).sort()).toEqual(['DUPLICATE', 'DUPLICATE', 'DUPLICATE', 'PAID']);
    // A forged amount is refused and extends nothing.
    const forged = sandbox(t).notification(
      {
        ...(await sandbox(t).query(b.prepayId.replace(/^wx/, '')))!,
        amount: { total: 1, payer_total: 1, currency: 'CNY', payer_currency: 'CNY' },
      },
      1,
    );
    expect((await sandbox(t).deliver(forged)).status).toBe(400);
    expect((await endsAt(b.purchaseId)).endsAt).toEqual(end);
  });

  it('refunds pro rata by unused whole days, floored to the fen, and ends the membership at the refund', async () => {
    const price = 1_990;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 29 * DAY }),
        fc.option(fc.integer({ min: 0, max: 40 * DAY }), { nil: undefined }),
        fc.integer({ min: 0, max: 45 * DAY }),
        async (firstAt, secondAfter, refundAfter) => {
          t.clock.set(new Date(Date.parse(T0) + firstAt));
          const shopper = await t.newShopper();
          const bought = [await buyAndPay(tok(shopper))];
          if (secondAfter !== undefined) {
            t.clock.set(new Date(t.clock.now().getTime() + secondAfter));
            bought.push(await buyAndPay(tok(shopper)));
          }
          const windows = await Promise.all(bought.map((b) => endsAt(b.purchaseId)));
          const refundAt = new Date(t.clock.now().getTime() + refundAfter);
          t.clock.set(refundAt);
          // The oracle, apart from the code: each purchase still running gives back price × unused days / 30, floored.
          const expected = windows
            .filter((w) => w.endsAt > refundAt)
            .map((w) => {
              const used = Math.min(30, Math.max(0, Math.ceil((refundAt.getTime() - w.startsAt.getTime()) / DAY)));
              return Number((BigInt(price) * BigInt(30 - used)) / 30n);
            });
          const answer = await refund(shopper.id);
          if (expected.length === 0) {
            expect(answer.__typename).toBe('NothingToRefundError');
            return;
          }
          if (answer.__typename !== 'MembershipRefunded') throw new Error(JSON.stringify(answer));
          expect(answer.refundedFen).toBe(expected.reduce((a, b) => a + b, 0));
          expect(answer.purchases.map((p) => p.refundedFen).sort()).toEqual([...expected].sort());
          // It ended at the refund: no benefits now, and no second refund.
          expect((await mine(tok(shopper))).paid).toBeNull();
          expect((await refund(shopper.id)).__typename).toBe('NothingToRefundError');
          // WeChat got exactly those amounts back; the ledger keeps only the kept part, to the fen.
          for (const p of answer.purchases) {
            const trade = await query<{ out_trade_no: string; out_refund_no: string }>(
              t.em(),
              `SELECT out_trade_no, out_refund_no FROM membership_purchase WHERE id = :id::uuid`,
              { id: p.id },
            );
            const kept = await count(
              t,
              `SELECT coalesce(-sum(amount_fen), 0) AS n FROM ledger_entry WHERE membership_purchase_id = :p::uuid AND account = 'CLEARING'`,
              { p: p.id },
            );
            expect(kept).toBe(price - p.refundedFen);
            if (p.refundedFen > 0) {
              // The refund is asked of WeChat by its job (recorded with the refund, relayed by the outbox): run here.
              await eventually(() => t.runtime.jobs.find('membership-refund-submit', { purchaseId: p.id }));
              await membershipRefundSubmit({ purchaseId: p.id }, { ...t.runtime, em: t.em() as EntityManager });
              const refunds = await t.redis.keys(`*:refunds:${trade[0]!.out_trade_no}`);
              expect(Number(await t.redis.hget(refunds[0]!, trade[0]!.out_refund_no))).toBe(p.refundedFen);
            }
          }
          const view = await hqView(shopper.id);
          expect(view.current).toBeNull();
          expect(view.refundableFen).toBe(0);
        },
      ),
      { numRuns: 12 },
    );
  });

  it('prices with the plan’s benefits online and at the counter: the better of plan and level per benefit', async () => {
    // Levels: everyone gets 5 % off, and 20 % off category B; the plan gives 10 % off everything.
    await t.ok(
      SetMemberLevelsDocument,
      {
        levels: [
          {
            name: '普通会员',
            growthThreshold: 0,
            memberPriceBp: 500,
            categoryPrices: [{ categoryId: catB, offBp: 2_000 }],
            pointsMultiplierBp: 10_000,
            funder: 'STORE',
          },
        ],
      },
      t.tokens.hq(),
    );
    const shopper = await t.newShopper();
    const lines = [
      { skuId: skuA, quantity: 3 },
      { skuId: skuB, quantity: 1 },
    ];
    const online = async () => {
      const input: CheckoutQuoteInput = { lines, fulfilment: 'PICKUP', storeId: store };
      const q = (await t.ok(CheckoutQuoteDocument, { input }, tok(shopper))).checkoutQuote;
      if (q.__typename !== 'CheckoutQuote') throw new Error(JSON.stringify(q));
      return q;
    };
    const atCounter = async () => {
      const { scanCounterMember: m } = await t.ok(
        ScanCounterMemberDocument,
        { memberCode: await freshMemberCode(t, tok(shopper)) },
        t.tokens.clerk(store),
      );
      if (m.__typename !== 'CounterMember') throw new Error(JSON.stringify(m));
      const { counterQuote: q } = await t.ok(CounterQuoteDocument, { input: { lines, memberToken: m.memberToken } }, t.tokens.clerk(store));
      if (q.__typename !== 'CheckoutQuote') throw new Error(JSON.stringify(q));
      return q;
    };
    // Level only: A at 950 × 3, B at 1600.
    expect((await online()).totalFen).toBe(950 * 3 + 1_600);
    expect((await atCounter()).totalFen).toBe(950 * 3 + 1_600);

    await buyAndPay(tok(shopper));
    // With the plan: A at the plan's 900 (better than 950), B keeps the level's 1600 (better than the plan's 1800).
    const q = await online();
    expect(q.totalFen).toBe(900 * 3 + 1_600);
    const lineA = q.orders[0]!.lines.find((l) => l.skuId === skuA)!;
    expect(lineA.adjustments).toEqual([
      expect.objectContaining({
        kind: 'MEMBER_PRICE',
        promotionName: '邻里 Plus 月卡',
        amountFen: 300,
        funder: expect.objectContaining({ kind: 'HQ' }),
      }),
    ]);
    const lineB = q.orders[0]!.lines.find((l) => l.skuId === skuB)!;
    expect(lineB.adjustments).toEqual([expect.objectContaining({ kind: 'MEMBER_PRICE', promotionName: '普通会员', amountFen: 400 })]);
    expect((await atCounter()).totalFen).toBe(900 * 3 + 1_600);

    // Refunded: back to the level's prices at once, online and at the counter.
    await refund(shopper.id);
    expect((await online()).totalFen).toBe(950 * 3 + 1_600);
    expect((await atCounter()).totalFen).toBe(950 * 3 + 1_600);
    await t.ok(SetMemberLevelsDocument, { levels: [] }, t.tokens.hq());
  });

  it('lets only HQ set plans and refund, and refuses a plan that is off sale', async () => {
    const shopper = await t.newShopper();
    expect((await t.gql(RefundMembershipDocument, { shopperId: shopper.id }, t.tokens.clerk(store))).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    const off = await savePlan({
      name: '旧年卡',
      priceFen: 9_900,
      durationDays: 365,
      memberPriceBp: 0,
      pointsMultiplierBp: 10_000,
      onSale: false,
    });
    const { buyMembershipPlan } = await t.ok(BuyMembershipPlanDocument, { planId: off.id }, tok(shopper));
    expect(buyMembershipPlan).toMatchObject({ errorCode: 'MEMBERSHIP_PLAN_NOT_FOUND' });
    expect((await mine(tok(shopper))).plans.map((p) => p.name)).not.toContain('旧年卡');
  });
});
