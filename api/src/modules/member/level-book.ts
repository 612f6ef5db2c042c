// The chain's member levels (and whether it sells paid membership) as this process last read them: a checkout in a
// chain without levels or plans costs no statement more, and one with them reads only the shopper's growth and paid
// membership, in one statement. HQ's change shows at once in the process that made it, in the others within the TTL
// (a quote and its checkout a few seconds apart may straddle it, like the price book).
import type { EntityManager } from '@mikro-orm/postgresql';
import { ProcessCache } from '../../common/process-cache';
import { riderRows, type SqlRider } from '../../common/sql';
import { levelFor, type LevelTerms } from './levels';
import { allLevels, growthOf, growthRead } from './level.repository';
import type { PaidTerms } from './paid-plans';
import { anyPlan, growthAndPaidRead } from './paid-plan.repository';

const TTL_MS = 10_000;

/** The member read: growth, and the paid membership when the chain sells any. */
export type MemberRead = SqlRider<{ g: string | null; paid?: PaidTerms | null }>;

/** What a member brings to pricing: their level and the paid membership running now (either may be missing). */
export interface MemberTerms {
  level: LevelTerms | undefined;
  paid: PaidTerms | undefined;
}

export class LevelBook {
  private readonly cache: ProcessCache<LevelTerms[]>;
  private readonly plans: ProcessCache<boolean>;

  constructor(now: () => number = Date.now) {
    this.cache = new ProcessCache(allLevels, TTL_MS, now);
    this.plans = new ProcessCache(anyPlan, TTL_MS, now);
  }

  levels(em: EntityManager, fresh = false): Promise<LevelTerms[]> {
    return this.cache.get(em, fresh);
  }

  /** The shopper's level now (undefined with no levels, or below the lowest threshold). */
  async levelOf(em: EntityManager, shopperId: string, fresh = false): Promise<LevelTerms | undefined> {
    const levels = await this.levels(em, fresh);
    if (levels.length === 0) return undefined;
    return levelFor(levels, await growthOf(em, shopperId));
  }

  /**
   * memberOf's one read (none in a chain without levels or plans), as a value: the checkout builds it before routing so
   * that it rides with routing's statement (common/sql-rider.ts).
   */
  async memberRead(em: EntityManager, shopperId: string, at: Date, fresh = false): Promise<MemberRead | undefined> {
    const levels = await this.levels(em, fresh);
    if (await this.plans.get(em, fresh)) return growthAndPaidRead(shopperId, at);
    return levels.length ? growthRead(shopperId) : undefined;
  }

  /**
   * The shopper's level and paid membership at `at`: what the pricing pipeline applies, online and at the counter.
   * `prefetched`: memberRead's read made earlier (perhaps carried), used when it asks exactly this.
   */
  async memberOf(em: EntityManager, shopperId: string, at: Date, fresh = false, prefetched?: MemberRead): Promise<MemberTerms> {
    const levels = await this.levels(em, fresh);
    const read = await this.memberRead(em, shopperId, at, fresh);
    if (!read) return { level: undefined, paid: undefined };
    const [r] = await riderRows(em, prefetched?.asks(read) ? prefetched : read);
    return { level: levels.length ? levelFor(levels, Number(r?.g ?? 0)) : undefined, paid: r?.paid ?? undefined };
  }

  clear(): void {
    this.cache.clear();
    this.plans.clear();
  }
}
