// Coupons given besides the coupon centre, over HTTP with the job worker running: 兑换码 (made, exported, one winner
// among racing shoppers, once, brute force limited, never past the template's limit), 新人券 at the first sign-in, the
// gift after a paid checkout (once, whatever the redelivery), and HQ batches to a segment (counted, within the limit).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ClaimCouponDocument,
  CouponBatchDocument,
  GenerateRedemptionCodesDocument,
  IssueCouponBatchDocument,
  LoginShopperDocument,
  MyCouponsDocument,
  PromotedCheckoutDocument,
  RedeemCodeDocument,
  RedemptionCodesDocument,
  type CreatePromotionInput,
} from './generated/graphql';
import { makeSkus, makeStore, setStock } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import { launchPromotion } from './promotion-helpers';
import { count, eventually, pay, pickupInput } from './orders-helpers';
import { query } from '../src/common/sql';
import { CouponIssuance } from '../src/modules/promotion/issuance.service';

describe('coupon issuance', () => {
  let t: TestApp;
  let store: string;
  let skus: string[];

  const hqTemplate = (input: Partial<CreatePromotionInput> = {}) =>
    launchPromotion(t, [], { name: '兑换券', couponKind: 'AMOUNT_OFF', offFen: 300, issuedBy: 'HQ', ...input });
  const codesFor = async (promotionId: string, n: number) => {
    const { generateRedemptionCodes: page } = await t.ok(GenerateRedemptionCodesDocument, { promotionId, count: n }, t.tokens.hq());
    if (page.__typename !== 'RedemptionCodePage') throw new Error(JSON.stringify(page));
    return page;
  };
  const redeem = async (code: string, token: string) => (await t.ok(RedeemCodeDocument, { code }, token)).redeemCode;
  const couponsOf = (promotionId: string) => count(t, `SELECT count(*) AS n FROM coupon WHERE promotion_id = :p::uuid`, { p: promotionId });

  beforeAll(async () => {
    t = await startTestApp({ jobs: true });
    store = (await makeStore(t.em(), { lat: 31.2, lng: 121.41 })).id;
    skus = await makeSkus(t.em(), 1, 2_000);
    await setStock(t.em(), store, skus[0]!, 1_000);
  });
  afterAll(() => t?.close());

  it('makes exportable codes; of 40 shoppers racing for one code exactly one gets it, and only once', async () => {
    const tpl = await hqTemplate();
    const page = await codesFor(tpl, 5);
    expect(page.made).toBe(5);
    expect(page.codes).toHaveLength(5);
    expect(page.codes.every((c) => /^[A-HJKMNP-Z2-9]{10}$/.test(c.code) && c.redeemedAt === null)).toBe(true);
    expect(page.csv.trim().split('\r\n')).toHaveLength(6);
    expect(new Set(page.codes.map((c) => c.code)).size).toBe(5);

    const code = page.codes[0]!.code;
    const shoppers = await Promise.all(Array.from({ length: 40 }, () => t.newShopper()));
    // Typed as a shopper might: lower case, with a dash.
    const typed = `${code.slice(0, 5).toLowerCase()}-${code.slice(5)}`;
    const answers = await Promise.all(shoppers.map((s) => redeem(typed, s.token)));
    expect(answers.filter((a) => a.__typename === 'Coupon')).toHaveLength(1);
    expect(answers.filter((a) => a.__typename === 'RedemptionCodeRefusedError' && a.refused === 'USED')).toHaveLength(39);
    expect(await couponsOf(tpl)).toBe(1);
    const winner = shoppers[answers.findIndex((a) => a.__typename === 'Coupon')]!;
    expect(await redeem(code, winner.token)).toMatchObject({ __typename: 'RedemptionCodeRefusedError', refused: 'USED' });
    const exported = (await t.ok(RedemptionCodesDocument, { promotionId: tpl }, t.tokens.hq())).redemptionCodes;
    expect(exported.__typename === 'RedemptionCodePage' && exported.codes.filter((c) => c.redeemedAt !== null).map((c) => c.code)).toEqual([
      code,
    ]);
  });

  it('never gives past the template’s limit when codes race, and leaves the codes that gave nothing unused', async () => {
    const tpl = await hqTemplate({ totalLimit: 12 });
    const { codes } = await codesFor(tpl, 60);
    const shoppers = await Promise.all(codes.map(() => t.newShopper()));
    const answers = await Promise.all(codes.map((c, i) => redeem(c.code, shoppers[i]!.token)));
    expect(answers.filter((a) => a.__typename === 'Coupon')).toHaveLength(12);
    expect(answers.filter((a) => a.__typename === 'CouponNotClaimableError' && a.problem === 'SOLD_OUT')).toHaveLength(48);
    expect(await couponsOf(tpl)).toBe(12);
    expect(
      await count(t, `SELECT count(*) AS n FROM redemption_code WHERE promotion_id = :p::uuid AND redeemed_by IS NULL`, { p: tpl }),
    ).toBe(48);
  });

  it('limits wrong guesses per shopper, even racing, and gives a working code back its try', async () => {
    const tpl = await hqTemplate({ perUserLimit: 5 });
    const { codes } = await codesFor(tpl, 2);
    const shopper = await t.newShopper();
    // A code that works does not use up a try.
    expect(await redeem(codes[0]!.code, shopper.token)).toMatchObject({ __typename: 'Coupon' });
    const guesses = await Promise.all(Array.from({ length: 25 }, () => redeem('ABCDEFGHJK', shopper.token)));
    expect(guesses.filter((g) => g.__typename === 'RedemptionCodeRefusedError' && g.refused === 'NOT_FOUND')).toHaveLength(10);
    expect(guesses.filter((g) => g.__typename === 'RedemptionCodeRefusedError' && g.refused === 'TOO_MANY_ATTEMPTS')).toHaveLength(15);
    // Even a right code waits for the window now; another shopper is not held back.
    const blocked = await redeem(codes[1]!.code, shopper.token);
    expect(blocked).toMatchObject({ __typename: 'RedemptionCodeRefusedError', refused: 'TOO_MANY_ATTEMPTS' });
    expect(blocked.__typename === 'RedemptionCodeRefusedError' && new Date(blocked.retryAt!).getTime()).toBeGreaterThan(
      t.clock.now().getTime(),
    );
    expect(await redeem(codes[1]!.code, (await t.newShopper()).token)).toMatchObject({ __typename: 'Coupon' });
  });

  it('gives 新人券 once at the first sign-in, not to a shopper signing in again, nor from the coupon centre', async () => {
    const tpl = await launchPromotion(t, [], {
      name: '新人券',
      couponKind: 'AMOUNT_OFF',
      offFen: 500,
      issuedBy: 'NEW_SHOPPER',
      validDays: 7,
    });
    const openid = `dev:new-${randomUUID()}`;
    const [a, b] = await Promise.all([t.ok(LoginShopperDocument, { code: openid }), t.ok(LoginShopperDocument, { code: openid })]);
    expect(a.loginShopper.__typename === 'AuthPayload' && b.loginShopper.__typename === 'AuthPayload').toBe(true);
    const token = a.loginShopper.__typename === 'AuthPayload' ? a.loginShopper.token : '';
    await t.ok(LoginShopperDocument, { code: openid });
    const mine = (await t.ok(MyCouponsDocument, {}, token)).myCoupons;
    expect(mine.filter((c) => c.template.id === tpl)).toHaveLength(1);
    // Not claimable by hand.
    const other = await t.newShopper();
    const { claimCoupon } = await t.ok(ClaimCouponDocument, { promotionId: tpl }, other.token);
    expect(claimCoupon).toMatchObject({ __typename: 'CouponNotClaimableError', problem: 'NOT_CLAIMABLE' });
  });

  it('gives the after-purchase gift once per paid checkout, however often its job runs', async () => {
    const gift = await launchPromotion(t, [], {
      name: '下单返券',
      couponKind: 'AMOUNT_OFF',
      offFen: 800,
      issuedBy: 'AFTER_PURCHASE',
      giftMinPaidFen: 3_000,
      perUserLimit: 10,
    });
    const shopper = await t.newShopper();
    const place = async (quantity: number) => {
      const { checkout } = await t.ok(
        PromotedCheckoutDocument,
        { input: pickupInput(store, [{ skuId: skus[0]!, quantity }]) },
        shopper.token,
      );
      if (checkout.__typename !== 'CheckoutPlaced') throw new Error(JSON.stringify(checkout));
      await pay(t, checkout.checkout.id, shopper.token);
      return checkout.checkout.id;
    };
    const big = await place(2); // ¥40: earns it
    await eventually(async () => (await couponsOf(gift)) === 1);
    // Bull delivers at least once: the job again gives nothing.
    expect(await new CouponIssuance(t.em(), t.runtime).giftAfterPayment(big)).toBe('GRANTED_BEFORE');
    const small = await place(1); // ¥20: below the ¥30 it asks
    expect(await new CouponIssuance(t.em(), t.runtime).giftAfterPayment(small)).toBe('no gift');
    expect(await couponsOf(gift)).toBe(1);
  });

  it('issues a batch to a segment as a job, counted, once per shopper, and never past the template’s limit', async () => {
    const home = (await makeStore(t.em(), { lat: 31.3, lng: 121.5 })).id;
    const members = await Promise.all(Array.from({ length: 7 }, () => t.newShopper()));
    const others = await Promise.all(Array.from({ length: 3 }, () => t.newShopper()));
    await query(t.em(), `UPDATE shopper SET home_store_id = :h::uuid WHERE id = ANY(:ids::uuid[])`, {
      h: home,
      ids: `{${members.map((m) => m.id).join(',')}}`,
    });
    const run = async (totalLimit: number) => {
      const tpl = await hqTemplate({ totalLimit });
      const { issueCouponBatch: b } = await t.ok(
        IssueCouponBatchDocument,
        { promotionId: tpl, segment: { homeStoreId: home } },
        t.tokens.hq(),
      );
      if (b.__typename !== 'CouponBatch') throw new Error(JSON.stringify(b));
      const done = await eventually(async () => {
        const now = (await t.ok(CouponBatchDocument, { id: b.id }, t.tokens.hq())).couponBatch;
        return now?.state === 'DONE' && now;
      });
      return { tpl, batchId: b.id, done };
    };
    const all = await run(100);
    expect(all.done).toMatchObject({ targeted: 7, issued: 7 });
    expect(
      await count(t, `SELECT count(*) AS n FROM coupon WHERE promotion_id = :p::uuid AND shopper_id = ANY(:ids::uuid[])`, {
        p: all.tpl,
        ids: `{${others.map((m) => m.id).join(',')}}`,
      }),
    ).toBe(0);
    // The job again (a redelivery after a crash): nothing more.
    await query(t.em(), `UPDATE coupon_batch SET state = 'RUNNING', after_shopper_id = NULL WHERE id = :id::uuid`, { id: all.batchId });
    expect(await new CouponIssuance(t.em(), t.runtime).runBatch(all.batchId)).toBe('done: 7 of 7');
    expect(await couponsOf(all.tpl)).toBe(7);

    const limited = await run(3);
    expect(limited.done.issued).toBe(3);
    expect(await couponsOf(limited.tpl)).toBe(3);
  });
});
