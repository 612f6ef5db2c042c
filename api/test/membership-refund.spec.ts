// 付费会员 refunds go the way order refunds do: HQ's refund records a job in its own transaction (the outbox relays
// it), the job asks WeChat, and a provider that fails is asked again with the same out_refund_no until it answers:
// the member gets the money back exactly once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../src/common/sql';
import type { ProviderRefundRequest } from '../src/modules/payment/payment-provider';
import { BuyMembershipPlanDocument, RefundMembershipDocument, SaveMembershipPlanDocument } from './generated/graphql';
import { startTestApp, type TestApp } from './harness';
import { eventually, sandbox } from './orders-helpers';

describe('付费会员 refund through the job', () => {
  let t: TestApp;
  let plan: string;
  const calls: string[] = [];
  let failures = 0;

  beforeAll(async () => {
    t = await startTestApp({ jobs: true });
    const { saveMembershipPlan } = await t.ok(
      SaveMembershipPlanDocument,
      { input: { name: '邻里 Plus 季卡', priceFen: 5_990, durationDays: 90, memberPriceBp: 500, onSale: true } },
      t.tokens.hq(),
    );
    plan = saveMembershipPlan.id;
    // WeChat is unreachable while `failures` lasts: the call throws as a timeout would.
    const provider = sandbox(t);
    const real = provider.refund.bind(provider);
    provider.refund = async (req: ProviderRefundRequest) => {
      calls.push(req.outRefundNo);
      if (failures > 0) {
        failures--;
        throw new Error('ETIMEDOUT (test: WeChat Pay unreachable)');
      }
      return real(req);
    };
  });
  afterAll(() => t?.close());

  it('asks WeChat again after it fails once, and refunds exactly once', async () => {
    const shopper = await t.newShopper();
    const { buyMembershipPlan: b } = await t.ok(BuyMembershipPlanDocument, { planId: plan }, t.tokens.shopperOf(shopper.id));
    if (b.__typename !== 'MembershipPaymentParams') throw new Error(JSON.stringify(b));
    const paid = await sandbox(t).pay(b.package.replace('prepay_id=', ''));
    expect(paid.ok).toBe(true);

    failures = 1;
    const { refundMembership } = await t.ok(RefundMembershipDocument, { shopperId: shopper.id }, t.tokens.hq());
    if (refundMembership.__typename !== 'MembershipRefunded') throw new Error(JSON.stringify(refundMembership));
    // Refunded the same day: all of it goes back.
    expect(refundMembership.refundedFen).toBe(5_990);
    const row = async () =>
      (
        await query<{ refund_state: string; out_trade_no: string; out_refund_no: string }>(
          t.em(),
          `SELECT refund_state, out_trade_no, out_refund_no FROM membership_purchase WHERE id = :id::uuid`,
          { id: b.purchaseId },
        )
      )[0]!;
    await eventually(async () => (await row()).refund_state === 'SUCCEEDED', 20_000);
    const { out_trade_no, out_refund_no } = await row();
    // The first call failed, the retry went through, with the same refund number both times.
    expect(calls.filter((c) => c === out_refund_no).length).toBeGreaterThanOrEqual(2);
    expect(new Set(calls)).toEqual(new Set([out_refund_no]));
    const held = await t.redis.hgetall((await t.redis.keys(`*:refunds:${out_trade_no}`))[0]!);
    expect(held).toEqual({ [out_refund_no]: '5990' });
    // A second refund finds nothing to refund; the job run again changes nothing.
    expect((await t.ok(RefundMembershipDocument, { shopperId: shopper.id }, t.tokens.hq())).refundMembership.__typename).toBe(
      'NothingToRefundError',
    );
  }, 30_000);
});
