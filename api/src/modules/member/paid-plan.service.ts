// 付费会员 plans and the paid membership a shopper holds: HQ sets plans; the shopper's 会员中心 and HQ's member page
// read what runs now. Buying and refunding take money, so they live in payment (membership-purchase.service.ts).
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../common/clock';
import { badUserInput } from '../../common/errors';
import { UUID } from '../../common/sql';
import type { LevelBook } from './level-book';
import { proRataRefund } from './paid-plans';
import {
  allPlans,
  growthAndPaidOf,
  purchasesOfShopper,
  runningEndOf,
  savePlan,
  type PlanRow,
  type PurchaseRow,
} from './paid-plan.repository';
import { MemberPaidMembership, MembershipPlan, MembershipPurchase, PaidMembership, type MembershipPlanInput } from './paid-plan.types';

export class PaidPlanService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly book: LevelBook,
  ) {}

  async plans(onSaleOnly = false): Promise<MembershipPlan[]> {
    return (await allPlans(this.em)).filter((p) => !onSaleOnly || p.onSale).map(toPlan);
  }

  async save(input: MembershipPlanInput): Promise<MembershipPlan> {
    const cats = input.categoryPrices ?? [];
    if (new Set(cats.map((c) => c.categoryId)).size !== cats.length) throw badUserInput('A category is listed twice', 'categoryPrices');
    const plan: PlanRow = {
      id: input.id ?? randomUUID(),
      name: input.name.trim(),
      priceFen: input.priceFen,
      durationDays: input.durationDays,
      memberPriceBp: input.memberPriceBp,
      categoryPrices: cats.map((c) => ({ categoryId: c.categoryId, offBp: c.offBp })),
      pointsMultiplierBp: input.pointsMultiplierBp,
      freeDeliveryThresholdFen: input.freeDeliveryThresholdFen ?? null,
      onSale: input.onSale,
    };
    if (!(await savePlan(this.em, plan, this.clock.now()))) throw badUserInput('Another plan has this name', 'name');
    // This process prices with plans at once (a chain's first plan turns the paid-membership read on).
    this.book.clear();
    return toPlan(plan);
  }

  /** What the shopper holds now, with the end of all the time bought in a row; null with nothing running. */
  async current(shopperId: string): Promise<PaidMembership | null> {
    const now = this.clock.now();
    const { paid } = await growthAndPaidOf(this.em, shopperId, now);
    if (!paid) return null;
    const endsAt = (await runningEndOf(this.em, shopperId, now))!;
    return Object.assign(new PaidMembership(), {
      planName: paid.planName,
      endsAt,
      memberPriceBp: paid.memberPriceBp,
      categoryPrices: paid.categoryPrices.map((c) => ({ ...c })),
      pointsMultiplierBp: paid.pointsMultiplierBp,
      freeDeliveryThresholdFen: paid.freeDeliveryThresholdFen,
    });
  }

  /** HQ's member page: what runs now, every purchase, and what a refund now would give back. */
  async ofMember(shopperId: string): Promise<MemberPaidMembership> {
    if (!UUID.test(shopperId)) throw badUserInput('No such member', 'shopperId');
    const now = this.clock.now();
    const purchases = await purchasesOfShopper(this.em, shopperId);
    const refundableFen = purchases
      .filter((p) => p.state === 'PAID' && p.endsAt! > now)
      .reduce((sum, p) => sum + proRataRefund({ priceFen: p.priceFen, durationDays: p.durationDays, startsAt: p.startsAt! }, now), 0);
    return Object.assign(new MemberPaidMembership(), {
      current: await this.current(shopperId),
      purchases: purchases.map(toPurchase),
      refundableFen,
    });
  }
}

export function toPlan(p: PlanRow): MembershipPlan {
  return Object.assign(new MembershipPlan(), { ...p, categoryPrices: p.categoryPrices.map((c) => ({ ...c })) });
}

export function toPurchase(p: PurchaseRow): MembershipPurchase {
  return Object.assign(new MembershipPurchase(), {
    id: p.id,
    planName: p.planName,
    priceFen: p.priceFen,
    durationDays: p.durationDays,
    state: p.state,
    paidAt: p.paidAt,
    startsAt: p.startsAt,
    endsAt: p.endsAt,
    refundedFen: p.refundedFen,
    refundedAt: p.refundedAt,
  });
}
