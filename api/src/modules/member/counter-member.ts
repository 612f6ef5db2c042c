// The member a counter scanned, carried from the scan to the sale as an opaque token: sealed (AES-256-GCM with the
// member-code seal key), bound to the store that scanned it and short-lived, so the clerk's tablet never holds a
// shopper id and a token cannot be replayed at another store or the next day.
import { openSecret, sealSecret } from './member-code';

/** Long enough to ring up a basket; a new scan gives a new token. */
export const COUNTER_MEMBER_TTL_MS = 15 * 60_000;
const AAD = 'counter-member-v1';

export function sealCounterMember(key: Buffer, m: { shopperId: string; storeId: string; expiresAt: Date }): string {
  const body = JSON.stringify({ s: m.shopperId, st: m.storeId, e: m.expiresAt.getTime() });
  return sealSecret(key, Buffer.from(body), AAD);
}

/** The shopper behind a token this store was given and that is still live; undefined for anything else. */
export function openCounterMember(key: Buffer, token: string, storeId: string, now: Date): string | undefined {
  try {
    const m = JSON.parse(openSecret(key, token, AAD).toString()) as { s: string; st: string; e: number };
    return m.st === storeId && m.e > now.getTime() ? m.s : undefined;
  } catch {
    return undefined;
  }
}
