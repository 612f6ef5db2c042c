// The chain's member levels as this process last read them: a checkout in a chain without levels costs no statement
// more, and one with levels reads only the shopper's growth. HQ's change shows at once in the process that made it,
// in the others within the TTL (a quote and its checkout a few seconds apart may straddle it, like the price book).
import type { EntityManager } from '@mikro-orm/postgresql';
import { ProcessCache } from '../../common/process-cache';
import { levelFor, type LevelTerms } from './levels';
import { allLevels, growthOf } from './level.repository';

const TTL_MS = 10_000;

export class LevelBook {
  private readonly cache: ProcessCache<LevelTerms[]>;

  constructor(now: () => number = Date.now) {
    this.cache = new ProcessCache(allLevels, TTL_MS, now);
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

  clear(): void {
    this.cache.clear();
  }
}
