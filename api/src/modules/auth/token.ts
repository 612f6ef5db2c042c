// Session tokens: HMAC-SHA256 signed claims (a compact JWT-like format), verified in constant time.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { Role } from './auth.entity';
import type { StaffSession, Viewer } from '../../common/viewer';

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

/**
 * Tokens whose signature checked out, by their exact text: a client sends the same token with every request, and
 * checking it again (split, base64 both ways, an HMAC, JSON) gives the same answer for the same text and secret.
 * Only the expiry depends on the moment, so it is checked on every read; revocation is the SessionGuard's, as
 * before. Bounded: past VERIFIED_MAX the oldest entry goes, so a flood of valid tokens costs memory, not growth.
 * A viewer is frozen, since one object now answers many requests.
 */
const VERIFIED_MAX = 10_000;
const verified = new Map<string, { secret: string; expMs: number; viewer: Viewer }>();

/** Returns undefined for anything not signed by us, malformed, or expired. Revocation is checked by the SessionGuard. */
export function readToken(token: string, secret: string, now: Date): Viewer | undefined {
  const known = verified.get(token);
  if (known && known.secret === secret) {
    if (known.expMs > now.getTime()) return known.viewer;
    verified.delete(token);
    return undefined;
  }
  const read = verifyToken(token, secret, now);
  if (!read) return undefined;
  if (verified.size >= VERIFIED_MAX) verified.delete(verified.keys().next().value!);
  const viewer = deepFreeze(read.viewer);
  verified.set(token, { secret, expMs: read.exp * 1000, viewer });
  return viewer;
}

function deepFreeze<T extends object>(value: T): T {
  for (const v of Object.values(value)) if (v && typeof v === 'object') deepFreeze(v as object);
  return Object.freeze(value);
}

function verifyToken(token: string, secret: string, now: Date): { viewer: Viewer; exp: number } | undefined {
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
  const viewer = viewerOf(claims, session);
  return viewer && { viewer, exp: claims.exp };
}

function viewerOf(claims: Claims, session: StaffSession): Viewer | undefined {
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
