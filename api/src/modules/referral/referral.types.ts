// Referral as GraphQL shows it: promoters, the 推广中心 figures, HQ's rules, withdrawals, the report, refusals.
import { Field, ID, InputType, Int, ObjectType, createUnionType, registerEnumType } from 'type-graphql';
import { ErrorCode, ErrorResult, errorResult } from '../../common/errors';

export enum ReferralRefusal {
  PROMOTER_NOT_FOUND = 'PROMOTER_NOT_FOUND',
  /** A promoter opened their own link. */
  SELF_REFERRAL = 'SELF_REFERRAL',
  /** More than the available balance was asked for. */
  EXCEEDS_AVAILABLE = 'EXCEEDS_AVAILABLE',
  WITHDRAWAL_NOT_FOUND = 'WITHDRAWAL_NOT_FOUND',
  ALREADY_DECIDED = 'ALREADY_DECIDED',
  /** The promoter has no WeChat account to transfer to. */
  NOT_PAYABLE = 'NOT_PAYABLE',
  /** The product or store to share does not exist, or its code cannot fit a mini-program code's scene. */
  SHARE_UNAVAILABLE = 'SHARE_UNAVAILABLE',
  /** WeChat did not make the mini-program code (try again later). */
  CODE_UNAVAILABLE = 'CODE_UNAVAILABLE',
}
registerEnumType(ReferralRefusal, { name: 'ReferralRefusal' });

@ObjectType({ implements: ErrorResult, description: 'A referral action refused; refusal says why' })
export class ReferralError extends ErrorResult {
  @Field(() => ReferralRefusal) refusal!: ReferralRefusal;
  @Field(() => Int, { nullable: true, description: 'EXCEEDS_AVAILABLE: what is available now' }) availableFen?: number | null;
  static of(refusal: ReferralRefusal, message: string, availableFen: number | null = null) {
    return Object.assign(errorResult(new ReferralError(), ErrorCode.REFERRAL_REFUSED, message), { refusal, availableFen });
  }
}

export enum PromoterKind {
  SHOPPER = 'SHOPPER',
  CLERK = 'CLERK',
}
registerEnumType(PromoterKind, { name: 'PromoterKind', description: '分销员 (a shopper who opted in) or 导购 (a clerk of a store)' });

export enum PromoterState {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
}
registerEnumType(PromoterState, { name: 'PromoterState' });

@ObjectType()
export class Promoter {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'The share code: the scene of the mini-program code, ?ref= of a link' }) code!: string;
  @Field(() => PromoterKind) kind!: PromoterKind;
  @Field(() => ID, { nullable: true, description: 'CLERK: their store' }) storeId!: string | null;
  @Field(() => String) displayName!: string;
  @Field(() => PromoterState) state!: PromoterState;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Int, { nullable: true, description: 'HQ lists: distinct buyers of referred orders' }) buyers?: number;
}

@ObjectType({ description: '推广中心: earnings by state and the count of buyers (no personal data)' })
export class PromoterCentre {
  @Field(() => Promoter) promoter!: Promoter;
  @Field(() => Int, { description: 'Accrued, waiting for every after-sales window to close' }) frozenFen!: number;
  @Field(() => Int, { description: 'Withdrawable; below zero when a refund after release is still owed' }) availableFen!: number;
  @Field(() => Int) withdrawnFen!: number;
  @Field(() => Int) buyers!: number;
  @Field(() => Int) orders!: number;
  @Field(() => Int, { description: 'Net kept of referred orders (导购 sales)' }) soldFen!: number;
  @Field(() => String, { description: 'The mini-program page a share opens (weapp share card, mini-program code)' }) sharePath!: string;
}

@ObjectType()
export class ReferralBound {
  @Field(() => ID) promoterId!: string;
  @Field(() => Boolean, { description: 'false: still bound to another promoter whose window is open' }) bound!: boolean;
}

export const BindReferralResult = createUnionType({
  name: 'BindReferralResult',
  types: () => [ReferralBound, ReferralError] as const,
  resolveType: (v) => ('promoterId' in v ? ReferralBound : ReferralError),
});

