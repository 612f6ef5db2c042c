// Staff sign-in: username and password (a clerk's own phone, HQ), PIN unlock on an enrolled counter device, sign
// out, and changing one's own password or PIN. Every attempt is counted before it is checked and audited.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ticket } from '../../common/attempt-limiter';
import type { Clock } from '../../common/clock';
import { badUserInput } from '../../common/errors';
import { UUID } from '../../common/sql';
import type { Config } from '../../common/config';
import { Role } from './auth.entity';
import { toMe } from './auth.service';
import { AuthPayload, InvalidCredentialsError, SignInLockedError, StaffDiscountGrant, StaffMember } from './auth.types';
import type { StaffAuthLimits } from './auth-limits';
import { DUMMY_HASH, hashPassword, verifyPassword } from './password';
import { DEVICE_TOKEN_FORMAT, deviceTokenHash, PIN_FORMAT, type StaffSecrets } from './secrets';
import type { SessionGuard } from './session-guard';
import { recordStaffAudit, type StaffAuditEvent } from './staff-audit';
import {
  changeStaff,
  deviceByTokenHash,
  staffById,
  staffDiscountGrant,
  staffByUsername,
  staffStore,
  storeClerks,
  touchDevice,
  type DeviceRow,
  type StaffRow,
} from './staff.repository';
import { CounterDeviceInfo, DeviceClerk, DeviceNotEnrolledError, InvalidPinError, type PinUnlockInput } from './staff.types';
import { toCounterDevice, toStaffMember } from './staff-shapes';
import { issueToken } from './token';
import type { StaffViewer } from '../../common/viewer';

export interface StaffAuthDeps {
  config: Pick<Config, 'authSecret' | 'staffAuth'>;
  clock: Clock;
  sessions: SessionGuard;
  staffLimits: StaffAuthLimits;
  staffSecrets: StaffSecrets;
}

export const MIN_PASSWORD = 10;

