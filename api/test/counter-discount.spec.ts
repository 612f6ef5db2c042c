// Clerk discounts (改价, 整单折扣) at the counter and the counter refund (收银退货), as the store, HQ and the ledger
// see them: only with HQ's grant and within its cap (else a typed refusal and nothing changes), funded by the store,
// audited; a refund of chosen units gives back exactly each unit's share, the way the sale was paid, goods on hand.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CounterQuoteDocument,
  CounterRefundDocument,
  CounterSaleByReceiptDocument,
  CounterSaleDocument,
  CreateStaffMemberDocument,
  LoginStaffDocument,
  MemberTimelineDocument,
  ScanCounterMemberDocument,
  SetStaffDiscountGrantDocument,
  StaffAuditLogDocument,
  type CounterCartInput,
  type CounterSaleInput,
  type CounterSaleMutation,
} from './generated/graphql';
import { makeSkus, makeStore, setStock } from './fixtures';
import { freshMemberCode } from './member-codes';
import { startTestApp, type TestApp } from './harness';
import { count, eventually, stockOf } from './orders-helpers';

type SaleAnswer = CounterSaleMutation['counterSale'];

describe('clerk discounts and the counter refund', () => {
  let t: TestApp;
  let store: string;
  let skus: string[];
  let granted: { id: string; token: string; name: string };
  let plain: { id: string; token: string; name: string };

  const staff = async (username: string) => {
    const { createStaff } = await t.ok(
      CreateStaffMemberDocument,
      { input: { username, displayName: username, password: 'linli-test-password', role: 'CLERK', storeId: store } },
      t.tokens.hq(),
    );
    if (createStaff.__typename !== 'StaffMember') throw new Error(JSON.stringify(createStaff));
    const { loginStaff } = await t.ok(LoginStaffDocument, { username, password: 'linli-test-password' });
    if (loginStaff.__typename !== 'AuthPayload') throw new Error(JSON.stringify(loginStaff));
    const token = loginStaff.token;
    return { id: createStaff.id, token, name: username };
  };

  beforeAll(async () => {
    t = await startTestApp({ jobs: true });
    store = (await makeStore(t.em(), { lat: 31.27, lng: 121.465 })).id;
    skus = await makeSkus(t.em(), 3, 1000);
    for (const sku of skus) await setStock(t.em(), store, sku, 50);
    granted = await staff(`clerk-d-${randomUUID().slice(0, 8)}`);
    plain = await staff(`clerk-p-${randomUUID().slice(0, 8)}`);
    // HQ grants one clerk discounts up to 20 % of the goods and ¥10 a sale.
    const { setStaffDiscountGrant } = await t.ok(
      SetStaffDiscountGrantDocument,
      { staffId: granted.id, grant: { maxBp: 2000, maxFen: 1000 } },
      t.tokens.hq(),
    );
    expect(setStaffDiscountGrant).toMatchObject({ discountGrant: { maxBp: 2000, maxFen: 1000 } });
  });
  afterAll(() => t?.close());

  const quote = async (cart: CounterCartInput, token: string) => (await t.ok(CounterQuoteDocument, { input: cart }, token)).counterQuote;
  const sell = async (cart: CounterCartInput & Partial<CounterSaleInput>, token: string): Promise<SaleAnswer> => {
    const q = await quote(cart, token);
    const expectedTotalFen = q.__typename === 'CheckoutQuote' ? q.totalFen : 1;
    const input = {
      idempotencyKey: `d-${randomUUID()}`,
      expectedTotalFen,
      payment: { method: 'CASH' as const, tenderedFen: 100_000 },
      ...cart,
    };
    return (await t.ok(CounterSaleDocument, { input }, token)).counterSale;
  };
  const snapshot = async () => ({
    stock: await Promise.all(skus.map((k) => stockOf(t, store, k))),
    checkouts: await count(t, `SELECT count(*) AS n FROM checkout WHERE state <> 'CANCELLED'`),
    audit: await count(t, `SELECT count(*) AS n FROM staff_audit WHERE action IN ('CLERK_PRICE', 'CLERK_DISCOUNT')`),
  });

  it('refuses 改价 and 整单折扣 without HQ’s grant, and over its cap; nothing changes', async () => {
    const before = await snapshot();
    const lines = [{ skuId: skus[0]!, quantity: 2 }];
    const cut = { linePrices: [{ skuId: skus[0]!, unitPriceFen: 900, reason: '临期' }] };
    expect(await quote({ lines, ...cut }, plain.token)).toMatchObject({
      __typename: 'ClerkDiscountRefusedError',
      problem: 'NO_PERMISSION',
    });
    expect(await sell({ lines, ...cut }, plain.token)).toMatchObject({ __typename: 'ClerkDiscountRefusedError', problem: 'NO_PERMISSION' });
    // 20 % of ¥20 is ¥4: a ¥5 整单折扣 passes it (and ¥10).
    const over = { orderDiscount: { offFen: 500, reason: '老顾客' } };
    expect(await quote({ lines, ...over }, granted.token)).toMatchObject({ problem: 'OVER_CAP', capFen: 400, askedFen: 500 });
    expect(await sell({ lines, ...over }, granted.token)).toMatchObject({ problem: 'OVER_CAP', capFen: 400, askedFen: 500 });
    // HQ withdraws the grant: refused at once.
    const other = await staff(`clerk-w-${randomUUID().slice(0, 8)}`);
    await t.ok(SetStaffDiscountGrantDocument, { staffId: other.id, grant: { maxFen: 500 } }, t.tokens.hq());
    await t.ok(SetStaffDiscountGrantDocument, { staffId: other.id, grant: null }, t.tokens.hq());
    expect(await sell({ lines, ...cut }, other.token)).toMatchObject({ problem: 'NO_PERMISSION' });
    expect(await snapshot()).toEqual(before);
  });

  it('sells with 改价 and 整单折扣 within the cap: the store funds them, the audit log says who, what and why; a unit refunds exactly', async () => {
    const lines = [
      { skuId: skus[1]!, quantity: 3 },
      { skuId: skus[2]!, quantity: 2 },
    ];
    // ¥50 of goods: 改价 ¥10 → ¥9 on three units (¥3), then 9.5折 on the ¥47 left (¥2.35): ¥5.35 ≤ min(20 % of ¥50, ¥10).
    const cart = {
      lines,
      linePrices: [{ skuId: skus[1]!, unitPriceFen: 900, reason: '包装破损' }],
      orderDiscount: { offBp: 500, reason: '老顾客' },
    };
    const q = await quote(cart, granted.token);
    expect(q).toMatchObject({ __typename: 'CheckoutQuote', goodsFen: 5000, discountFen: 535, totalFen: 4465 });
    const stockBefore = await stockOf(t, store, skus[1]!);
    const sale = await sell(cart, granted.token);
    if (sale.__typename !== 'CounterSaleDone') throw new Error(JSON.stringify(sale));
    expect(sale.order).toMatchObject({ state: 'COMPLETED', goodsFen: 5000, discountFen: 535, totalFen: 4465 });

    // The ledger: the store bears the whole ¥5.35 as its promotion cost; HQ none.
    const rows = await t
      .em()
      .execute(
        `SELECT account, sum(amount_fen)::int AS fen FROM ledger_entry WHERE order_id = '${sale.order.id}' AND role = 'PROMO_COST' GROUP BY account`,
      );
    expect(rows).toEqual([{ account: 'STORE', fen: -535 }]);

    // HQ's audit log: who gave which discount, on which line, from what to what, and why.
    const log = (await t.ok(StaffAuditLogDocument, { storeId: store, first: 10 }, t.tokens.hq())).staffAuditLog.nodes;
    const ref = `#${sale.order.id.slice(0, 8).toUpperCase()}`;
    const price = log.find((e) => e.action === 'CLERK_PRICE');
    expect(price).toMatchObject({ staffId: granted.id });
    expect(price!.detail).toContain(ref);
    expect(price!.detail).toContain('¥10→¥9 ×3');
    expect(price!.detail).toContain('包装破损');
    const whole = log.find((e) => e.action === 'CLERK_DISCOUNT');
    expect(whole!.detail).toContain('9.5折');
    expect(whole!.detail).toContain('-¥2.35');
    expect(whole!.detail).toContain('老顾客');

    // The customer brings one 改价 unit back: the clerk finds the sale by its receipt number.
    const found = (await t.ok(CounterSaleByReceiptDocument, { ref }, granted.token)).counterSaleByReceipt;
    expect(found?.id).toBe(sale.order.id);
    // The sale itself says who lowered which price from what to what, and the 整单折扣 on what was left.
    expect(found!.clerkDiscounts).toEqual([
      {
        kind: 'CLERK_PRICE',
        clerkName: granted.name,
        amountFen: 300,
        skuId: skus[1],
        name: expect.any(String),
        quantity: 3,
        fromFen: 1000,
        toFen: 900,
      },
      {
        kind: 'CLERK_DISCOUNT',
        clerkName: granted.name,
        amountFen: 235,
        skuId: null,
        name: null,
        quantity: null,
        fromFen: 4700,
        toFen: 4465,
      },
    ]);
    const [line] = await t
      .em()
      .execute(
        `SELECT id, unit_price_fen * quantity - discount_fen - points_fen AS net FROM order_line WHERE order_id = '${sale.order.id}' AND sku_id = '${skus[1]}'`,
      );
    const back = (
      await t.ok(
        CounterRefundDocument,
        { input: { orderId: sale.order.id, lines: [{ lineId: line!.id, quantity: 1 }], reason: '顾客退货' } },
        granted.token,
      )
    ).counterRefund;
    // floor(net·1/3) of the line's net: the unit's exact share of 改价 and 整单折扣.
    const share = Math.floor(Number(line!.net) / 3);
    expect(back).toMatchObject({ __typename: 'CounterRefundDone', amountFen: share, tender: 'CASH', handBackFen: share, restocked: true });
    expect(await stockOf(t, store, skus[1]!)).toEqual({ onHand: stockBefore!.onHand - 3 + 1, reserved: 0 });
    await eventually(async () => {
      const [r] = await t.em().execute(`SELECT status FROM refund WHERE order_id = '${sale.order.id}'`);
      return r?.status === 'SUCCEEDED';
    });
    // The store's cost shrinks by exactly the refunded unit's share of its discounts.
    const after = await t
      .em()
      .execute(`SELECT sum(amount_fen)::int AS fen FROM ledger_entry WHERE order_id = '${sale.order.id}' AND role = 'PROMO_COST'`);
    expect(after[0]!.fen).toBeGreaterThan(-535);
    // Another store's clerk finds nothing.
    const elsewhere = (await makeStore(t.em(), { lat: 31.28, lng: 121.47 })).id;
    expect((await t.ok(CounterSaleByReceiptDocument, { ref }, t.tokens.clerk(elsewhere))).counterSaleByReceipt).toBeNull();
    expect(
      (
        await t.ok(
          CounterRefundDocument,
          { input: { orderId: sale.order.id, lines: [{ lineId: line!.id, quantity: 1 }], reason: 'x' } },
          t.tokens.clerk(elsewhere),
        )
      ).counterRefund,
    ).toMatchObject({ __typename: 'CounterRefundRefusedError' });
  });

  it('puts a member’s counter sale with 改价 and 整单折扣 on their HQ timeline: which clerk, on what, from what to what', async () => {
    const shopper = await t.newShopper();
    const { scanCounterMember } = await t.ok(
      ScanCounterMemberDocument,
      { memberCode: await freshMemberCode(t, shopper.token) },
      granted.token,
    );
    if (scanCounterMember.__typename !== 'CounterMember') throw new Error(JSON.stringify(scanCounterMember));
    // ¥20 of goods: 改价 ¥10 → ¥8.5 on two units (¥3), then ¥1 off the ¥17 left.
    const sale = await sell(
      {
        lines: [{ skuId: skus[0]!, quantity: 2 }],
        memberToken: scanCounterMember.memberToken,
        linePrices: [{ skuId: skus[0]!, unitPriceFen: 850, reason: '临期' }],
        orderDiscount: { offFen: 100, reason: '抹零' },
      },
      granted.token,
    );
    if (sale.__typename !== 'CounterSaleDone') throw new Error(JSON.stringify(sale));
    const timeline = (await t.ok(MemberTimelineDocument, { shopperId: shopper.id }, t.tokens.hq())).memberTimeline;
    const notes = timeline.filter((e) => e.kind === 'CLERK_DISCOUNT');
    expect(notes.map((e) => ({ title: e.title, amountFen: e.amountFen, orderId: e.orderId }))).toEqual(
      expect.arrayContaining([
        { title: expect.stringMatching(new RegExp(`^改价 · ${granted.name}：.+ ¥10→¥8\\.5 ×2$`)), amountFen: -300, orderId: sale.order.id },
        { title: `整单折扣 · ${granted.name}：¥17→¥16`, amountFen: -100, orderId: sale.order.id },
      ]),
    );
    expect(notes).toHaveLength(2);
    expect(timeline.find((e) => e.kind === 'ORDER' && e.orderId === sale.order.id)).toMatchObject({ amountFen: 1600 });
  });
});
