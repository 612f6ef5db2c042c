// Limits on guessing staff passwords (per username and per source address) and counter PINs (per staff member
// and per device), on the shared attempt limiter: counted before they are checked, locked out at the limit.
import type { Redis } from 'ioredis';
import { AttemptLimiter, type Admission, type Ticket } from '../../common/attempt-limiter';
import type { Clock } from '../../common/clock';
import type { StaffAuthConfig } from '../../config';

export class StaffAuthLimits {
  private readonly limiter: AttemptLimiter;
  private readonly prefix: string;

  constructor(
    redis: Redis,
    prefix: string,
    private readonly config: StaffAuthConfig,
    clock: Clock,
  ) {
    this.prefix = `${prefix}:auth`;
    this.limiter = new AttemptLimiter(redis, clock, { windowMs: config.failureWindowSec * 1000, lockoutMs: config.lockoutSec * 1000 }, `${this.prefix}:locks`);
  }

  private loginScopes(username: string, source: string) {
    return [
      { name: 'USERNAME', key: `${this.prefix}:login:user:${username.normalize('NFKC').toLowerCase()}`, limit: this.config.loginMaxFailuresPerUser },
      { name: 'SOURCE', key: `${this.prefix}:login:source:${source}`, limit: this.config.loginMaxFailuresPerSource },
    ];
  }

  private pinScopes(staffId: string, deviceId: string) {
    return [
      { name: 'STAFF', key: `${this.prefix}:pin:staff:${staffId}`, limit: this.config.pinMaxFailuresPerStaff },
      { name: 'DEVICE', key: `${this.prefix}:pin:device:${deviceId}`, limit: this.config.pinMaxFailuresPerDevice },
    ];
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
    return this.limiter.clear({ name: 'STAFF', key: `${this.prefix}:pin:staff:${staffId}`, limit: 0 });
  }
}
