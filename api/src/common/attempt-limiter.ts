// Failed attempts counted in Redis before they are evaluated: pickup codes, PINs and staff passwords all use it.
//
// Each scope (a clerk, a store, a device, a username, an address) has a sliding window of failures (a sorted set
// of timestamps), a set of attempts in flight, and a lock key. An attempt is admitted by one script that refuses
// it during a lockout and otherwise counts it in flight, so that failures and attempts in flight together never
// pass the limit: a burst of 100 concurrent guesses gets at most `limit` evaluated, the rest refused. Afterwards
// the attempt either fails (it moves to the failures; at the limit the scope locks and its window starts empty)
// or is released (it was not a miss). Times are the app clock's, so tests can move them; the lock key's value is
// the unlock time and Redis expires it with the lockout.
//
// Redis is the lockouts' cache, not their only copy: a lockout is also written to PostgreSQL (security_lockout). A
// warm marker says Redis holds every lockout of this limiter; ADMIT reads it in the same script (no extra round
// trip), and when Redis lost it (restarted empty) the limiter puts the lockouts back from PostgreSQL first.
import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Clock } from './clock';
import type { DatabaseHandle } from './database-handle';
import { activeLockouts, deleteLockout, saveLockout } from './lockout.repository';

export interface AttemptScope {
  /** Reported when this scope refuses or locks, e.g. 'CLERK'. */
  name: string;
  /**
   * The Redis Cluster hash tag (without braces) of this scope's keys. One admission's scripts touch every scope it
   * names plus the lock index and warm marker, so the scopes of one call share it, and the index and marker are kept
   * per slot (`{slot}:locks`): a store's clerks and the store itself share the store's.
   */
  slot: string;
  /** Key prefix of this scope's window, in-flight set and lock, after `{slot}:`. */
  key: string;
  limit: number;
  /** Member of the limiter's lock index while this scope is locked (so HQ can list lockouts). */
  tag?: string;
}

export interface AttemptLimits {
  windowMs: number;
  lockoutMs: number;
}

export interface Refusal {
  scope: string;
  retryAfterSeconds: number;
  /** True for a lockout; false when the attempts in flight already fill the limit (try again shortly). */
  locked: boolean;
}

export type Admission = { admitted: true; ticket: Ticket } | { admitted: false; refusal: Refusal };

export interface Ticket {
  scopes: AttemptScope[];
  member: string;
}

/** An attempt in flight longer than this (a crashed request) stops counting. */
const IN_FLIGHT_MS = 60_000;

// KEYS: per scope window, in-flight set, lock; then the warm marker. ARGV: now, window ms, in-flight ms, member, then
// one limit per scope. Returns {1} when admitted, {2} when the lockouts must be put back first, else {0, scope index
// (1-based), ms to wait, 1 if locked}.
const ADMIT = `
local now, window, flight, member = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), ARGV[4]
if redis.call('EXISTS', KEYS[#KEYS]) == 0 then return {2} end
local n = (#KEYS - 1) / 3
local best, bestScope = 0, 0
for s = 1, n do
  local v = redis.call('GET', KEYS[3 * s])
  if v and tonumber(v) - now > best then best = tonumber(v) - now; bestScope = s end
end
if bestScope > 0 then return {0, bestScope, best, 1} end
local wait, waitScope = 0, 0
for s = 1, n do
  local win, fly, limit = KEYS[3 * s - 2], KEYS[3 * s - 1], tonumber(ARGV[4 + s])
  redis.call('ZREMRANGEBYSCORE', win, '-inf', now - window)
  redis.call('ZREMRANGEBYSCORE', fly, '-inf', now - flight)
  if redis.call('ZCARD', win) + redis.call('ZCARD', fly) >= limit then
    local w = flight
    local oldest = redis.call('ZRANGE', fly, 0, 0, 'WITHSCORES')
    if oldest[2] then w = tonumber(oldest[2]) + flight - now end
    if w < 1000 then w = 1000 end
    if waitScope == 0 or w > wait then wait = w; waitScope = s end
  end
end
if waitScope > 0 then return {0, waitScope, wait, 0} end
for s = 1, n do
  redis.call('ZADD', KEYS[3 * s - 1], now, member)
  redis.call('PEXPIRE', KEYS[3 * s - 1], flight)
end
return {1}`;

