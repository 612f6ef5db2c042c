// The member code a shopper shows at the counter (一客一码), like a payment code: 18 random digits, shown with a QR
// that carries them, valid for a minute (the app asks for a new one each minute) and known only to Redis as a
// hash. Only the signed-in shopper can get one, so a clerk who scans it can sign up that shopper and nobody else;
// shopper ids never leave the server. Guessing: with even 100,000 codes live at once, a guess hits with
// probability 1e5 / 1e18 = 1e-13.
import { createHash, randomInt } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Clock } from '../../common/clock';

export const MEMBER_CODE_TTL_SEC = 60;
/** Redis keeps a code this much longer, so one shown just before it refreshed still scans. */
const GRACE_SEC = 30;
const QR_PREFIX = 'LMC1.';

export interface IssuedMemberCode {
  code: string;
  qrToken: string;
  expiresAt: Date;
}

export class MemberCodes {
  private readonly prefix: string;

  constructor(
    private readonly redis: Redis,
    prefix: string,
    private readonly clock: Clock,
  ) {
    this.prefix = `${prefix}:member`;
  }

  private key(code: string) {
    return `${this.prefix}:${createHash('sha256').update(code).digest('base64url')}`;
  }

  async issue(shopperId: string): Promise<IssuedMemberCode> {
    const code = Array.from({ length: 3 }, () => String(randomInt(0, 1_000_000)).padStart(6, '0')).join('');
    const expiresAt = new Date(this.clock.now().getTime() + MEMBER_CODE_TTL_SEC * 1000);
    await this.redis.set(this.key(code), `${shopperId}|${expiresAt.getTime()}`, 'EX', MEMBER_CODE_TTL_SEC + GRACE_SEC);
    return { code, qrToken: QR_PREFIX + code, expiresAt };
  }

  /** The shopper behind a typed code (spaces allowed) or a scanned QR token, while it is valid. */
  async resolve(shown: string): Promise<string | undefined> {
    const code = (shown.startsWith(QR_PREFIX) ? shown.slice(QR_PREFIX.length) : shown).replace(/ /g, '');
    if (!/^[0-9]{18}$/.test(code)) return undefined;
    const value = await this.redis.get(this.key(code));
    if (!value) return undefined;
    const [shopperId, expires] = value.split('|');
    return Number(expires) + GRACE_SEC * 1000 > this.clock.now().getTime() ? shopperId : undefined;
  }
}

export function groupMemberCode(code: string): string {
  return code.replace(/(\d{6})(?=\d)/g, '$1 ');
}
