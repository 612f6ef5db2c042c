// Revocable staff sessions: a token names its staff member's session version (and its session id and device);
// every request checks them against markers in Redis, one MGET, filled from PostgreSQL (the truth) on a miss.
//   staff:<id>   the current session version, or -1 while the account is disabled (a missing row reads 0)
//   sid:<id>     set when that one session signed out, until it would have expired
//   device:<id>  'ok' or 'revoked'
//   revocations-warm  present while every sign-out in PostgreSQL (session_revocation) has its sid marker here
// A bump writes the row first and then the marker; a miss fills the marker only if it is still absent (SET NX), so
// a slow reader can never put back a version older than the one a bump just wrote. A sign-out is written to
// PostgreSQL first; a Redis that lost its keys has lost the warm marker too (it is read in the same MGET, so the
// normal case costs no PostgreSQL round trip), and the first request after that puts every sign-out back.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Redis } from 'ioredis';
import { Role } from './auth.entity';
import { deviceRevokedById, staffSessionState } from './staff.repository';
import { activeRevocations, saveRevocation } from './session-revocation.repository';
import type { Viewer } from '../../common/viewer';
import type { Clock } from '../../common/clock';

const FILL_TTL_SEC = 3600;

export class SessionGuard {
  private readonly prefix: string;
  private rebuilding: Promise<Set<string>> | null = null;

  constructor(
    private readonly redis: Redis,
    prefix: string,
    private readonly clock: Clock,
  ) {
    // One hash tag for the guard's keys: a request reads a staff member's, a session's and a device's in one MGET,
    // which Redis Cluster serves only within a slot.
    this.prefix = `{${prefix}:auth}`;
  }

  private warmKey = () => `${this.prefix}:revocations-warm`;

  private staffKey = (id: string) => `${this.prefix}:staff:${id}`;
  private sidKey = (sid: string) => `${this.prefix}:sid:${sid}`;
  private deviceKey = (id: string) => `${this.prefix}:device:${id}`;

  /** Whether this viewer's session still stands. Shoppers' sessions are not revocable (they only expire). */
  async allows(em: EntityManager, viewer: Viewer): Promise<boolean> {
    if (viewer.role !== Role.CLERK && viewer.role !== Role.HQ_ADMIN) return true;
    const session = viewer.session ?? { ver: 0 };
    const [version, signedOut, device, warm] = await this.redis.mget(
      this.staffKey(viewer.staffId),
      session.sid ? this.sidKey(session.sid) : `${this.prefix}:none`,
      session.deviceId ? this.deviceKey(session.deviceId) : `${this.prefix}:none`,
      this.warmKey(),
    );
    if (signedOut) return false;
    if (!warm && session.sid && (await this.rebuildRevocations(em)).has(session.sid)) return false;
    const current = version ?? (await this.fillStaff(em, viewer.staffId));
    if (Number(current) !== session.ver) return false;
    if (!session.deviceId) return true;
    return (device ?? (await this.fillDevice(em, session.deviceId))) === 'ok';
  }

  private async fillStaff(em: EntityManager, staffId: string): Promise<string> {
    const state = await staffSessionState(em, staffId);
    const value = String(!state ? 0 : state.disabled ? -1 : state.version);
    await this.redis.set(this.staffKey(staffId), value, 'EX', FILL_TTL_SEC, 'NX');
    return value;
  }

  private async fillDevice(em: EntityManager, deviceId: string): Promise<string> {
    const value = (await deviceRevokedById(em, deviceId)) === false ? 'ok' : 'revoked';
    await this.redis.set(this.deviceKey(deviceId), value, 'EX', FILL_TTL_SEC, 'NX');
    return value;
  }

  /** After the row's version was bumped (or the account disabled): every older session of this staff member ends. */
  async staffChanged(staffId: string, state: { version: number; disabled: boolean }): Promise<void> {
    await this.redis.set(this.staffKey(staffId), String(state.disabled ? -1 : state.version), 'EX', FILL_TTL_SEC);
  }

  /** Ends one session (sign-out), remembered until it would have expired anyway: in PostgreSQL, then in Redis. */
  async signOut(em: EntityManager, sid: string, expSeconds: number, now: Date): Promise<void> {
    await saveRevocation(em, sid, new Date((expSeconds + 60) * 1000));
    const ttl = Math.max(1, expSeconds - Math.floor(now.getTime() / 1000)) + 60;
    await this.redis.set(this.sidKey(sid), '1', 'EX', ttl);
  }

  /** Puts every sign-out still in force back into Redis, then the warm marker; one rebuild at a time per process. */
  private rebuildRevocations(em: EntityManager): Promise<Set<string>> {
    this.rebuilding ??= (async () => {
      const now = this.clock.now();
      const rows = await activeRevocations(em, now);
      const pipeline = this.redis.pipeline();
      for (const r of rows) pipeline.set(this.sidKey(r.sid), '1', 'PX', Math.max(1, r.expiresAt.getTime() - now.getTime()));
      // Set last: a marker seen means every row before it is back.
      pipeline.set(this.warmKey(), String(now.getTime()));
      await pipeline.exec();
      return new Set(rows.map((r) => r.sid));
    })().finally(() => {
      this.rebuilding = null;
    });
    return this.rebuilding;
  }

  /** After the device row was revoked: every session unlocked on it ends. */
  async deviceRevoked(deviceId: string): Promise<void> {
    await this.redis.set(this.deviceKey(deviceId), 'revoked', 'EX', FILL_TTL_SEC);
  }
}
