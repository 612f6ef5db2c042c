// The counter sale (收银): a clerk rings up goods at their store, optionally for a scanned member, and takes cash, a
// card or the shopper's WeChat payment code. Asserted as the store and the customer see it: the order completed,
// the stock left, the change, the points, the ledger, the money WeChat kept; and that a refused sale changes nothing.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CounterQuoteDocument,
  CounterSaleDocument,
  MyCouponsDocument,
  RefundOrderDocument,
  ScanCounterMemberDocument,
  type CounterSaleInput,
  type CounterSaleMutation,
} from './generated/graphql';
import { makeSkus, makeStore, setStock } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import { freshMemberCode } from './member-codes';
import { count, eventually, sandbox, stockOf } from './orders-helpers';
import { claimedCoupon, launchPromotion } from './promotion-helpers';

type SaleAnswer = CounterSaleMutation['counterSale'];

describe('counter sale', () => {
  let t: TestApp;
  let store: string;
  let other: string;
  let skus: string[];
  const line = (skuId: string, quantity = 1) => ({ skuId, quantity });

  beforeAll(async () => {
    t = await startTestApp({ jobs: true });
    store = (await makeStore(t.em(), { lat: 31.25, lng: 121.455 })).id;
    other = (await makeStore(t.em(), { lat: 31.26, lng: 121.456 })).id;
    skus = await makeSkus(t.em(), 6, 1500);
    for (const sku of skus) await setStock(t.em(), store, sku, 100);
  });
  afterAll(() => t?.close());

  const clerk = () => t.tokens.clerk(store);
  const sell = async (
    input: Partial<CounterSaleInput> & Pick<CounterSaleInput, 'lines' | 'payment'>,
    token = clerk(),
  ): Promise<SaleAnswer> => {
    const expectedTotalFen = input.expectedTotalFen ?? (await total(input, token));
    return (
      await t.ok(
        CounterSaleDocument,
        { input: { idempotencyKey: `c-${randomUUID()}`, expectedTotalFen, ...input } as CounterSaleInput },
        token,
      )
    ).counterSale;
  };
  const quote = async (input: Pick<CounterSaleInput, 'lines'> & Partial<CounterSaleInput>, token = clerk()) => {
    const { counterQuote } = await t.ok(
      CounterQuoteDocument,
      { input: { lines: input.lines, memberToken: input.memberToken, couponId: input.couponId, usePoints: input.usePoints } },
      token,
    );
    if (counterQuote.__typename !== 'CheckoutQuote') throw new Error(JSON.stringify(counterQuote));
    return counterQuote;
  };
  const total = async (input: Pick<CounterSaleInput, 'lines'> & Partial<CounterSaleInput>, token = clerk()) =>
    (await quote(input, token)).totalFen;
  const done = (a: SaleAnswer) => {
    if (a.__typename !== 'CounterSaleDone') throw new Error(JSON.stringify(a));
    return a;
  };
  const member = async (token: string, at = store) => {
    const { scanCounterMember } = await t.ok(
      ScanCounterMemberDocument,
      { memberCode: await freshMemberCode(t, token) },
      t.tokens.clerk(at),
    );
    if (scanCounterMember.__typename !== 'CounterMember') throw new Error(JSON.stringify(scanCounterMember));
    return scanCounterMember;
  };
  /** What a refused sale must leave as it was: stock, checkouts, coupons, points. */
  const snapshot = async () => ({
    stock: await Promise.all(skus.map((k) => stockOf(t, store, k))),
    checkoutsLive: await count(t, `SELECT count(*) AS n FROM checkout WHERE state <> 'CANCELLED'`),
    couponsTaken: await count(t, `SELECT count(*) AS n FROM coupon WHERE state <> 'AVAILABLE'`),
    points: await count(t, `SELECT coalesce(sum(points), 0) AS n FROM points_entry`),
  });

  it('sells to a walk-in customer for cash: change, stock taken, completed at once, ledger posted; a retry is the same sale', async () => {
    const before = await stockOf(t, store, skus[0]!);
    const lines = [line(skus[0]!, 2), line(skus[1]!)];
    const q = await quote({ lines });
    expect(q).toMatchObject({ goodsFen: 4500, discountFen: 0, totalFen: 4500 });
    const key = `c-${randomUUID()}`;
    const sale = done(await sell({ idempotencyKey: key, lines, payment: { method: 'CASH', tenderedFen: 5000 } }));
    expect(sale).toMatchObject({ tender: 'CASH', tenderedFen: 5000, changeFen: 500, memberPoints: null, replayed: false });
    expect(sale.order).toMatchObject({ state: 'COMPLETED', goodsFen: 4500, totalFen: 4500 });
    expect(await stockOf(t, store, skus[0]!)).toEqual({ onHand: before!.onHand - 2, reserved: 0 });
    const log = await t
      .em()
      .execute(`SELECT event, to_state FROM order_transition WHERE order_id = '${sale.order.id}' ORDER BY at, to_state DESC`);
    // One transaction, one timestamp: the log's rows, in any order.
    expect(log.map((r) => `${r.event}>${r.to_state}`).sort()).toEqual([
      'COMPLETE>COMPLETED',
      'COUNTER_SALE>PICKED_UP',
      'PLACE>PENDING_PAYMENT',
    ]);
    // The sale is posted to the ledger like any hand-over: every posting balances, the clearing account holds what was paid.
    expect(await count(t, `SELECT count(*) AS n FROM ledger_posting WHERE order_id = :o::uuid`, { o: sale.order.id })).toBe(1);
    expect(
      await count(t, `SELECT coalesce(sum(amount_fen), 0) AS n FROM ledger_entry WHERE order_id = :o::uuid`, { o: sale.order.id }),
    ).toBe(0);
    // The tablet lost the answer and asks again: the same sale, nothing taken twice.
    const again = done(await sell({ idempotencyKey: key, lines, payment: { method: 'CASH', tenderedFen: 5000 } }));
    expect(again).toMatchObject({ replayed: true, changeFen: 500, order: { id: sale.order.id } });
    expect(await stockOf(t, store, skus[0]!)).toEqual({ onHand: before!.onHand - 2, reserved: 0 });
  });

  it("prices a member's cart with their counter coupon and points, earns them points, and refunds a line exactly", async () => {
    const shopper = await t.newShopper();
    // An earlier purchase earns the points (1 per whole yuan paid).
    const first = done(
      await sell({ lines: [line(skus[2]!, 10)], memberToken: (await member(shopper.token)).memberToken, payment: { method: 'CARD' } }),
    );
    expect(first.memberPoints).toBe(150);
    const counterCoupon = await launchPromotion(t, [], {
      name: '门店立减',
      couponKind: 'AMOUNT_OFF',
      thresholdFen: 0,
      offFen: 300,
      channel: 'COUNTER',
    });
    const onlineCoupon = await launchPromotion(t, [], {
      name: '线上券',
      couponKind: 'AMOUNT_OFF',
      thresholdFen: 0,
      offFen: 500,
      channel: 'ONLINE',
    });
    const couponId = await claimedCoupon(t, counterCoupon, shopper.token);
    await claimedCoupon(t, onlineCoupon, shopper.token);

    const m = await member(shopper.token);
    expect(m.points).toBe(150);
    const lines = [line(skus[3]!, 2), line(skus[4]!)];
    const offered = await quote({ lines, memberToken: m.memberToken });
    // Only the counter coupon is offered at the counter.
    expect(offered.coupons.map((c) => c.couponId)).toEqual([couponId]);
    const q = await quote({ lines, memberToken: m.memberToken, couponId, usePoints: true });
    expect(q).toMatchObject({ goodsFen: 4500, discountFen: 300, pointsUsed: 150, pointsFen: 150, totalFen: 4050 });
    const sale = done(
      await sell({ lines, memberToken: m.memberToken, couponId, usePoints: true, payment: { method: 'CASH', tenderedFen: 4050 } }),
    );
    expect(sale.order).toMatchObject({ state: 'COMPLETED', goodsFen: 4500, discountFen: 300, pointsFen: 150, totalFen: 4050 });
    expect(sale.order.goodsFen - sale.order.discountFen - sale.order.pointsFen).toBe(sale.order.totalFen);
    // 150 spent, 40 earned.
    expect(sale.memberPoints).toBe(40);
    const coupons = (await t.ok(MyCouponsDocument, {}, shopper.token)).myCoupons;
    expect(coupons.find((c) => c.id === couponId)?.state).toBe('USED');

    // The customer brings one unit back: the existing refund path, the exact share of what that unit paid.
    const [lineRow] = await t.em().execute(`SELECT id FROM order_line WHERE order_id = '${sale.order.id}' AND sku_id = '${skus[4]}'`);
    const refunded = await t.ok(
      RefundOrderDocument,
      { input: { orderId: sale.order.id, lines: [{ lineId: lineRow!.id, quantity: 1 }], reason: '顾客退货' } },
      clerk(),
    );
    expect(refunded.refundOrder.__typename).toBe('CustomerOrder');
    const refund = await eventually(async () => {
      const [r] = await t.em().execute(`SELECT amount_fen, status FROM refund WHERE order_id = '${sale.order.id}'`);
      return r?.status === 'SUCCEEDED' && r;
    });
    // 1500 of goods less its third of the 300 coupon (100) and of the 150 points (50, which go back as points).
    expect(refund.amount_fen).toBe(1350);
    expect(
      await count(t, `SELECT coalesce(sum(points), 0) AS n FROM points_entry WHERE shopper_id = :s::uuid`, { s: shopper.id }),
    ).toBeGreaterThan(40);
  });

  it('refuses bad input with a typed answer and changes nothing', async () => {
    const shopper = await t.newShopper();
    const lines = [line(skus[5]!, 2)];
    const before = await snapshot();
    expect(await sell({ lines, payment: { method: 'CASH', tenderedFen: 2999 } })).toMatchObject({
      __typename: 'CashShortError',
      shortFen: 1,
    });
    for (const authCode of ['96123456789012345678', '2812345678901234', '16123', '191234567890123456'])
      expect(await sell({ lines, payment: { method: 'WECHAT_CODE', authCode } })).toMatchObject({ __typename: 'PaymentCodeInvalidError' });
    expect(await sell({ lines, expectedTotalFen: 2000, payment: { method: 'CARD' } })).toMatchObject({
      __typename: 'PriceChangedError',
      totalFen: 3000,
    });
    expect(await sell({ lines: [line(skus[5]!, 101)], expectedTotalFen: 151500, payment: { method: 'CARD' } })).toMatchObject({
      __typename: 'OutOfStockError',
      lines: [{ skuId: skus[5], available: 100 }],
    });
    expect(await sell({ lines: [line(randomUUID())], expectedTotalFen: 100, payment: { method: 'CARD' } })).toMatchObject({
      __typename: 'UnknownSkuError',
    });
    // A member scanned at another store is no member here.
    const elsewhere = await member(shopper.token, other);
    expect(await sell({ lines, memberToken: elsewhere.memberToken, expectedTotalFen: 3000, payment: { method: 'CARD' } })).toMatchObject({
      __typename: 'MemberSessionExpiredError',
    });
    // WeChat refuses the code (not enough balance): the hold is released, nothing was charged.
    expect(await sell({ lines, payment: { method: 'WECHAT_CODE', authCode: '134567890123456993' } })).toMatchObject({
      __typename: 'PaymentDeclinedError',
      reason: 'NOT_ENOUGH',
    });
    expect(await snapshot()).toEqual(before);
    // Only clerks sell.
    expect(
      (
        await t.gql(
          CounterSaleDocument,
          { input: { idempotencyKey: 'k-12345678', lines, expectedTotalFen: 3000, payment: { method: 'CARD' } } },
          shopper.token,
        )
      ).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
  });

  it('sells the last unit once when two counters ring it up at the same moment', async () => {
    const [last] = (await makeSkus(t.em(), 1, 990)) as [string];
    for (let round = 0; round < 5; round++) {
      await setStock(t.em(), store, last, 1);
      const answers = await Promise.all(
        Array.from({ length: 4 }, (_, i) =>
          sell(
            { lines: [line(last)], expectedTotalFen: 990, payment: { method: 'CASH', tenderedFen: 1000 } },
            t.tokens.clerkNamed(store, `counter-${i}`),
          ),
        ),
      );
      expect(answers.filter((a) => a.__typename === 'CounterSaleDone')).toHaveLength(1);
      expect(answers.filter((a) => a.__typename === 'OutOfStockError')).toHaveLength(3);
      expect(await stockOf(t, store, last)).toEqual({ onHand: 0, reserved: 0 });
    }
  });

  it('takes a WeChat payment code: paid at once, or after the shopper confirms (USERPAYING, then query)', async () => {
    const lines = [line(skus[0]!)];
    const now = done(await sell({ lines, payment: { method: 'WECHAT_CODE', authCode: '134567890123456789' } }));
    expect(now).toMatchObject({ tender: 'WECHAT_CODE', changeFen: 0, order: { state: 'COMPLETED', totalFen: 1500 } });
    const confirmed = done(await sell({ lines, payment: { method: 'WECHAT_CODE', authCode: '101234567890123991' } }));
    const [c] = await t
      .em()
      .execute(
        `SELECT c.out_trade_no, c.transaction_id, c.paid_fen FROM checkout c JOIN customer_order o ON o.checkout_id = c.id WHERE o.id = '${confirmed.order.id}'`,
      );
    expect(c!.transaction_id).toBeTruthy();
    expect(c!.paid_fen).toBe(1500);
    expect(await sandbox(t).codeMoney(c!.out_trade_no)).toEqual({ chargedFen: 1500, returnedFen: 0, state: 'SUCCESS' });
    // Taken back whole: the refund goes to WeChat against the code payment's trade.
    const back = await t.ok(RefundOrderDocument, { input: { orderId: now.order.id, reason: '顾客退货' } }, clerk());
    expect(back.refundOrder).toMatchObject({ __typename: 'CustomerOrder', state: 'REFUNDED' });
    await eventually(async () => {
      const [r] = await t.em().execute(`SELECT status, amount_fen FROM refund WHERE order_id = '${now.order.id}'`);
      return r?.status === 'SUCCEEDED' && r.amount_fen === 1500;
    });
  });

  it('reverses a payment code whose answer never comes (timeout, then queries time out), and refuses a forged or replayed payment-code result', async () => {
    const shopper = await t.newShopper();
    const m = await member(shopper.token);
    const lines = [line(skus[1]!, 3)];
    const before = await snapshot();
    const answer = await sell({ lines, memberToken: m.memberToken, payment: { method: 'WECHAT_CODE', authCode: '151234567890123992' } });
    expect(answer).toMatchObject({ __typename: 'PaymentDeclinedError', reason: 'REVERSED' });
    const [c] = await t.em().execute(`SELECT out_trade_no, state, transaction_id FROM checkout WHERE shopper_id = '${shopper.id}'`);
    expect(c).toMatchObject({ state: 'CANCELLED', transaction_id: null });
    // WeChat took 4500 from the shopper and gave exactly 4500 back; we kept nothing, sold nothing.
    expect(await sandbox(t).codeMoney(c!.out_trade_no)).toEqual({ chargedFen: 4500, returnedFen: 4500, state: 'REVOKED' });
    expect(await snapshot()).toEqual(before);
    expect(
      await count(t, `SELECT count(*) AS n FROM refund r JOIN checkout c ON c.id = r.checkout_id WHERE c.shopper_id = :s::uuid`, {
        s: shopper.id,
      }),
    ).toBe(0);
    // An answer that says "paid" for another amount is not trusted: the trade is reversed, the money goes back.
    const cheated = await t.newShopper();
    const forged = await sell({
      lines,
      memberToken: (await member(cheated.token)).memberToken,
      payment: { method: 'WECHAT_CODE', authCode: '131234567890123995' },
    });
    expect(forged).toMatchObject({ __typename: 'PaymentDeclinedError', reason: 'REVERSED' });
    const [f] = await t.em().execute(`SELECT out_trade_no FROM checkout WHERE shopper_id = '${cheated.id}'`);
    expect(await sandbox(t).codeMoney(f!.out_trade_no)).toEqual({ chargedFen: 4500, returnedFen: 4500, state: 'REVOKED' });
    expect(await snapshot()).toEqual(before);
    // A replayed answer: "paid", this amount, but the transaction of an earlier sale. Refused and reversed.
    done(await sell({ lines, payment: { method: 'WECHAT_CODE', authCode: '134567890123456001' } }));
    const replayedBefore = await snapshot();
    const copier = await t.newShopper();
    const replayed = await sell({
      lines,
      memberToken: (await member(copier.token)).memberToken,
      payment: { method: 'WECHAT_CODE', authCode: '131234567890123996' },
    });
    expect(replayed).toMatchObject({ __typename: 'PaymentDeclinedError', reason: 'REVERSED' });
    const [r] = await t.em().execute(`SELECT out_trade_no, state, transaction_id FROM checkout WHERE shopper_id = '${copier.id}'`);
    expect(r).toMatchObject({ state: 'CANCELLED', transaction_id: null });
    expect(await sandbox(t).codeMoney(r!.out_trade_no)).toEqual({ chargedFen: 4500, returnedFen: 4500, state: 'REVOKED' });
    expect(await snapshot()).toEqual(replayedBefore);
    // A shopper who never confirms: the first reverse is "try again", the second closes it; nothing was charged.
    const unsure = await sell({ lines, payment: { method: 'WECHAT_CODE', authCode: '121234567890123994' } });
    expect(unsure).toMatchObject({ __typename: 'PaymentDeclinedError', reason: 'REVERSED' });
    expect(await snapshot()).toEqual(replayedBefore);
  });
});
