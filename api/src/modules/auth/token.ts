// Session tokens: HMAC-SHA256 signed claims (a compact JWT-like format), verified in constant time.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { Role } from './auth.entity';
import type { Viewer } from './viewer';

interface Claims {
  sub: string;
  role: Role;
  store?: string;
  name?: string;
  exp: number;
}

const b64 = (buf: Buffer | string) => Buffer.from(buf).toString('base64url');
const sign = (data: string, secret: string) => createHmac('sha256', secret).update(data).digest();

export function issueToken(viewer: Exclude<Viewer, { role: null }>, secret: string, ttlSeconds: number, now: Date) {
  const exp = Math.floor(now.getTime() / 1000) + ttlSeconds;
  const claims: Claims =
    viewer.role === Role.SHOPPER
      ? { sub: viewer.shopperId, role: viewer.role, exp }
      : viewer.role === Role.CLERK
        ? { sub: viewer.staffId, role: viewer.role, store: viewer.storeId, name: viewer.username, exp }
        : { sub: viewer.staffId, role: viewer.role, name: viewer.username, exp };
  const body = b64(JSON.stringify(claims));
  return { token: `lnl1.${body}.${b64(sign(body, secret))}`, expiresAt: new Date(exp * 1000) };
}

/** Returns undefined for anything not signed by us, malformed, or expired. */
export function readToken(token: string, secret: string, now: Date): Viewer | undefined {
  const [version, body, signature] = token.split('.');
  if (version !== 'lnl1' || !body || !signature) return undefined;
  const expected = sign(body, secret);
  const given = Buffer.from(signature, 'base64url');
  // Canonical encoding only: base64 has spare bits, and a token must not have two spellings.
  if (given.length !== expected.length || b64(given) !== signature || !timingSafeEqual(given, expected)) return undefined;
  let claims: Claims;
  try {
    claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Claims;
  } catch {
    return undefined;
  }
  if (typeof claims.exp !== 'number' || claims.exp * 1000 <= now.getTime()) return undefined;
  switch (claims.role) {
    case Role.SHOPPER:
      return { role: Role.SHOPPER, shopperId: claims.sub };
    case Role.CLERK:
      return claims.store ? { role: Role.CLERK, staffId: claims.sub, username: claims.name ?? '', storeId: claims.store } : undefined;
    case Role.HQ_ADMIN:
      return { role: Role.HQ_ADMIN, staffId: claims.sub, username: claims.name ?? '' };
    default:
      return undefined;
  }
}
