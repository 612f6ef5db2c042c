// One value read from PostgreSQL and kept in this process for a few seconds (the live 满减 campaigns, the member
// levels): a hot path reads it for free, a fresh read is always one call away, and clear() drops it at once.
import type { EntityManager } from '@mikro-orm/postgresql';

export class ProcessCache<T> {
  private entry: { value: T; readAt: number } | undefined;

  constructor(
    private readonly read: (em: EntityManager) => Promise<T>,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  async get(em: EntityManager, fresh = false): Promise<T> {
    const at = this.now();
    if (!fresh && this.entry && at - this.entry.readAt < this.ttlMs) return this.entry.value;
    const value = await this.read(em);
    this.entry = { value, readAt: at };
    return value;
  }

  clear(): void {
    this.entry = undefined;
  }
}
