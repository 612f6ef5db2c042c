// 商家转账 errors, classified by WeChat's answer: a refusal that is final (余额不足, no permission, a bad parameter
// or request) gives the money back by one ledger row and keeps the reason for HQ's review; an answer that says
// nothing certain (SYSTEM_ERROR, a 5xx, a timeout, a rate limit) leaves the withdrawal PAYING, and the sweep asks
// for the bill by the same out_bill_no before it asks to transfer again, so nothing is paid twice or returned twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../src/common/sql';
import { ReferralService } from '../src/modules/referral/referral.service';
import type { SandboxTransferFault, SandboxTransfers } from '../src/modules/referral/transfer-sandbox';
import { makeSkus, makeStore, setStock } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import { withdrawalReturns } from './referral-helpers';
import { handOverPickup, pay, pickupInput, placeCheckout } from './orders-helpers';
import {
  AdvanceOrderDocument,
  ApproveCommissionWithdrawalDocument,
  BecomePromoterDocument,
  BindReferralDocument,
  CommissionWithdrawalsDocument,
  MarkWithdrawalFailureSeenDocument,
  PromoterCentreDocument,
  ReleaseDueCommissionsDocument,
  RequestCommissionWithdrawalDocument,
  SetCommissionRuleDocument,
} from './generated/graphql';

