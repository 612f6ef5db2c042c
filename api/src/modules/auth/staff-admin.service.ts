// HQ's staff administration: accounts (create, list, disable, reset password or PIN) and counter devices (enrol,
// list, revoke). Every change is audited; those that take access away end the sessions it gave.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../common/clock';
import { badUserInput } from '../../common/errors';
import { decodeCursor, isKeyCursor, toPage, type Page } from '../../common/pagination';
import { UUID } from '../../common/sql';
import { StoreNotFoundError } from '../store/store.errors';
import { Role } from './auth.entity';
import { StaffMember, UsernameTakenError, type CreateStaffInput, type SignInLockScope } from './auth.types';
import type { StaffAuthLimits } from './auth-limits';
import { hashPassword } from './password';
import { deviceTokenHash, newDeviceToken, PIN_FORMAT, type StaffSecrets } from './secrets';
import type { SessionGuard } from './session-guard';
import { recordStaffAudit, staffAuditPage, type StaffAuditEvent } from './staff-audit';
import { MIN_PASSWORD } from './staff-auth.service';
import {
  changeStaff,
  devicesOfStore,
  insertDevice,
  insertStaff,
  listStaff,
  revokeDeviceRow,
  setStaffDiscountGrant,
  staffByUsername,
  staffStore,
  type StaffChange,
} from './staff.repository';
import { toCounterDevice, toStaffMember } from './staff-shapes';
import {
  CounterDevice,
  DeviceEnrollment,
  DeviceNotFoundError,
  SignInLockout,
  StaffNotFoundError,
  type EnrollDeviceInput,
  type StaffAuditArgs,
  type StaffMembersArgs,
} from './staff.types';
import { assertCanManageStore } from './store-access';
import type { Viewer } from '../../common/viewer';

export interface StaffAdminDeps {
  clock: Clock;
  sessions: SessionGuard;
  staffLimits: StaffAuthLimits;
  staffSecrets: StaffSecrets;
}

