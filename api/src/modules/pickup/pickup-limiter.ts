// Failed pickup attempts per clerk and per store (the shared attempt limiter), and the lockouts HQ can list and lift.
import type { Redis } from 'ioredis';
import { AttemptLimiter, type Admission, type AttemptScope, type Ticket } from '../../common/attempt-limiter';
import type { Clock } from '../../common/clock';
import type { DatabaseHandle } from '../../common/database-handle';
import type { PickupConfig } from '../../common/config';

export type LockScope = 'CLERK' | 'STORE';

export interface Lockout {
  scope: LockScope;
  retryAfterSeconds: number;
}

export interface PickupLockoutEntry {
  scope: LockScope;
  storeId: string;
  /** The clerk locked out (CLERK scope only). */
  staffId: string | null;
  until: Date;
}

export class PickupAttemptLimiter {
  private readonly limiter: AttemptLimiter;
  private readonly prefix: string;

  constructor(
    redis: Redis,
    prefix: string,
    private readonly config: PickupConfig,
    clock: Clock,
    db: DatabaseHandle,
  ) {
    this.prefix = `${prefix}:pickup`;
    this.limiter = new AttemptLimiter(
      redis,
      clock,
      { windowMs: config.failureWindowSec * 1000, lockoutMs: config.lockoutSec * 1000 },
      `${this.prefix}:locks`,
      db,
    );
  }

  /** A store's keys share its slot (Redis Cluster): its clerks' scopes and its own are counted in one script. */
  private slot(storeId: string): string {
    return `${this.prefix}:${storeId}`;
  }

  private clerkScope(staffId: string, storeId: string): AttemptScope {
    return {
      name: 'CLERK',
      slot: this.slot(storeId),
      key: `clerk:${staffId}`,
      limit: this.config.clerkMaxFailures,
      tag: `CLERK:${storeId}:${staffId}`,
    };
  }

  private storeScope(storeId: string): AttemptScope {
    return { name: 'STORE', slot: this.slot(storeId), key: 'store', limit: this.config.storeMaxFailures, tag: `STORE:${storeId}` };
  }

  private scopes(staffId: string, storeId: string) {
    return [this.clerkScope(staffId, storeId), this.storeScope(storeId)];
  }

  /**
   * Admits a typed code before it is looked up, counting it first: refused during a lockout, or when the clerk's
   * or store's attempts in flight would already reach the limit.
   */
  admit(staffId: string, storeId: string): Promise<Admission> {
    return this.limiter.admit(this.scopes(staffId, storeId));
  }

  /** Counts a failed attempt (its ticket when it was admitted); answers how many are left before a lockout (0: locked now). */
  recordFailure(staffId: string, storeId: string, ticket?: Ticket): Promise<{ attemptsLeft: number }> {
    return this.limiter.fail(ticket ?? this.scopes(staffId, storeId));
  }

  release(ticket: Ticket): Promise<void> {
    return this.limiter.release(ticket);
  }

  /** Lockouts in force, for HQ. */
  async lockouts(): Promise<PickupLockoutEntry[]> {
    return (await this.limiter.locked()).map(({ tag, until }) => {
      const [scope, storeId, staffId] = tag.split(':');
      return { scope: scope as LockScope, storeId: storeId!, staffId: staffId ?? null, until };
    });
  }

  /** Lifts a clerk's lockout (with staffId) or their store's; answers whether one was in force. */
  unlock(storeId: string, staffId: string | null): Promise<boolean> {
    return this.limiter.clear(staffId ? this.clerkScope(staffId, storeId) : this.storeScope(storeId));
  }
}
