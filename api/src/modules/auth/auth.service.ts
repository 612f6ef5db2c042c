// Signing in (WeChat shoppers, staff with passwords) and HQ creating staff accounts.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../common/clock';
import { badUserInput } from '../../common/errors';
import { UUID } from '../../common/sql';
import type { Config } from '../../config';
import { StoreNotFoundError } from '../store/store.errors';
import { Store } from '../store/store.entity';
import { Role, Shopper, StaffUser } from './auth.entity';
import { AuthPayload, InvalidCredentialsError, StaffMember, UsernameTakenError, WechatLoginError, type CreateStaffInput } from './auth.types';
import type { Code2SessionClient } from './code2session';
import { DUMMY_HASH, hashPassword, verifyPassword } from './password';
import { issueToken } from './token';
import type { Viewer } from './viewer';

export class AuthService {
  constructor(
    private readonly em: EntityManager,
    private readonly config: Pick<Config, 'authSecret' | 'tokenTtlSeconds'>,
    private readonly clock: Clock,
    private readonly code2Session: Code2SessionClient,
  ) {}

  async loginShopper(code: string): Promise<AuthPayload | WechatLoginError> {
    const session = await this.code2Session.exchange(code);
    if (!session.ok) return WechatLoginError.of(session.errcode, session.reason);
    const now = this.clock.now();
    // Upsert keyed by openid: two first logins racing still yield one shopper.
    await this.em.execute(
      `INSERT INTO shopper (id, openid, unionid, created_at, last_login_at) VALUES (gen_random_uuid(), ?, ?, ?, ?)
       ON CONFLICT (openid) DO UPDATE SET last_login_at = EXCLUDED.last_login_at, unionid = coalesce(EXCLUDED.unionid, shopper.unionid)`,
      [session.openid, session.unionid ?? null, now, now],
    );
    const shopper = await this.em.findOneOrFail(Shopper, { openid: session.openid });
    return this.payload({ role: Role.SHOPPER, shopperId: shopper.id });
  }

  async loginStaff(username: string, password: string): Promise<AuthPayload | InvalidCredentialsError> {
    const user = await this.em.findOne(StaffUser, { username });
    const valid = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !valid) return InvalidCredentialsError.of();
    return this.payload(
      user.role === Role.CLERK
        ? { role: Role.CLERK, staffId: user.id, username: user.username, storeId: user.storeId! }
        : { role: Role.HQ_ADMIN, staffId: user.id, username: user.username },
    );
  }

  async createStaff(input: CreateStaffInput): Promise<StaffMember | UsernameTakenError | StoreNotFoundError> {
    if (input.role === Role.SHOPPER) throw badUserInput('staff are CLERK or HQ_ADMIN', 'role');
    if (input.role === Role.CLERK && !input.storeId) throw badUserInput('a clerk needs a storeId', 'storeId');
    if (input.role === Role.CLERK && (!UUID.test(input.storeId!) || !(await this.em.count(Store, { id: input.storeId! })))) {
      return StoreNotFoundError.of(input.storeId!);
    }
    if (await this.em.count(StaffUser, { username: input.username })) return UsernameTakenError.of(input.username);
    const user = this.em.create(StaffUser, {
      username: input.username,
      displayName: input.displayName,
      passwordHash: await hashPassword(input.password),
      role: input.role,
      storeId: input.role === Role.CLERK ? input.storeId! : null,
      createdAt: this.clock.now(),
    });
    await this.em.flush();
    return Object.assign(new StaffMember(), {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      storeId: user.storeId,
    });
  }

  private payload(viewer: Exclude<Viewer, { role: null }>): AuthPayload {
    const { token, expiresAt } = issueToken(viewer, this.config.authSecret, this.config.tokenTtlSeconds, this.clock.now());
    return Object.assign(new AuthPayload(), { token, expiresAt, me: toMe(viewer) });
  }
}

export function toMe(viewer: Exclude<Viewer, { role: null }>) {
  return viewer.role === Role.SHOPPER
    ? { id: viewer.shopperId, role: viewer.role, username: null, storeId: null }
    : { id: viewer.staffId, role: viewer.role, username: viewer.username, storeId: viewer.role === Role.CLERK ? viewer.storeId : null };
}
