// Member levels: HQ sets the table of levels and their benefits; a shopper reads their membership (会员中心) and sets
// their birthday once.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../common/clock';
import { badUserInput } from '../../common/errors';
import { transaction } from '../../common/sql';
import type { Funder } from '../pricing/pricing.types';
import type { LevelBook } from './level-book';
import { levelFor, nextLevel, type LevelTerms } from './levels';
import { couponTemplatesAmong, growthOf, memberFactsOf, replaceLevels, setBirthdayOnce } from './level.repository';
import { MemberLevel, type MemberLevelInput, Membership } from './member-level.types';

export const MAX_LEVELS = 10;

export class MembershipService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly book: LevelBook,
  ) {}

  async levels(): Promise<MemberLevel[]> {
    return (await this.book.levels(this.em, true)).map(toMemberLevel);
  }

  /** Replaces the whole table of levels; terms that cannot make sense are refused before anything is written. */
  async setLevels(input: readonly MemberLevelInput[]): Promise<MemberLevel[]> {
    if (input.length > MAX_LEVELS) throw badUserInput(`At most ${MAX_LEVELS} levels`, 'levels');
    const thresholds = new Set(input.map((l) => l.growthThreshold));
    if (thresholds.size !== input.length) throw badUserInput('Two levels cannot need the same growth', 'growthThreshold');
    const names = new Set(input.map((l) => l.name.trim()));
    if (names.size !== input.length) throw badUserInput('Two levels cannot have the same name', 'name');
    const coupons = input.flatMap((l) => [l.monthlyCouponId, l.birthdayCouponId]).filter((x): x is string => !!x);
    const known = await couponTemplatesAmong(this.em, [...new Set(coupons)]);
    const unknown = coupons.find((c) => !known.has(c));
    if (unknown) throw badUserInput(`No coupon template ${unknown}`, 'monthlyCouponId');
    const levels = input.map((l): LevelTerms => {
      const cats = l.categoryPrices ?? [];
      if (new Set(cats.map((c) => c.categoryId)).size !== cats.length) throw badUserInput('A category is listed twice', 'categoryPrices');
      const funder: Funder = l.funder === 'SPLIT' ? { kind: 'SPLIT', storeBp: l.funderStoreBp ?? 0 } : { kind: l.funder as 'HQ' | 'STORE' };
      return {
        id: l.id ?? randomUUID(),
        name: l.name.trim(),
        growthThreshold: l.growthThreshold,
        memberPriceBp: l.memberPriceBp,
        categoryPrices: cats.map((c) => ({ categoryId: c.categoryId, offBp: c.offBp })),
        pointsMultiplierBp: l.pointsMultiplierBp,
        freeDeliveryThresholdFen: l.freeDeliveryThresholdFen ?? null,
        monthlyCouponId: l.monthlyCouponId ?? null,
        birthdayCouponId: l.birthdayCouponId ?? null,
        funder,
      };
    });
    if (new Set(levels.map((l) => l.id)).size !== levels.length) throw badUserInput('Two levels have the same id', 'id');
    await transaction(this.em, (tx) => replaceLevels(tx, levels, this.clock.now()));
    // This process prices with the new table at once; others within the level book's TTL.
    this.book.clear();
    return this.levels();
  }

  async mine(shopperId: string): Promise<Membership> {
    const levels = await this.book.levels(this.em);
    const growth = await growthOf(this.em, shopperId);
    const { points, birthday } = await memberFactsOf(this.em, shopperId);
    const level = levelFor(levels, growth);
    const next = nextLevel(levels, growth);
    return Object.assign(new Membership(), {
      growth,
      level: level ? toMemberLevel(level) : null,
      nextLevel: next ? toMemberLevel(next) : null,
      growthToNext: next ? next.growthThreshold - growth : null,
      points,
      birthday,
      levels: levels.map(toMemberLevel),
    });
  }

  /** The birthday, once: a later change is refused (the birthday coupon comes once a year). */
  async setBirthday(shopperId: string, birthday: string): Promise<Membership> {
    const valid = /^\d{4}-\d{2}-\d{2}$/.test(birthday) && !Number.isNaN(Date.parse(`${birthday}T00:00:00Z`));
    const year = Number(birthday.slice(0, 4));
    if (
      !valid ||
      new Date(`${birthday}T00:00:00Z`).toISOString().slice(0, 10) !== birthday ||
      year < 1900 ||
      year > this.clock.now().getUTCFullYear()
    )
      throw badUserInput('A birthday is a real date, YYYY-MM-DD', 'birthday');
    if (!(await setBirthdayOnce(this.em, shopperId, birthday))) throw badUserInput('Your birthday is set already', 'birthday');
    return this.mine(shopperId);
  }
}

export function toMemberLevel(l: LevelTerms): MemberLevel {
  return Object.assign(new MemberLevel(), {
    id: l.id,
    name: l.name,
    growthThreshold: l.growthThreshold,
    memberPriceBp: l.memberPriceBp,
    categoryPrices: l.categoryPrices.map((c) => ({ ...c })),
    pointsMultiplierBp: l.pointsMultiplierBp,
    freeDeliveryThresholdFen: l.freeDeliveryThresholdFen,
    monthlyCouponId: l.monthlyCouponId,
    birthdayCouponId: l.birthdayCouponId,
    funder: l.funder.kind,
    funderStoreBp: l.funder.kind === 'SPLIT' ? l.funder.storeBp : 0,
  });
}