// KEYS: per scope window, in-flight set, lock; then the lock index. ARGV: now, window ms, lockout ms, member, then
// per scope its limit and tag ('' for none). Moves the member from in flight to the failures; at the limit, locks.
// Returns the failures counted per scope.
const FAIL = `
local now, window, lockout, member = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), ARGV[4]
local n = (#KEYS - 1) / 3
local index = KEYS[#KEYS]
local counts = {}
for s = 1, n do
  local win, fly, lock = KEYS[3 * s - 2], KEYS[3 * s - 1], KEYS[3 * s]
  local limit, tag = tonumber(ARGV[3 + 2 * s]), ARGV[4 + 2 * s]
  redis.call('ZREM', fly, member)
  redis.call('ZREMRANGEBYSCORE', win, '-inf', now - window)
  redis.call('ZADD', win, now, member)
  redis.call('PEXPIRE', win, window)
  local c = redis.call('ZCARD', win)
  if c >= limit then
    redis.call('SET', lock, now + lockout, 'PX', lockout)
    redis.call('DEL', win)
    if tag ~= '' then redis.call('ZADD', index, now + lockout, tag) end
  end
  counts[#counts + 1] = c
end
return counts`;

type Scripted = Redis & {
  linliAdmitAttempt(numKeys: number, ...args: (string | number)[]): Promise<number[]>;
  linliFailAttempt(numKeys: number, ...args: (string | number)[]): Promise<number[]>;
};

export class AttemptLimiter {
  private readonly redis: Scripted;
  private readonly rebuilding = new Map<string, Promise<void>>();

  constructor(
    redis: Redis,
    private readonly clock: Clock,
    private readonly limits: AttemptLimits,
    /** This limiter's lockouts in PostgreSQL (security_lockout.index_key), whatever their slots. */
    private readonly family: string,
    /** Where lockouts are kept beyond Redis. */
    private readonly db: DatabaseHandle,
  ) {
    // Sent by hash (EVALSHA) once Redis has them: the pickup counter runs ADMIT on every typed code.
    if (!('linliAdmitAttempt' in redis)) {
      redis.defineCommand('linliAdmitAttempt', { lua: ADMIT });
      redis.defineCommand('linliFailAttempt', { lua: FAIL });
    }
    this.redis = redis as Scripted;
  }

  private static keys(scopes: AttemptScope[]): string[] {
    return scopes.flatMap((s) => [`${keyOf(s)}:fail`, `${keyOf(s)}:flight`, `${keyOf(s)}:lock`]);
  }

  /** The slot every scope of one call shares (a call across slots could not run as one script on Redis Cluster). */
  private static slotOf(scopes: AttemptScope[]): string {
    const slot = scopes[0]!.slot;
    if (scopes.some((s) => s.slot !== slot)) throw new Error(`attempt scopes in different slots: ${scopes.map((s) => s.slot).join(', ')}`);
    return slot;
  }

  /** Counts the attempt in flight, or refuses it (lockout, or the limit already taken by attempts in flight). */
  async admit(scopes: AttemptScope[]): Promise<Admission> {
    const member = randomBytes(8).toString('hex');
    const ask = () =>
      this.redis.linliAdmitAttempt(
        scopes.length * 3 + 1,
        ...AttemptLimiter.keys(scopes),
        warmKey(AttemptLimiter.slotOf(scopes)),
        this.clock.now().getTime(),
        this.limits.windowMs,
        IN_FLIGHT_MS,
        member,
        ...scopes.map((s) => s.limit),
      );
    let answer = await ask();
    if (answer[0] === 2) {
      await this.rebuild(AttemptLimiter.slotOf(scopes));
      answer = await ask();
    }
    if (answer[0] === 1) return { admitted: true, ticket: { scopes, member } };
    return {
      admitted: false,
      refusal: { scope: scopes[answer[1]! - 1]!.name, retryAfterSeconds: Math.ceil(answer[2]! / 1000), locked: answer[3] === 1 },
    };
  }

