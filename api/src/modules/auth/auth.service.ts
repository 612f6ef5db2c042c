// Shoppers signing in with WeChat, and the viewer as `me` shows it. Staff sign-in is in staff-auth.service.ts.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../common/clock';
import type { Config } from '../../common/config';
import { Role } from './auth.entity';
import { AuthPayload, WechatLoginError } from './auth.types';
import type { Code2SessionClient } from './code2session';
import { upsertShopper } from './shopper.repository';
import { issueToken } from './token';
import type { Viewer } from '../../common/viewer';

export class AuthService {
  constructor(
    private readonly em: EntityManager,
    private readonly config: Pick<Config, 'authSecret' | 'tokenTtlSeconds'>,
    private readonly clock: Clock,
    private readonly code2Session: Code2SessionClient,
    /** Runs after each shopper sign-in (新人券 on the first day, from the promotion module above this one). */
    private readonly afterShopperSignIn?: (shopperId: string) => Promise<unknown>,
  ) {}

  async loginShopper(code: string): Promise<AuthPayload | WechatLoginError> {
    const session = await this.code2Session.exchange(code);
    if (!session.ok) return WechatLoginError.of(session.errcode, session.reason);
    const shopperId = await upsertShopper(this.em, { openid: session.openid, unionid: session.unionid ?? null, at: this.clock.now() });
    // A welcome gift that fails must not fail the sign-in; the next sign-in that day gives it (it is keyed, once).
    await this.afterShopperSignIn?.(shopperId).catch(() => undefined);
    return this.payload({ role: Role.SHOPPER, shopperId });
  }

  private payload(viewer: Exclude<Viewer, { role: null }>): AuthPayload {
    const { token, expiresAt } = issueToken(viewer, this.config.authSecret, this.config.tokenTtlSeconds, this.clock.now());
    return Object.assign(new AuthPayload(), { token, expiresAt, me: toMe(viewer) });
  }
}

export function toMe(viewer: Exclude<Viewer, { role: null }>) {
  return viewer.role === Role.SHOPPER
    ? { id: viewer.shopperId, role: viewer.role, username: null, storeId: null }
    : {
        id: viewer.staffId,
        role: viewer.role,
        username: viewer.username,
        storeId: viewer.role === Role.CLERK ? viewer.storeId : null,
        deviceId: viewer.session?.deviceId ?? null,
      };
}