export class StaffAuthService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: StaffAuthDeps,
    /** The caller's address (Express's req.ip), for the per-source limit and the audit log. */
    private readonly source: string,
  ) {}

  async login(username: string, password: string): Promise<AuthPayload | InvalidCredentialsError | SignInLockedError> {
    const admission = await this.deps.staffLimits.admitLogin(username, this.source);
    if (!admission.admitted) {
      const { scope, retryAfterSeconds } = admission.refusal;
      await this.audit({
        action: 'LOGIN_LOCKED',
        actor: 'anonymous',
        username: clip(username),
        detail: `${scope}, retry in ${retryAfterSeconds} s`,
      });
      return SignInLockedError.of(scope, retryAfterSeconds);
    }
    const user = username.includes('\0') ? undefined : await staffByUsername(this.em, username);
    const valid = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !valid) return this.loginFailed(admission.ticket, username, user, 'wrong username or password');
    await this.deps.staffLimits.release(admission.ticket);
    if (user.disabledAt) {
      await this.audit({ action: 'LOGIN_FAILED', actor: 'anonymous', ...who(user), detail: 'account disabled' });
      return InvalidCredentialsError.of();
    }
    await this.audit({ action: 'LOGIN', actor: `staff:${user.username}`, ...who(user) });
    return this.payload(user);
  }

  private async loginFailed(ticket: Ticket, username: string, user: StaffRow | undefined, detail: string) {
    const { attemptsLeft } = await this.deps.staffLimits.fail(ticket);
    await this.audit({
      action: 'LOGIN_FAILED',
      actor: 'anonymous',
      ...(user ? who(user) : { username: clip(username) }),
      detail: `${detail}; ${attemptsLeft} attempts left`,
    });
    return InvalidCredentialsError.of();
  }

  /** The lock screen of an enrolled device: its store and the clerks who can unlock it. The token is the credential. */
  async counterDevice(deviceToken: string): Promise<CounterDeviceInfo | DeviceNotEnrolledError> {
    const device = await this.device(deviceToken);
    if (!device) return DeviceNotEnrolledError.of();
    const [clerks, store] = await Promise.all([storeClerks(this.em, device.storeId), staffStore(this.em, { id: device.storeId })]);
    return Object.assign(new CounterDeviceInfo(), {
      device: toCounterDevice(device),
      storeCode: store!.code,
      storeName: store!.name,
      clerks: clerks.map((c) =>
        Object.assign(new DeviceClerk(), { id: c.id, username: c.username, displayName: c.displayName, hasPin: c.pinHash !== null }),
      ),
    });
  }

  /**
   * A clerk of the device's store unlocks it with their PIN: a session bound to that store and device (revoking the
   * device ends it). Limited per clerk and per device; a wrong PIN, another store's clerk, a disabled account or no
   * PIN all answer the same.
   */
  async unlockWithPin(input: PinUnlockInput): Promise<AuthPayload | InvalidPinError | SignInLockedError | DeviceNotEnrolledError> {
    if (!UUID.test(input.staffId)) throw badUserInput('staffId is not an id', 'staffId');
    if (!PIN_FORMAT.test(input.pin)) throw badUserInput('A PIN is 4 to 6 digits', 'pin');
    const device = await this.device(input.deviceToken);
    if (!device) {
      await this.audit({ action: 'PIN_FAILED', actor: 'anonymous', staffId: input.staffId, detail: 'device not enrolled or revoked' });
      return DeviceNotEnrolledError.of();
    }
    const at = { storeId: device.storeId, deviceId: device.id };
    const admission = await this.deps.staffLimits.admitPin(input.staffId, device.id);
    if (!admission.admitted) {
      const { scope, retryAfterSeconds } = admission.refusal;
      await this.audit({
        action: 'PIN_LOCKED',
        actor: 'anonymous',
        staffId: input.staffId,
        ...at,
        detail: `${scope}, retry in ${retryAfterSeconds} s`,
      });
      return SignInLockedError.of(scope, retryAfterSeconds);
    }
    const staff = await staffById(this.em, input.staffId);
    const canUnlock = !!staff && staff.role === Role.CLERK && staff.storeId === device.storeId && !staff.disabledAt;
    if (!this.deps.staffSecrets.verifyPin(input.staffId, input.pin, canUnlock ? staff.pinHash : null) || !canUnlock) {
      const { attemptsLeft } = await this.deps.staffLimits.fail(admission.ticket);
      await this.audit({
        action: 'PIN_FAILED',
        actor: 'anonymous',
        staffId: input.staffId,
        username: staff?.username ?? null,
        ...at,
        detail: `${attemptsLeft} attempts left`,
      });
      return InvalidPinError.of(attemptsLeft);
    }
    await Promise.all([this.deps.staffLimits.release(admission.ticket), touchDevice(this.em, device.id, this.deps.clock.now())]);
    await this.audit({ action: 'PIN_UNLOCK', actor: `staff:${staff.username}`, ...who(staff), ...at });
    return this.payload(staff, device.id);
  }

  async displayName(staffId: string): Promise<string | null> {
    return (await staffById(this.em, staffId))?.displayName ?? null;
  }

  /** The clerk discounts HQ grants this staff member as of now (HQ may change it mid-shift), or null. */
  async discountGrant(staffId: string): Promise<StaffDiscountGrant | null> {
    const grant = await staffDiscountGrant(this.em, staffId);
    return grant ? Object.assign(new StaffDiscountGrant(), grant) : null;
  }

  /** Ends this session only (a session without an id, from before sign-out existed, ends all of this member's). */
  async signOut(viewer: StaffViewer): Promise<boolean> {
    const session = viewer.session;
    if (session?.sid && session.exp) await this.deps.sessions.signOut(this.em, session.sid, session.exp, this.deps.clock.now());
    else await this.bump(viewer.staffId, {});
    await this.audit({
      action: 'SIGN_OUT',
      actor: `staff:${viewer.username}`,
      staffId: viewer.staffId,
      username: viewer.username,
      deviceId: session?.deviceId ?? null,
    });
    return true;
  }

  /** A new password ends every session of this member; the answer is a new session for this caller. */
  async changeMyPassword(
    viewer: StaffViewer,
    currentPassword: string,
    newPassword: string,
  ): Promise<AuthPayload | InvalidCredentialsError | SignInLockedError> {
    if (newPassword.length < MIN_PASSWORD || newPassword.length > 200)
      throw badUserInput(`A password has ${MIN_PASSWORD} to 200 characters`, 'newPassword');
    const checked = await this.checkOwnPassword(viewer, currentPassword);
    if (!(checked instanceof Object && 'id' in checked)) return checked;
    const row = await this.bump(viewer.staffId, { passwordHash: await hashPassword(newPassword) });
    await this.audit({ action: 'PASSWORD_CHANGED', actor: `staff:${viewer.username}`, ...who(row!) });
    return this.payload(row!, viewer.session?.deviceId);
  }

  /** A clerk sets their own counter PIN; their current password proves it is them, not whoever found the tablet unlocked. */
  async setMyPin(
    viewer: StaffViewer,
    currentPassword: string,
    pin: string,
  ): Promise<StaffMember | InvalidCredentialsError | SignInLockedError> {
    if (!PIN_FORMAT.test(pin)) throw badUserInput('A PIN is 4 to 6 digits', 'pin');
    const checked = await this.checkOwnPassword(viewer, currentPassword);
    if (!(checked instanceof Object && 'id' in checked)) return checked;
    const row = await changeStaff(this.em, viewer.staffId, { pinHash: this.deps.staffSecrets.hashPin(viewer.staffId, pin) }, false);
    await this.deps.staffLimits.clearPin(viewer.staffId);
    await this.audit({ action: 'PIN_SET', actor: `staff:${viewer.username}`, ...who(row!) });
    return toStaffMember(row!);
  }

  /** The member's own password, counted like a sign-in (a stolen session must not make password guessing free). */
  private async checkOwnPassword(viewer: StaffViewer, password: string): Promise<StaffRow | InvalidCredentialsError | SignInLockedError> {
    const admission = await this.deps.staffLimits.admitLogin(viewer.username, this.source);
    if (!admission.admitted) return SignInLockedError.of(admission.refusal.scope, admission.refusal.retryAfterSeconds);
    const row = await staffById(this.em, viewer.staffId);
    if (!row || !(await verifyPassword(password, row.passwordHash)))
      return this.loginFailed(admission.ticket, viewer.username, row, 'wrong current password');
    await this.deps.staffLimits.release(admission.ticket);
    return row;
  }

  private async bump(staffId: string, change: Parameters<typeof changeStaff>[2]) {
    const row = await changeStaff(this.em, staffId, change);
    if (row) await this.deps.sessions.staffChanged(row.id, { version: row.sessionVersion, disabled: row.disabledAt !== null });
    return row;
  }

  private async device(deviceToken: string): Promise<DeviceRow | undefined> {
    if (!DEVICE_TOKEN_FORMAT.test(deviceToken)) return undefined;
    const device = await deviceByTokenHash(this.em, deviceTokenHash(deviceToken));
    return device && !device.revokedAt ? device : undefined;
  }

  private payload(user: StaffRow, deviceId?: string): AuthPayload {
    const session = { sid: randomUUID(), ver: user.sessionVersion, ...(deviceId ? { deviceId } : {}) };
    const viewer =
      user.role === Role.CLERK
        ? { role: Role.CLERK as const, staffId: user.id, username: user.username, storeId: user.storeId!, session }
        : { role: Role.HQ_ADMIN as const, staffId: user.id, username: user.username, session };
    const { token, expiresAt } = issueToken(
      viewer,
      this.deps.config.authSecret,
      this.deps.config.staffAuth.tokenTtlSeconds,
      this.deps.clock.now(),
    );
    return Object.assign(new AuthPayload(), { token, expiresAt, me: toMe(viewer) });
  }

  private audit(event: StaffAuditEvent) {
    return recordStaffAudit(this.em, this.deps.clock.now(), { source: this.source, ...event });
  }
}

function who(user: StaffRow) {
  return { staffId: user.id, username: user.username, storeId: user.storeId };
}

/** A typed username as the log keeps it: bounded, and without NULs PostgreSQL text refuses. */
function clip(username: string): string {
  return username.replace(/\0/g, '').slice(0, 100);
}
