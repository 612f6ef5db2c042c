// Failed pickup attempts in Redis: a sliding window (sorted set of timestamps) per clerk and per store, and a
// lockout once either reaches its limit. Times are the app clock's, so tests can move them.
import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Clock } from '../../common/clock';
import type { PickupConfig } from '../../config';

export type LockScope = 'CLERK' | 'STORE';

export interface Lockout {
  scope: LockScope;
  retryAfterSeconds: number;
}

// For each (window key, lock key, limit): drop what left the window, add this failure, count; at the limit set
// the lock (value = unlock time in ms, expiring with it) and clear the window, so the next window starts empty.
// ARGV: now, window ms, lockout ms, member, limit per key pair. Returns the failures counted per pair.
const RECORD_FAILURE = `
local now = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local lockout = tonumber(ARGV[3])
local counts = {}
for i = 1, #KEYS, 2 do
  local zkey, lkey, limit = KEYS[i], KEYS[i + 1], tonumber(ARGV[4 + (i + 1) / 2])
  redis.call('ZREMRANGEBYSCORE', zkey, '-inf', now - window)
  redis.call('ZADD', zkey, now, ARGV[4] .. ':' .. i)
  redis.call('PEXPIRE', zkey, window)
  local n = redis.call('ZCARD', zkey)
  if n >= limit then
    redis.call('SET', lkey, now + lockout, 'PX', lockout)
    redis.call('DEL', zkey)
  end
  counts[#counts + 1] = n
end
return counts`;

export class PickupAttemptLimiter {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly config: PickupConfig,
    private readonly clock: Clock,
  ) {}

  private keys(staffId: string, storeId: string) {
    const p = `${this.prefix}:pickup`;
    return {
      clerkWindow: `${p}:fail:clerk:${staffId}`,
      clerkLock: `${p}:lock:clerk:${staffId}`,
      storeWindow: `${p}:fail:store:${storeId}`,
      storeLock: `${p}:lock:store:${storeId}`,
    };
  }

  /** The lockout in force for this clerk or their store, the longer one when both. */
  async lockout(staffId: string, storeId: string): Promise<Lockout | undefined> {
    const k = this.keys(staffId, storeId);
    const [clerk, store] = await this.redis.mget(k.clerkLock, k.storeLock);
    const now = this.clock.now().getTime();
    const left = (v: string | null) => (v ? Math.ceil((Number(v) - now) / 1000) : 0);
    const [c, s] = [left(clerk), left(store)];
    if (c <= 0 && s <= 0) return undefined;
    return s >= c ? { scope: 'STORE', retryAfterSeconds: s } : { scope: 'CLERK', retryAfterSeconds: c };
  }

  /** Counts one failed attempt; answers how many the clerk has left before a lockout (0: locked now). */
  async recordFailure(staffId: string, storeId: string): Promise<{ attemptsLeft: number }> {
    const k = this.keys(staffId, storeId);
    const { clerkMaxFailures, storeMaxFailures, failureWindowSec, lockoutSec } = this.config;
    const [clerk, store] = (await this.redis.eval(
      RECORD_FAILURE,
      4,
      k.clerkWindow,
      k.clerkLock,
      k.storeWindow,
      k.storeLock,
      this.clock.now().getTime(),
      failureWindowSec * 1000,
      lockoutSec * 1000,
      randomBytes(8).toString('hex'),
      clerkMaxFailures,
      storeMaxFailures,
    )) as [number, number];
    return { attemptsLeft: Math.max(0, Math.min(clerkMaxFailures - clerk, storeMaxFailures - store)) };
  }
}