@ObjectType()
export class CommissionRule {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true }) categoryId!: string | null;
  @Field(() => ID, { nullable: true }) productId!: string | null;
  @Field(() => String) name!: string;
  @Field(() => Int, { description: 'Basis points of the kept net: 1000 = 10%' }) rateBp!: number;
}

@InputType()
export class CommissionRuleInput {
  @Field(() => ID, { nullable: true }) categoryId?: string | null;
  @Field(() => ID, { nullable: true }) productId?: string | null;
  @Field(() => Int) rateBp!: number;
}

export enum WithdrawalState {
  REQUESTED = 'REQUESTED',
  PAYING = 'PAYING',
  PAID = 'PAID',
  REJECTED = 'REJECTED',
  FAILED = 'FAILED',
}
registerEnumType(WithdrawalState, { name: 'WithdrawalState' });

@ObjectType()
export class CommissionWithdrawal {
  @Field(() => ID) id!: string;
  @Field(() => ID) promoterId!: string;
  @Field(() => String) promoterName!: string;
  @Field(() => Int) amountFen!: number;
  @Field(() => WithdrawalState) state!: WithdrawalState;
  @Field(() => String, { nullable: true }) transferBillNo!: string | null;
  @Field(() => String, { nullable: true, description: 'PAYING: for wx.requestMerchantTransfer when the user must confirm' })
  packageInfo!: string | null;
  @Field(() => String, { nullable: true }) failReason!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'FAILED: when HQ marked it seen' }) failureSeenAt!: Date | null;
}

export const WithdrawalResult = createUnionType({
  name: 'WithdrawalResult',
  types: () => [CommissionWithdrawal, ReferralError] as const,
  resolveType: (v) => ('amountFen' in v ? CommissionWithdrawal : ReferralError),
});

@ObjectType({ description: 'Commission of one promoter at one store over a period' })
export class CommissionReportRow {
  @Field(() => ID) storeId!: string;
  @Field(() => String) storeName!: string;
  @Field(() => ID) promoterId!: string;
  @Field(() => String) promoterName!: string;
  @Field(() => PromoterKind) kind!: PromoterKind;
  @Field(() => Int) orders!: number;
  @Field(() => Int) keptNetFen!: number;
  @Field(() => Int) commissionFen!: number;
  @Field(() => Int) frozenFen!: number;
  @Field(() => Int) availableFen!: number;
}

@ObjectType({ description: "A promoter's share of a product or the store: the weapp card's path, the H5 link, the mini-program code" })
export class ShareCode {
  @Field(() => String, { description: "The mini-program code's scene (≤ 32 characters): promoter code and target" }) scene!: string;
  @Field(() => String, { description: 'The weapp share card path (onShareAppMessage), with ?ref=' }) path!: string;
  @Field(() => String, { description: 'The H5 link, with ?ref=' }) link!: string;
  @Field(() => String, { description: 'The mini-program code image (PNG or JPEG), made once per promoter and target' }) imageUrl!: string;
}

export const ShareCodeResult = createUnionType({
  name: 'ShareCodeResult',
  types: () => [ShareCode, ReferralError] as const,
  resolveType: (v) => ('scene' in v ? ShareCode : ReferralError),
});

@ObjectType({ description: "A clerk's code that links their own shopper account (their WeChat), valid 10 minutes" })
export class StaffLinkCode {
  @Field(() => String, { description: 'What linkStaffAccount takes' }) token!: string;
  @Field(() => String, { description: "The H5 link to the mini-program's link page with the token (what the QR holds)" }) link!: string;
  @Field(() => String, { description: 'The QR of the link, a PNG data URL' }) qrDataUrl!: string;
  @Field(() => Date) expiresAt!: Date;
}

@ObjectType({ description: "What a mini-program code's scene opens (the promoter is bound by bindReferral)" })
export class ShareScene {
  @Field(() => String) promoterCode!: string;
  @Field(() => ID, { nullable: true }) productId!: string | null;
  @Field(() => String, { nullable: true }) storeCode!: string | null;
}
