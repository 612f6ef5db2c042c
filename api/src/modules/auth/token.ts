// Session tokens: HMAC-SHA256 signed claims (a compact JWT-like format), verified in constant time.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { Role } from './auth.entity';
import type { Viewer } from '../../common/viewer';

interface Claims {
  sub: string;
  role: Role;
  store?: string;
  name?: string;
  /** Staff: session version, session id, counter device (PIN sessions). */
  ver?: number;
  sid?: string;
  dev?: string;
  exp: number;
}

const b64 = (buf: Buffer | string) => Buffer.from(buf).toString('base64url');
const sign = (data: string, secret: string) => createHmac('sha256', secret).update(data).digest();

export function issueToken(viewer: Exclude<Viewer, { role: null }>, secret: string, ttlSeconds: number, now: Date) {
  const exp = Math.floor(now.getTime() / 1000) + ttlSeconds;
  let claims: Claims;
  if (viewer.role === Role.SHOPPER) claims = { sub: viewer.shopperId, role: viewer.role, exp };
  else {
    const s = viewer.session;
    claims = { sub: viewer.staffId, role: viewer.role, name: viewer.username, exp };
    if (viewer.role === Role.CLERK) claims.store = viewer.storeId;
    if (s) Object.assign(claims, { ver: s.ver, ...(s.sid ? { sid: s.sid } : {}), ...(s.deviceId ? { dev: s.deviceId } : {}) });
  }
  const body = b64(JSON.stringify(claims));
  return { token: `lnl1.${body}.${b64(sign(body, secret))}`, expiresAt: new Date(exp * 1000) };
}

/** Returns undefined for anything not signed by us, malformed, or expired. Revocation is checked by the SessionGuard. */
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
  const session = {
    ver: typeof claims.ver === 'number' ? claims.ver : 0,
    exp: claims.exp,
    ...(typeof claims.sid === 'string' ? { sid: claims.sid } : {}),
    ...(typeof claims.dev === 'string' ? { deviceId: claims.dev } : {}),
  };
  switch (claims.role) {
    case Role.SHOPPER:
      return { role: Role.SHOPPER, shopperId: claims.sub };
    case Role.CLERK:
      return claims.store
        ? { role: Role.CLERK, staffId: claims.sub, username: claims.name ?? '', storeId: claims.store, session }
        : undefined;
    case Role.HQ_ADMIN:
      return { role: Role.HQ_ADMIN, staffId: claims.sub, username: claims.name ?? '', session };
    default:
      return undefined;
  }
}
