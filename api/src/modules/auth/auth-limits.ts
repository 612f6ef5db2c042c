// Limits on guessing staff passwords (per username and per source address) and counter PINs (per staff member
// and per device), on the shared attempt limiter: counted before they are checked, locked out at the limit.
import type { Redis } from 'ioredis';
import { AttemptLimiter, type Admission, type AttemptScope, type Ticket } from '../../common/attempt-limiter';
import type { Clock } from '../../common/clock';
import type { DatabaseHandle } from '../../common/database-handle';
import type { StaffAuthConfig } from '../../common/config';

export class StaffAuthLimits {
  private readonly limiter: AttemptLimiter;
  private readonly prefix: string;

  constructor(
    redis: Redis,
    prefix: string,
    private readonly config: StaffAuthConfig,
    clock: Clock,
    db: DatabaseHandle,
  ) {
    this.prefix = `${prefix}:auth`;
    this.limiter = new AttemptLimiter(
      redis,
      clock,
      { windowMs: config.failureWindowSec * 1000, lockoutMs: config.lockoutSec * 1000 },
      `${this.prefix}:locks`,
      db,
    );
  }

  /** A scope by its name and subject (a username, an address, a staff id, a device id); its tag is `NAME:subject`. */
  private scope(name: SignInScope, subject: string): AttemptScope {
    const { key, limit } = {
      USERNAME: { key: 'login:user', limit: this.config.loginMaxFailuresPerUser },
      SOURCE: { key: 'login:source', limit: this.config.loginMaxFailuresPerSource },
      STAFF: { key: 'pin:staff', limit: this.config.pinMaxFailuresPerStaff },
      DEVICE: { key: 'pin:device', limit: this.config.pinMaxFailuresPerDevice },
    }[name];
    // One slot for every sign-in scope: a sign-in counts a username and an address together, which share nothing else.
    return { name, slot: this.prefix, key: `${key}:${subject}`, limit, tag: `${name}:${subject}` };
  }

  private loginScopes(username: string, source: string) {
    return [this.scope('USERNAME', usernameKey(username)), this.scope('SOURCE', source)];
  }

  private pinScopes(staffId: string, deviceId: string) {
    return [this.scope('STAFF', staffId), this.scope('DEVICE', deviceId)];
  }

  admitLogin(username: string, source: string): Promise<Admission> {
    return this.limiter.admit(this.loginScopes(username, source));
  }

  admitPin(staffId: string, deviceId: string): Promise<Admission> {
    return this.limiter.admit(this.pinScopes(staffId, deviceId));
  }

  fail(ticket: Ticket) {
    return this.limiter.fail(ticket);
  }

  release(ticket: Ticket) {
    return this.limiter.release(ticket);
  }

  /** HQ reset the PIN: its earlier failures no longer count. */
  clearPin(staffId: string) {
    return this.limiter.clear(this.scope('STAFF', staffId));
  }

  /** Sign-in lockouts in force: whose (scope and subject) and until when. */
  async lockouts(): Promise<{ scope: SignInScope; subject: string; until: Date }[]> {
    return (await this.limiter.locked()).map(({ tag, until }) => {
      const at = tag.indexOf(':');
      return { scope: tag.slice(0, at) as SignInScope, subject: tag.slice(at + 1), until };
    });
  }

  /** Lifts one (HQ's decision); answers whether it was in force. */
  unlock(scope: SignInScope, subject: string) {
    return this.limiter.clear(this.scope(scope, scope === 'USERNAME' ? usernameKey(subject) : subject));
  }
}

export type SignInScope = 'USERNAME' | 'SOURCE' | 'STAFF' | 'DEVICE';

/** Case and width do not make another username to guess under; the key stays bounded. */
function usernameKey(username: string): string {
  return username.normalize('NFKC').toLowerCase().slice(0, 200);
}
