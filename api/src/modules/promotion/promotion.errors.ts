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
  NOT_STACKABLE = 'NOT_STACKABLE',
  PROMOTION_PRICE = 'PROMOTION_PRICE',
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
  GRANTED_BEFORE = 'GRANTED_BEFORE',
}
registerEnumType(ClaimProblem, { name: 'ClaimProblem' });

const CLAIM_MESSAGES: Record<ClaimProblem, string> = {
  PER_USER_LIMIT: '已达领取上限',
  SOLD_OUT: '已领完',
  NOT_CLAIMABLE: '活动未开始或已结束',
  GRANTED_BEFORE: '已发放过',
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

export enum RedemptionProblem {
  NOT_FOUND = 'NOT_FOUND',
  USED = 'USED',
  TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS',
}
registerEnumType(RedemptionProblem, { name: 'RedemptionProblem' });

const REDEMPTION_MESSAGES: Record<RedemptionProblem, string> = {
  NOT_FOUND: '兑换码不存在，请核对后再试',
  USED: '兑换码已被使用',
  TOO_MANY_ATTEMPTS: '尝试次数过多，请稍后再试',
};

@ObjectType({ implements: ErrorResult, description: 'The code gave no coupon; it stays as it was' })
export class RedemptionCodeRefusedError extends ErrorResult {
  @Field(() => RedemptionProblem) problem!: RedemptionProblem;
  @Field(() => Date, { nullable: true, description: 'TOO_MANY_ATTEMPTS: when the shopper may try again' }) retryAt!: Date | null;
  static of(problem: RedemptionProblem, retryAt: Date | null = null) {
    return Object.assign(errorResult(new RedemptionCodeRefusedError(), ErrorCode.REDEMPTION_CODE_REFUSED, REDEMPTION_MESSAGES[problem]), {
      problem,
      retryAt,
    });
  }
}
