// The live 满减 campaigns as this process last read them, so a checkout with no promotion on costs no statement
// more than before. Placing re-checks every campaign it used (coupon-budget.repository: still LIVE, budget left), so a stale
// entry can cost a retry, never a discount from a stopped campaign; a campaign launched meanwhile shows up within
// the TTL (at once in the process that launched it).
import type { EntityManager } from '@mikro-orm/postgresql';
import { ProcessCache } from '../../common/process-cache';
import type { FullReduction } from '../pricing/pricing.types';
import { liveFullReductions, toFullReduction } from './promotion.repository';

const TTL_MS = 10_000;

export class CampaignBook {
  private readonly cache: ProcessCache<FullReduction[]>;

  constructor(now: () => number = Date.now) {
    this.cache = new ProcessCache(async (em) => (await liveFullReductions(em)).map(toFullReduction), TTL_MS, now);
  }

  fullReductions(em: EntityManager, fresh = false): Promise<FullReduction[]> {
    return this.cache.get(em, fresh);
  }

  clear(): void {
    this.cache.clear();
  }
}
