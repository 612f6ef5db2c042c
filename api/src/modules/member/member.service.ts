// Offline member codes: issuing and revoking a shopper's TOTP secret, and redeeming a code shown at a counter.
// Anything that scans a member code (signing a shopper up to a store today, the counter sale later) calls redeem.
import { randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../common/clock';
import { transaction } from '../../common/sql';
import { drawMemberReference, MEMBER_CODE_PREFIX, MEMBER_SECRET_BYTES, openSecret, parseMemberCode, sealSecret } from './member-code';
import { MemberCodeNotFoundError, MemberCodeReplayedError } from './member.errors';
import { liveSecretByReference, recordUse, replaceSecret, revokeSecrets } from './member.repository';
import { clusterOfStore } from '../store/store-cluster';
import { MemberCodeSecret } from './member.types';
import { hotp, sameCode, toBase32, TOTP_DIGITS, TOTP_STEP_SEC, totpCounter } from './totp';

/** A reference collision needs 10^10 / live secrets draws to matter; a few more draws are already rare. */
const MAX_DRAWS = 8;

export interface RedeemedMemberCode {
  shopperId: string;
  /** The time step the code belonged to (used now). */
  counter: number;
}

export class MemberCodeService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly sealKey: Buffer,
  ) {}

  /** A new secret for the signed-in shopper; their previous one stops working at once. */
  async issueSecret(shopperId: string): Promise<MemberCodeSecret> {
    const secret = randomBytes(MEMBER_SECRET_BYTES);
    const at = this.clock.now();
    for (let draw = 0; draw < MAX_DRAWS; draw++) {
      const id = randomUUID();
      const reference = drawMemberReference();
      const row = { id, shopperId, reference, secretSealed: sealSecret(this.sealKey, secret, id), at };
      if (await transaction(this.em, (tx) => replaceSecret(tx, row))) {
        return Object.assign(new MemberCodeSecret(), {
          secret: toBase32(secret),
          prefix: MEMBER_CODE_PREFIX,
          reference,
          algorithm: 'SHA1',
          digits: TOTP_DIGITS,
          stepSeconds: TOTP_STEP_SEC,
          issuedAt: at,
        });
      }
    }
    throw new Error(`no free member reference after ${MAX_DRAWS} draws`);
  }

  /** Sign-out: the device forgets its secret and the server stops accepting its codes. */
  async revokeSecret(shopperId: string): Promise<boolean> {
    return (await revokeSecrets(this.em, shopperId, this.clock.now())) > 0;
  }

  /**
   * The shopper behind a code shown at a store's counter, used up for the rest of its window: the code of the
   * current or the previous 30-second step (a code shown just before it turned still scans), once.
   */
  async redeem(
    shown: string,
    at: { storeId: string; by: string },
  ): Promise<RedeemedMemberCode | MemberCodeNotFoundError | MemberCodeReplayedError> {
    const parsed = parseMemberCode(shown);
    if (!parsed) return MemberCodeNotFoundError.of();
    const row = await liveSecretByReference(this.em, parsed.reference);
    if (!row) return MemberCodeNotFoundError.of();
    const secret = openSecret(this.sealKey, row.secretSealed, row.id);
    const now = this.clock.now();
    const current = totpCounter(now);
    const counter = [current, current - 1].find((c) => sameCode(hotp(secret, c), parsed.totp));
    if (counter === undefined) return MemberCodeNotFoundError.of();
    // The counter's store exists (the clerk is signed in to it); an unknown one would be filed under ZZ by the trigger.
    const clusterId = (await clusterOfStore(this.em, at.storeId)) ?? 'ZZ';
    const fresh = await recordUse(this.em, {
      shopperId: row.shopperId,
      secretId: row.id,
      counter,
      at: now,
      clusterId,
      storeId: at.storeId,
      by: at.by,
    });
    if (!fresh) return MemberCodeReplayedError.of();
    return { shopperId: row.shopperId, counter };
  }
}
