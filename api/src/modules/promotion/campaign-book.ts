// The live 满减 campaigns as this process last read them, so a checkout with no promotion on costs no statement
// more than before. Placing re-checks every campaign it used (takeCouponAndBudgets: still LIVE, budget left), so a stale
// entry can cost a retry, never a discount from a stopped campaign; a campaign launched meanwhile shows up within
// the TTL (at once in the process that launched it).
import type { EntityManager } from '@mikro-orm/postgresql';
import type { FullReduction } from '../pricing/pricing.types';
import { liveFullReductions, toFullReduction } from './promotion.repository';

const TTL_MS = 10_000;

export class CampaignBook {
  private entry: { value: FullReduction[]; readAt: number } | undefined;

  constructor(private readonly now: () => number = Date.now) {}

  async fullReductions(em: EntityManager, fresh = false): Promise<FullReduction[]> {
    const at = this.now();
    if (!fresh && this.entry && at - this.entry.readAt < TTL_MS) return this.entry.value;
    const value = (await liveFullReductions(em)).map(toFullReduction);
    this.entry = { value, readAt: at };
    return value;
  }

  clear(): void {
    this.entry = undefined;
  }
}
