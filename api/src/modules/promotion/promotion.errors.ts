// Typed refusals of promotions: a coupon a checkout cannot use (and why), a claim refused.
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ErrorCode, ErrorResult, errorResult } from '../../common/errors';
import type { NotAppliedCode } from '../pricing/pricing.types';

export enum CouponProblem {
  NOT_FOUND = 'NOT_FOUND',
  NOT_YOURS = 'NOT_YOURS',
  EXPIRED = 'EXPIRED',
  NOT_YET_VALID = 'NOT_YET_VALID',
  USED = 'USED',
  OUT_OF_SCOPE = 'OUT_OF_SCOPE',
  NOT_FOR_STORE = 'NOT_FOR_STORE',
  BELOW_THRESHOLD = 'BELOW_THRESHOLD',
  OTHER_CHANNEL = 'OTHER_CHANNEL',
  BUDGET_SPENT = 'BUDGET_SPENT',
  NO_DELIVERY_FEE = 'NO_DELIVERY_FEE',
  NOTHING_LEFT = 'NOTHING_LEFT',
}
registerEnumType(CouponProblem, { name: 'CouponProblem', description: 'Why a coupon cannot be used on this checkout' });

@ObjectType({ implements: ErrorResult, description: 'The coupon cannot be used on this checkout; nothing was placed' })
export class CouponNotUsableError extends ErrorResult {
  @Field(() => ID) couponId!: string;
  @Field(() => CouponProblem) problem!: CouponProblem;
  @Field(() => Int, { nullable: true, description: 'BELOW_THRESHOLD: goods still to add (还差 ¥x)' }) shortFen?: number | null;
  static of(couponId: string, problem: CouponProblem | NotAppliedCode, message: string, shortFen?: number) {
    return Object.assign(errorResult(new CouponNotUsableError(), ErrorCode.COUPON_NOT_USABLE, message), {
      couponId,
      problem: problem as CouponProblem,
      shortFen: shortFen ?? null,
    });
  }
}

export enum ClaimProblem {
  PER_USER_LIMIT = 'PER_USER_LIMIT',
  SOLD_OUT = 'SOLD_OUT',
  NOT_CLAIMABLE = 'NOT_CLAIMABLE',
}
registerEnumType(ClaimProblem, { name: 'ClaimProblem' });

const CLAIM_MESSAGES: Record<ClaimProblem, string> = {
  PER_USER_LIMIT: '已达领取上限',
  SOLD_OUT: '已领完',
  NOT_CLAIMABLE: '活动未开始或已结束',
};

@ObjectType({ implements: ErrorResult, description: 'The coupon was not given; nothing changed' })
export class CouponNotClaimableError extends ErrorResult {
  @Field(() => ID) promotionId!: string;
  @Field(() => ClaimProblem) problem!: ClaimProblem;
  static of(promotionId: string, problem: ClaimProblem) {
    return Object.assign(errorResult(new CouponNotClaimableError(), ErrorCode.COUPON_NOT_CLAIMABLE, CLAIM_MESSAGES[problem]), {
      promotionId,
      problem,
    });
  }
}

@ObjectType({ implements: ErrorResult })
export class PromotionNotFoundError extends ErrorResult {
  @Field(() => ID) promotionId!: string;
  static of(promotionId: string) {
    return Object.assign(errorResult(new PromotionNotFoundError(), ErrorCode.PROMOTION_NOT_FOUND, 'No such promotion'), { promotionId });
  }
}