export class StaffAdminService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: StaffAdminDeps,
    /** Who is acting, as the audit log names them (`staff:hq`). */
    private readonly actor: string,
  ) {}

  async createStaff(input: CreateStaffInput): Promise<StaffMember | UsernameTakenError | StoreNotFoundError> {
    if (input.role === Role.SHOPPER) throw badUserInput('staff are CLERK or HQ_ADMIN', 'role');
    if (input.role === Role.CLERK && !input.storeId) throw badUserInput('a clerk needs a storeId', 'storeId');
    if (input.pin !== undefined && input.pin !== null && !PIN_FORMAT.test(input.pin)) throw badUserInput('A PIN is 4 to 6 digits', 'pin');
    const storeId = input.role === Role.CLERK ? input.storeId! : null;
    if (storeId && !(await this.storeExists(storeId))) return StoreNotFoundError.of(storeId);
    const id = randomUUID();
    const inserted = await insertStaff(this.em, {
      id,
      username: input.username,
      displayName: input.displayName,
      passwordHash: await hashPassword(input.password),
      role: input.role,
      storeId,
      at: this.deps.clock.now(),
      pinHash: input.pin ? this.deps.staffSecrets.hashPin(id, input.pin) : null,
    });
    if (!inserted) return UsernameTakenError.of(input.username);
    const row = (await staffByUsername(this.em, input.username))!;
    await this.audit({ action: 'STAFF_CREATED', ...who(row), detail: `${row.role}${input.pin ? ', with PIN' : ''}` });
    return toStaffMember(row);
  }

  async staffMembers(args: StaffMembersArgs): Promise<Page<StaffMember>> {
    // A null store id (the console's every-store view) lists every store and HQ, as an omitted one does.
    if (args.storeId != null && !UUID.test(args.storeId)) throw badUserInput('storeId is not an id', 'storeId');
    const after = decodeCursor(args.after, isKeyCursor);
    const rows = await listStaff(this.em, args.storeId ?? null, after?.k ?? null, args.first + 1);
    const page = toPage(rows, args.first, (r) => ({ k: r.username }));
    return { ...page, nodes: page.nodes.map(toStaffMember) };
  }

  disableStaff(staffId: string) {
    return this.change(staffId, { disabledAt: this.deps.clock.now() }, 'STAFF_DISABLED');
  }

  enableStaff(staffId: string) {
    return this.change(staffId, { disabledAt: null }, 'STAFF_ENABLED');
  }

  async resetStaffPassword(staffId: string, password: string) {
    if (password.length < MIN_PASSWORD || password.length > 200)
      throw badUserInput(`A password has ${MIN_PASSWORD} to 200 characters`, 'password');
    return this.change(staffId, { passwordHash: await hashPassword(password) }, 'PASSWORD_RESET');
  }

  /** Sets a new PIN (or none, with null): the member's sessions end and earlier PIN failures are forgotten. */
  async resetStaffPin(staffId: string, pin: string | null) {
    if (pin !== null && !PIN_FORMAT.test(pin)) throw badUserInput('A PIN is 4 to 6 digits', 'pin');
    if (!UUID.test(staffId)) return StaffNotFoundError.of(staffId);
    const result = await this.change(
      staffId,
      { pinHash: pin === null ? null : this.deps.staffSecrets.hashPin(staffId, pin) },
      pin === null ? 'PIN_CLEARED' : 'PIN_RESET',
    );
    if (result instanceof StaffMember) await this.deps.staffLimits.clearPin(staffId);
    return result;
  }

  /**
   * Grants clerk discounts (改价, 整单折扣) within caps per sale, or withdraws them (null). Audited; the member's
   * sessions stay (the grant is read at each sale).
   */
  async setStaffDiscountGrant(staffId: string, grant: { maxBp?: number | null; maxFen?: number | null } | null) {
    if (!UUID.test(staffId)) return StaffNotFoundError.of(staffId);
    const maxBp = grant?.maxBp ?? null;
    const maxFen = grant?.maxFen ?? null;
    if (grant && maxBp === null && maxFen === null) throw badUserInput('A grant needs a cap: maxBp, maxFen or both', 'grant');
    const row = await setStaffDiscountGrant(this.em, staffId, { granted: grant !== null, maxBp, maxFen });
    if (!row) return StaffNotFoundError.of(staffId);
    const caps = [maxBp !== null ? `${maxBp / 100}%` : null, maxFen !== null ? `¥${(maxFen / 100).toFixed(2)}` : null].filter(Boolean);
    await this.audit({
      action: grant ? 'DISCOUNT_GRANTED' : 'DISCOUNT_WITHDRAWN',
      ...who(row),
      detail: grant ? `每单最多 ${caps.join(' 且 ')}` : null,
    });
    return toStaffMember(row);
  }

  private async change(staffId: string, change: StaffChange, action: string): Promise<StaffMember | StaffNotFoundError> {
    if (!UUID.test(staffId)) return StaffNotFoundError.of(staffId);
    const row = await changeStaff(this.em, staffId, change);
    if (!row) return StaffNotFoundError.of(staffId);
    await this.deps.sessions.staffChanged(row.id, { version: row.sessionVersion, disabled: row.disabledAt !== null });
    await this.audit({ action, ...who(row) });
    return toStaffMember(row);
  }

  /** A counter device for one store: its token is answered once and only its hash kept. */
  async enrollDevice(input: EnrollDeviceInput): Promise<DeviceEnrollment | StoreNotFoundError> {
    if (!UUID.test(input.storeId) || !(await this.storeExists(input.storeId))) return StoreNotFoundError.of(input.storeId);
    const deviceToken = newDeviceToken();
    const row = await insertDevice(this.em, {
      id: randomUUID(),
      storeId: input.storeId,
      name: input.name,
      tokenHash: deviceTokenHash(deviceToken),
      at: this.deps.clock.now(),
      by: this.actor,
    });
    await this.audit({ action: 'DEVICE_ENROLLED', storeId: row.storeId, deviceId: row.id, detail: row.name });
    return Object.assign(new DeviceEnrollment(), { device: toCounterDevice(row), deviceToken });
  }

  async devices(viewer: Viewer, storeId: string): Promise<CounterDevice[]> {
    assertCanManageStore(viewer, storeId);
    if (!UUID.test(storeId)) throw badUserInput('storeId is not an id', 'storeId');
    return (await devicesOfStore(this.em, storeId)).map(toCounterDevice);
  }

  /** The device can no longer be unlocked, and every session unlocked on it ends now. */
  async revokeDevice(deviceId: string): Promise<CounterDevice | DeviceNotFoundError> {
    if (!UUID.test(deviceId)) return DeviceNotFoundError.of(deviceId);
    const row = await revokeDeviceRow(this.em, deviceId, this.deps.clock.now(), this.actor);
    if (!row) return DeviceNotFoundError.of(deviceId);
    await this.deps.sessions.deviceRevoked(row.id);
    await this.audit({ action: 'DEVICE_REVOKED', storeId: row.storeId, deviceId: row.id, detail: row.name });
    return toCounterDevice(row);
  }

  async signInLockouts(): Promise<SignInLockout[]> {
    const now = this.deps.clock.now().getTime();
    return (await this.deps.staffLimits.lockouts())
      .sort((a, b) => b.until.getTime() - a.until.getTime())
      .slice(0, 100)
      .map((l) => Object.assign(new SignInLockout(), { ...l, retryAfterSeconds: Math.ceil((l.until.getTime() - now) / 1000) }));
  }

  /** HQ lifts a sign-in lockout (e.g. someone kept a clerk's username locked); audited. */
  async unlockSignIn(scope: SignInLockScope, subject: string): Promise<boolean> {
    if (subject.length < 1 || subject.length > 200) throw badUserInput('subject has 1 to 200 characters', 'subject');
    const lifted = await this.deps.staffLimits.unlock(scope, subject);
    await this.audit({
      action: 'SIGN_IN_LOCKOUT_LIFTED',
      detail: `${scope} ${subject.replace(/\0/g, '')}${lifted ? '' : ' (none in force)'}`,
    });
    return lifted;
  }

  auditLog(args: StaffAuditArgs) {
    return staffAuditPage(this.em, args);
  }

  private async storeExists(storeId: string): Promise<boolean> {
    return UUID.test(storeId) && (await staffStore(this.em, { id: storeId })) !== undefined;
  }

  audit(event: Omit<StaffAuditEvent, 'actor'>) {
    return recordStaffAudit(this.em, this.deps.clock.now(), { actor: this.actor, ...event });
  }
}

function who(row: { id: string; username: string; storeId: string | null }) {
  return { staffId: row.id, username: row.username, storeId: row.storeId };
}
