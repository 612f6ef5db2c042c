// The demo chain's promotions, so a new user of `npm start` finds them at once: a 满减 over every store, a 新人券
// given at the first sign-in, and coupons to claim in the 领券中心 (满减券, a 乳品 折扣券, a 运费券). Made through the
// promotion service like HQ's own, and only into a chain with no promotion yet (safe to run again).
import type { EntityManager } from '@mikro-orm/postgresql';
import { systemClock } from '../common/clock';
import { CampaignBook } from '../modules/promotion/campaign-book';
import { PromotionService } from '../modules/promotion/promotion.service';
import { CouponIssue, CouponKind, PromotionKind, StackClass, type CreatePromotionInput } from '../modules/promotion/promotion.types';
import { anyPromotion, categoryIdByCode } from './demo-network.repository';

const BOTH = [StackClass.FULL_REDUCTION, StackClass.COUPON];

export async function demoPromotionInputs(em: EntityManager): Promise<CreatePromotionInput[]> {
  const dairy = await categoryIdByCode(em, 'DAIRY');
  const coupon = (c: Partial<CreatePromotionInput>): CreatePromotionInput =>
    ({ kind: PromotionKind.COUPON, channel: 'BOTH', funder: 'HQ', stacksWith: BOTH, perUserLimit: 1, ...c }) as CreatePromotionInput;
  return [
    {
      kind: PromotionKind.FULL_REDUCTION,
      name: '全场满59减8，满99减15',
      tiers: [
        { thresholdFen: 5_900, offFen: 800 },
        { thresholdFen: 9_900, offFen: 1_500 },
      ],
      channel: 'BOTH',
      funder: 'HQ',
      stacksWith: BOTH,
    },
    coupon({ name: '新人无门槛 5 元券', couponKind: CouponKind.AMOUNT_OFF, offFen: 500, validDays: 7, issuedBy: CouponIssue.NEW_SHOPPER }),
    coupon({
      name: '满39减6',
      couponKind: CouponKind.AMOUNT_OFF,
      thresholdFen: 3_900,
      offFen: 600,
      validDays: 14,
      totalLimit: 10_000,
      funder: 'SPLIT',
      funderStoreBp: 5_000,
    }),
    ...(dairy
      ? [
          coupon({
            name: '乳品 9 折券',
            couponKind: CouponKind.PERCENT_OFF,
            thresholdFen: 2_000,
            offBp: 1_000,
            capFen: 1_000,
            categoryIds: [dairy],
            validDays: 7,
            totalLimit: 5_000,
          }),
        ]
      : []),
    coupon({ name: '运费券 减 3 元', couponKind: CouponKind.DELIVERY_OFF, offFen: 300, validDays: 7, totalLimit: 5_000 }),
  ];
}

/** Makes and launches the demo promotions unless the chain has any; answers how many were made. */
export async function seedDemoPromotions(em: EntityManager): Promise<number> {
  if (await anyPromotion(em)) return 0;
  const service = new PromotionService(em, systemClock, new CampaignBook());
  const inputs = await demoPromotionInputs(em);
  for (const input of inputs) {
    const made = await service.create(input);
    await service.setState(made.id, 'LIVE');
  }
  return inputs.length;
}
