// Promotions made and coupons claimed through the API, as HQ and shoppers do: shared by the promotion specs.
import { expect } from 'vitest';
import { ClaimCouponDocument, CreatePromotionDocument, LaunchPromotionDocument, type CreatePromotionInput } from './generated/graphql';
import type { TestApp } from './harness';

/** Creates a promotion (a coupon for the given stores unless `input` says otherwise) as HQ and launches it; its id. */
export async function launchPromotion(t: TestApp, storeIds: string[], input: Partial<CreatePromotionInput>): Promise<string> {
  const { createPromotion } = await t.ok(
    CreatePromotionDocument,
    { input: { kind: 'COUPON', name: '券', channel: 'BOTH', funder: 'HQ', storeIds, ...input } as CreatePromotionInput },
    t.tokens.hq(),
  );
  const { launchPromotion: launched } = await t.ok(LaunchPromotionDocument, { id: createPromotion.id }, t.tokens.hq());
  expect(launched).toMatchObject({ __typename: 'Promotion', state: 'LIVE' });
  return createPromotion.id;
}

export const claimCoupon = async (t: TestApp, promotionId: string, token: string) =>
  (await t.ok(ClaimCouponDocument, { promotionId }, token)).claimCoupon;

/** The id of the coupon claimed; throws with the answer when the claim was refused. */
export async function claimedCoupon(t: TestApp, promotionId: string, token: string): Promise<string> {
  const c = await claimCoupon(t, promotionId, token);
  if (c.__typename !== 'Coupon') throw new Error(JSON.stringify(c));
  return c.id;
}