describe('商家转账 errors by class', () => {
  let t: TestApp;
  let store: string;
  let sku: string;
  let promoterId: string;
  /** A fresh token each time: the clock moves past a token's life. */
  const me = () => t.tokens.shopperOf(promoterId);
  let sandbox: SandboxTransfers;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-11-18T04:00:00Z' });
    store = (await makeStore(t.em(), { lat: 31.23, lng: 121.47 })).id;
    [sku] = await makeSkus(t.em(), 1, 10_000);
    await setStock(t.em(), store, sku!, 100);
    const [row] = await query<{ category_id: string }>(
      t.em(),
      `SELECT p.category_id FROM sku k JOIN product p ON p.id = k.product_id WHERE k.id = :k::uuid`,
      { k: sku },
    );
    await t.ok(SetCommissionRuleDocument, { input: { categoryId: row!.category_id, rateBp: 1000 } }, t.tokens.hq());
    sandbox = t.runtime.transfers as SandboxTransfers;

    // A promoter with 2,000 fen available: a buyer they bound paid 2 × 10,000, handed over, the window passed.
    const promoter = await t.newShopper();
    promoterId = promoter.id;
    const code = (await t.ok(BecomePromoterDocument, {}, me())).becomePromoter.promoter.code;
    const buyer = await t.newShopper();
    await t.ok(BindReferralDocument, { code }, buyer.token);
    const placed = await placeCheckout(t, pickupInput(store, [{ skuId: sku!, quantity: 2 }]), buyer.token);
    await pay(t, placed.checkout.id, buyer.token);
    await t.ok(AdvanceOrderDocument, { orderId: placed.orders[0]!.id, event: 'ACCEPT' }, t.tokens.clerk(store));
    await handOverPickup(t, placed.orders[0]!.id, store);
    t.clock.set(new Date(t.clock.now().getTime() + (t.config.shop.afterSaleDays + 1) * 86_400_000));
    await t.ok(ReleaseDueCommissionsDocument, {}, t.tokens.hq());
    expect(await available()).toBe(2000);
  });
  afterAll(async () => t?.close());

  async function available() {
    return (await t.ok(PromoterCentreDocument, {}, me())).promoterCentre!.availableFen;
  }
  /** The sweep's second look at withdrawals left PAYING (the deadline sweeper runs the same). */
  const sweep = () => new ReferralService(t.em(), { clock: t.clock, config: t.config, transfers: sandbox }).payPending();
  async function approved(fen: number, faults: SandboxTransferFault[]) {
    const w = (await t.ok(RequestCommissionWithdrawalDocument, { amountFen: fen }, me())).requestCommissionWithdrawal;
    if (w.__typename !== 'CommissionWithdrawal') throw new Error(JSON.stringify(w));
    for (const f of faults) await sandbox.failNext(f);
    const out = (await t.ok(ApproveCommissionWithdrawalDocument, { id: w.id }, t.tokens.hq())).approveCommissionWithdrawal;
    if (out.__typename !== 'CommissionWithdrawal') throw new Error(JSON.stringify(out));
    const [row] = await query<{ out_bill_no: string }>(t.em(), `SELECT out_bill_no FROM commission_withdrawal WHERE id = :id::uuid`, {
      id: w.id,
    });
    return { ...out, outBillNo: row!.out_bill_no };
  }
  const returns = (id: string) => withdrawalReturns(t, id);
  const count = (list: string[], bill: string) => list.filter((b) => b === bill).length;

  it.each([
    { status: 403, code: 'NOT_ENOUGH', message: '商户运营账户资金不足' },
    { status: 403, code: 'NO_AUTH', message: '商户无权限' },
    { status: 400, code: 'PARAM_ERROR', message: 'openid与appid不匹配' },
    { status: 400, code: 'INVALID_REQUEST', message: '你尚未获取该转账场景' },
  ])('$code is final: FAILED once, the money back by one ledger row, the reason in HQ review', async (f) => {
    const before = await available();
    const w = await approved(100, [{ op: 'transfer', ...f }]);
    expect(w).toMatchObject({ state: 'FAILED', failReason: `${f.code} ${f.message}` });
    // Asked about the bill before giving back (none was made), and never asked to transfer again.
    expect(count(await sandbox.queries(), w.outBillNo)).toBe(1);
    expect(count(await sandbox.calls(), w.outBillNo)).toBe(1);
    expect(await returns(w.id)).toBe(1);
    expect(await available()).toBe(before);
    await sweep();
    expect(count(await sandbox.calls(), w.outBillNo)).toBe(1);
    expect(await returns(w.id)).toBe(1);
    const review = (await t.ok(CommissionWithdrawalsDocument, { state: 'FAILED' }, t.tokens.hq())).commissionWithdrawals;
    expect(review.find((r) => r.id === w.id)).toMatchObject({ failReason: `${f.code} ${f.message}` });
  });

  it.each([
    { status: 500, code: 'SYSTEM_ERROR', message: '系统错误' },
    { status: 502, code: 'HTTP_502', message: 'Bad Gateway' },
    { status: 0, code: 'NETWORK_ERROR', message: 'The operation was aborted due to timeout' },
    { status: 429, code: 'FREQUENCY_LIMITED', message: '频率超限' },
  ])('$code is retried: PAYING, then the sweep asks for the bill before transferring again with the same number', async (f) => {
    // Refused before WeChat made a bill: the sweep finds none and asks again; paid once.
    const before = await available();
    const w = await approved(100, [{ op: 'transfer', ...f }]);
    expect(w).toMatchObject({ state: 'PAYING', failReason: `${f.code} ${f.message}` });
    expect(await available()).toBe(before - 100);
    await sweep();
    const queried = await sandbox.queries();
    expect(count(queried, w.outBillNo)).toBe(1);
    expect(count(await sandbox.calls(), w.outBillNo)).toBe(2);
    const paid = (await t.ok(CommissionWithdrawalsDocument, { state: 'PAID' }, t.tokens.hq())).commissionWithdrawals;
    expect(paid.find((r) => r.id === w.id)).toMatchObject({ state: 'PAID', failReason: null });
    expect(await sandbox.paidFen(w.outBillNo)).toBe(100);
    expect(await returns(w.id)).toBe(0);
    expect(await available()).toBe(before - 100);
  });

  it('a timeout after WeChat made the bill: the sweep finds the bill by out_bill_no and never asks to transfer again', async () => {
    const before = await available();
    const w = await approved(100, [{ op: 'transfer', status: 0, code: 'NETWORK_ERROR', message: 'timeout', afterBill: true }]);
    expect(w.state).toBe('PAYING');
    // The query itself fails once (a 500): still PAYING, asked again next time.
    await sandbox.failNext({ op: 'query', status: 500, code: 'SYSTEM_ERROR', message: '系统错误' });
    await sweep();
    expect(
      (await t.ok(CommissionWithdrawalsDocument, { state: 'PAYING' }, t.tokens.hq())).commissionWithdrawals.map((r) => r.id),
    ).toContain(w.id);
    await sweep();
    expect(count(await sandbox.calls(), w.outBillNo)).toBe(1);
    const paid = (await t.ok(CommissionWithdrawalsDocument, { state: 'PAID' }, t.tokens.hq())).commissionWithdrawals;
    expect(paid.find((r) => r.id === w.id)).toMatchObject({ state: 'PAID' });
    expect(await returns(w.id)).toBe(0);
    expect(await available()).toBe(before - 100);
  });

  it('a final refusal whose number WeChat already holds follows the bill, not the refusal', async () => {
    // The first answer was lost after WeChat made the bill; asked again, WeChat calls the same number a bad
    // request. The bill it holds decides: paid, and nothing is given back.
    const before = await available();
    const w = await approved(100, [{ op: 'transfer', status: 400, code: 'INVALID_REQUEST', message: '商户单号重复', afterBill: true }]);
    expect(w.state).toBe('PAID');
    expect(await returns(w.id)).toBe(0);
    expect(await available()).toBe(before - 100);
  });

  it('HQ marks a failed transfer seen: 打款异常 leaves it out, once, and only HQ, only a failed one', async () => {
    const failed = await approved(100, [{ op: 'transfer', status: 403, code: 'NOT_ENOUGH', message: '商户运营账户资金不足' }]);
    const paid = await approved(100, []);
    expect([failed.state, paid.state]).toEqual(['FAILED', 'PAID']);
    const unseen = async () =>
      (await t.ok(CommissionWithdrawalsDocument, { state: 'FAILED', notSeen: true }, t.tokens.hq())).commissionWithdrawals.map((r) => r.id);
    expect(await unseen()).toContain(failed.id);
    // Not a clerk's to mark, and not a paid one.
    const byClerk = await t.gql(MarkWithdrawalFailureSeenDocument, { id: failed.id }, t.tokens.clerk(store));
    expect(byClerk.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.ok(MarkWithdrawalFailureSeenDocument, { id: paid.id }, t.tokens.hq())).markWithdrawalFailureSeen).toMatchObject({
      refusal: 'ALREADY_DECIDED',
    });
    const seen = (await t.ok(MarkWithdrawalFailureSeenDocument, { id: failed.id }, t.tokens.hq())).markWithdrawalFailureSeen;
    expect(seen).toMatchObject({ __typename: 'CommissionWithdrawal', id: failed.id, failureSeenAt: t.clock.now().toISOString() });
    expect(await unseen()).not.toContain(failed.id);
    // Still in the full list, and marked once: a second mark changes nothing.
    const all = (await t.ok(CommissionWithdrawalsDocument, { state: 'FAILED' }, t.tokens.hq())).commissionWithdrawals;
    expect(all.find((r) => r.id === failed.id)).toMatchObject({ failureSeenAt: t.clock.now().toISOString() });
    expect((await t.ok(MarkWithdrawalFailureSeenDocument, { id: failed.id }, t.tokens.hq())).markWithdrawalFailureSeen).toMatchObject({
      refusal: 'ALREADY_DECIDED',
    });
  });
});