  /**
   * The attempt failed (or, without a ticket, a failure that needed no admission, like a forged QR token): it
   * counts in each scope's window. Answers the failures left before a lockout, over all scopes (0: locked now).
   */
  async fail(ticketOrScopes: Ticket | AttemptScope[]): Promise<{ attemptsLeft: number }> {
    const { scopes, member } = Array.isArray(ticketOrScopes)
      ? { scopes: ticketOrScopes, member: randomBytes(8).toString('hex') }
      : ticketOrScopes;
    const now = this.clock.now().getTime();
    const counts = await this.redis.linliFailAttempt(
      scopes.length * 3 + 1,
      ...AttemptLimiter.keys(scopes),
      indexKey(AttemptLimiter.slotOf(scopes)),
      now,
      this.limits.windowMs,
      this.limits.lockoutMs,
      member,
      ...scopes.flatMap((s) => [s.limit, s.tag ?? '']),
    );
    const until = new Date(now + this.limits.lockoutMs);
    const locked = scopes.filter((s, i) => counts[i]! >= s.limit);
    for (const s of locked) await saveLockout(this.db.em(), this.family, { lockKey: `${keyOf(s)}:lock`, tag: s.tag ?? null, until });
    return { attemptsLeft: Math.max(0, Math.min(...scopes.map((s, i) => s.limit - counts[i]!))) };
  }

  /** Puts the slot's lockouts in PostgreSQL back into Redis (locks and the index), then its warm marker; one at a time. */
  private rebuild(slot: string): Promise<void> {
    let pending = this.rebuilding.get(slot);
    if (pending) return pending;
    pending = (async () => {
      const now = this.clock.now();
      // Lockouts are few (a handful per store at worst): read the family's and keep the slot's.
      const rows = (await activeLockouts(this.db.em(), this.family, now)).filter((r) => r.lockKey.startsWith(`{${slot}}:`));
      const pipeline = this.redis.pipeline();
      for (const r of rows) {
        const left = Math.max(1, r.until.getTime() - now.getTime());
        pipeline.set(r.lockKey, String(r.until.getTime()), 'PX', left);
        if (r.tag) pipeline.zadd(indexKey(slot), r.until.getTime(), r.tag);
      }
      pipeline.set(warmKey(slot), String(now.getTime()));
      await pipeline.exec();
    })().finally(() => {
      this.rebuilding.delete(slot);
    });
    this.rebuilding.set(slot, pending);
    return pending;
  }

  /** The attempt was not a miss: it stops counting. */
  async release(ticket: Ticket): Promise<void> {
    const pipeline = this.redis.pipeline();
    for (const s of ticket.scopes) pipeline.zrem(`${keyOf(s)}:flight`, ticket.member);
    await pipeline.exec();
  }

  /** Lifts a scope's lockout and forgets its failures (HQ's decision). Answers whether it was locked. */
  async clear(scope: AttemptScope): Promise<boolean> {
    const key = keyOf(scope);
    await deleteLockout(this.db.em(), `${key}:lock`);
    const [[, deleted]] = (await this.redis
      .multi()
      .del(`${key}:lock`)
      .del(`${key}:fail`, `${key}:flight`)
      .zrem(indexKey(scope.slot), scope.tag ?? '')
      .exec()) as [[unknown, number]];
    return deleted > 0;
  }

  /**
   * The tags of the scopes locked now, with their unlock times, from PostgreSQL (which has every lockout): the Redis
   * indexes are per slot, and on Redis Cluster one listing would otherwise visit every store's.
   */
  async locked(): Promise<{ tag: string; until: Date }[]> {
    const rows = await activeLockouts(this.db.em(), this.family, this.clock.now());
    return rows.filter((r) => r.tag !== null).map((r) => ({ tag: r.tag!, until: r.until }));
  }
}

const keyOf = (scope: AttemptScope) => `{${scope.slot}}:${scope.key}`;
/** Sorted set of the slot's locked scopes' tags, scored by unlock time. */
const indexKey = (slot: string) => `{${slot}}:locks`;
const warmKey = (slot: string) => `{${slot}}:locks:warm`;
