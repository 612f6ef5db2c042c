// SQL for staff accounts, counter devices and the staff audit log (cold paths, but one place for the statements).
import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../common/sql';
import { Role } from './auth.entity';

export interface StaffRow {
  id: string;
  username: string;
  displayName: string;
  role: Role.CLERK | Role.HQ_ADMIN;
  storeId: string | null;
  passwordHash: string;
  pinHash: string | null;
  disabledAt: Date | null;
  sessionVersion: number;
  createdAt: Date;
  /** Clerk discounts (改价, 整单折扣): granted or not, and the caps per sale. */
  discountGranted: boolean;
  discountMaxBp: number | null;
  discountMaxFen: number | null;
}

/** The driver gives timestamps as text: these become Dates. */
function withDates<T>(keys: (keyof T)[]) {
  return (row: T): T => {
    for (const k of keys) if (row[k] != null) (row as Record<keyof T, unknown>)[k] = new Date(row[k] as unknown as string);
    return row;
  };
}
const staffDates = withDates<StaffRow>(['disabledAt', 'createdAt']);
const deviceDates = withDates<DeviceRow>(['enrolledAt', 'revokedAt', 'lastUnlockAt']);

const STAFF_COLUMNS = `id, username, display_name AS "displayName", role, store_id AS "storeId", password_hash AS "passwordHash",
  pin_hash AS "pinHash", disabled_at AS "disabledAt", session_version AS "sessionVersion", created_at AS "createdAt",
  discount_granted AS "discountGranted", discount_max_bp AS "discountMaxBp", discount_max_fen AS "discountMaxFen"`;

export async function staffByUsername(em: EntityManager, username: string): Promise<StaffRow | undefined> {
  return (await query<StaffRow>(em, `SELECT ${STAFF_COLUMNS} FROM staff_user WHERE username = :username`, { username })).map(staffDates)[0];
}

/** A new account; undefined when the username is taken. */
export async function insertStaff(
  em: EntityManager,
  s: {
    id: string;
    username: string;
    displayName: string;
    passwordHash: string;
    role: Role;
    storeId: string | null;
    at: Date;
    pinHash: string | null;
  },
): Promise<boolean> {
  const inserted = await query<{ id: string }>(
    em,
    `INSERT INTO staff_user (id, username, display_name, password_hash, role, store_id, created_at, pin_hash)
     VALUES (:id::uuid, :username::text, :displayName::text, :hash::text, :role::text, :store::uuid, :at::timestamptz, :pin::text)
     ON CONFLICT (username) DO NOTHING RETURNING id`,
    {
      id: s.id,
      username: s.username,
      displayName: s.displayName,
      hash: s.passwordHash,
      role: s.role,
      store: s.storeId,
      at: s.at.toISOString(),
      pin: s.pinHash,
    },
  );
  return inserted.length > 0;
}

export async function staffById(em: EntityManager, id: string): Promise<StaffRow | undefined> {
  return (await query<StaffRow>(em, `SELECT ${STAFF_COLUMNS} FROM staff_user WHERE id = :id::uuid`, { id })).map(staffDates)[0];
}

export async function staffSessionState(em: EntityManager, id: string): Promise<{ version: number; disabled: boolean } | undefined> {
  const [row] = await query<{ version: number; disabled: boolean }>(
    em,
    `SELECT session_version AS version, disabled_at IS NOT NULL AS disabled FROM staff_user WHERE id = :id::uuid`,
    { id },
  );
  return row;
}

/** What a staff member may give off one counter sale; undefined when HQ has not granted clerk discounts. */
export async function staffDiscountGrant(
  em: EntityManager,
  staffId: string,
): Promise<{ maxBp: number | null; maxFen: number | null } | undefined> {
  const [row] = await query<{ maxBp: number | null; maxFen: number | null }>(
    em,
    `SELECT discount_max_bp AS "maxBp", discount_max_fen AS "maxFen" FROM staff_user
     WHERE id = :id::uuid AND discount_granted AND disabled_at IS NULL`,
    { id: staffId },
  );
  return row;
}

/** HQ grants (with caps) or withdraws clerk discounts; answers the row as it is now. Sessions stay. */
export async function setStaffDiscountGrant(
  em: EntityManager,
  id: string,
  grant: { granted: boolean; maxBp: number | null; maxFen: number | null },
): Promise<StaffRow | undefined> {
  const [row] = await query<StaffRow>(
    em,
    `UPDATE staff_user SET discount_granted = :granted::boolean, discount_max_bp = :bp::int, discount_max_fen = :fen::int
     WHERE id = :id::uuid RETURNING ${STAFF_COLUMNS}`,
    { id, granted: grant.granted, bp: grant.maxBp, fen: grant.maxFen },
  );
  return row && staffDates(row);
}

export interface StaffChange {
  passwordHash?: string;
  /** null clears the PIN. */
  pinHash?: string | null;
  disabledAt?: Date | null;
}

/**
 * Applies the change and bumps the session version, ending every session issued before; answers the row as it
 * is now. (Setting one's own PIN keeps sessions: pass bump false.)
 */
export async function changeStaff(em: EntityManager, id: string, change: StaffChange, bump = true): Promise<StaffRow | undefined> {
  const [row] = await query<StaffRow>(
    em,
    `UPDATE staff_user SET
       password_hash = CASE WHEN :setPassword::boolean THEN :passwordHash::text ELSE password_hash END,
       pin_hash = CASE WHEN :setPin::boolean THEN :pinHash::text ELSE pin_hash END,
       disabled_at = CASE WHEN :setDisabled::boolean THEN :disabledAt::timestamptz ELSE disabled_at END,
       session_version = session_version + CASE WHEN :bump::boolean THEN 1 ELSE 0 END
     WHERE id = :id::uuid
     RETURNING ${STAFF_COLUMNS}`,
    {
      id,
      setPassword: change.passwordHash !== undefined,
      passwordHash: change.passwordHash ?? null,
      setPin: change.pinHash !== undefined,
      pinHash: change.pinHash ?? null,
      setDisabled: change.disabledAt !== undefined,
      disabledAt: change.disabledAt?.toISOString() ?? null,
      bump,
    },
  );
  return row && staffDates(row);
}

/** Staff by store (or all), by username, from after a username. */
export async function listStaff(
  em: EntityManager,
  storeId: string | null,
  afterUsername: string | null,
  limit: number,
): Promise<StaffRow[]> {
  const rows = await query<StaffRow>(
    em,
    `SELECT ${STAFF_COLUMNS} FROM staff_user
     WHERE (:store::uuid IS NULL OR store_id = :store::uuid) AND (:after::text IS NULL OR username > :after::text)
     ORDER BY username LIMIT :limit::int`,
    { store: storeId, after: afterUsername, limit },
  );
  return rows.map(staffDates);
}

export interface DeviceRow {
  id: string;
  storeId: string;
  name: string;
  enrolledAt: Date;
  enrolledBy: string;
  revokedAt: Date | null;
  revokedBy: string | null;
  lastUnlockAt: Date | null;
}

const DEVICE_COLUMNS = `id, store_id AS "storeId", name, enrolled_at AS "enrolledAt", enrolled_by AS "enrolledBy", revoked_at AS "revokedAt",
  revoked_by AS "revokedBy", last_unlock_at AS "lastUnlockAt"`;

export async function insertDevice(
  em: EntityManager,
  d: { id: string; storeId: string; name: string; tokenHash: string; at: Date; by: string },
): Promise<DeviceRow> {
  const [row] = await query<DeviceRow>(
    em,
    `INSERT INTO counter_device (id, store_id, name, token_hash, enrolled_at, enrolled_by)
     VALUES (:id::uuid, :store::uuid, :name::text, :hash::text, :at::timestamptz, :by::text) RETURNING ${DEVICE_COLUMNS}`,
    { id: d.id, store: d.storeId, name: d.name, hash: d.tokenHash, at: d.at.toISOString(), by: d.by },
  );
  return deviceDates(row!);
}

export async function deviceByTokenHash(em: EntityManager, tokenHash: string): Promise<DeviceRow | undefined> {
  return (
    await query<DeviceRow>(em, `SELECT ${DEVICE_COLUMNS} FROM counter_device WHERE token_hash = :hash::text`, { hash: tokenHash })
  ).map(deviceDates)[0];
}

export async function deviceById(em: EntityManager, id: string): Promise<DeviceRow | undefined> {
  return (await query<DeviceRow>(em, `SELECT ${DEVICE_COLUMNS} FROM counter_device WHERE id = :id::uuid`, { id })).map(deviceDates)[0];
}

/** undefined: no such device; otherwise whether it was revoked. */
export async function deviceRevokedById(em: EntityManager, id: string): Promise<boolean | undefined> {
  const device = await deviceById(em, id);
  return device ? device.revokedAt !== null : undefined;
}

export async function devicesOfStore(em: EntityManager, storeId: string): Promise<DeviceRow[]> {
  return (
    await query<DeviceRow>(
      em,
      `SELECT ${DEVICE_COLUMNS} FROM counter_device WHERE store_id = :store::uuid ORDER BY enrolled_at DESC, id LIMIT 100`,
      { store: storeId },
    )
  ).map(deviceDates);
}

/** Revokes the device (once: a second revoke keeps the first time and actor); answers the row, or undefined. */
export async function revokeDeviceRow(em: EntityManager, id: string, at: Date, by: string): Promise<DeviceRow | undefined> {
  await query(
    em,
    `UPDATE counter_device SET revoked_at = :at::timestamptz, revoked_by = :by::text WHERE id = :id::uuid AND revoked_at IS NULL`,
    {
      id,
      at: at.toISOString(),
      by,
    },
  );
  return deviceById(em, id);
}

export async function touchDevice(em: EntityManager, id: string, at: Date): Promise<void> {
  await query(em, `UPDATE counter_device SET last_unlock_at = :at::timestamptz WHERE id = :id::uuid`, { id, at: at.toISOString() });
}

/** The store staff belong to, as the lock screen and staff forms name it; undefined when there is none. */
export async function staffStore(
  em: EntityManager,
  by: { id: string } | { code: string },
): Promise<{ id: string; code: string; name: string } | undefined> {
  const [row] = await query<{ id: string; code: string; name: string }>(
    em,
    'id' in by ? `SELECT id, code, name FROM store WHERE id = :key::uuid` : `SELECT id, code, name FROM store WHERE code = :key`,
    { key: 'id' in by ? by.id : by.code },
  );
  return row;
}

/** The clerks who can unlock at a store's counter (enabled ones), by name. */
export async function storeClerks(em: EntityManager, storeId: string): Promise<StaffRow[]> {
  const rows = await query<StaffRow>(
    em,
    `SELECT ${STAFF_COLUMNS} FROM staff_user WHERE store_id = :store::uuid AND role = 'CLERK' AND disabled_at IS NULL ORDER BY display_name, username LIMIT 100`,
    { store: storeId },
  );
  return rows.map(staffDates);
}

export interface StaffAuditRecord {
  id: string;
  at: Date;
  action: string;
  actor: string;
  staffId: string | null;
  username: string | null;
  storeId: string | null;
  deviceId: string | null;
  source: string | null;
  detail: string | null;
}

export async function insertStaffAudit(em: EntityManager, r: StaffAuditRecord): Promise<void> {
  await query(
    em,
    `INSERT INTO staff_audit (id, at, action, actor, staff_id, username, store_id, device_id, source, detail)
     VALUES (:id::uuid, :at::timestamptz, :action::text, :actor::text, :staff::uuid, :username::text, :store::uuid, :device::uuid, :source::text, :detail::text)`,
    {
      id: r.id,
      at: r.at.toISOString(),
      action: r.action,
      actor: r.actor,
      staff: r.staffId,
      username: r.username,
      store: r.storeId,
      device: r.deviceId,
      source: r.source,
      detail: r.detail,
    },
  );
}

/** Newest first, from before a sequence number. */
export async function listStaffAudit(
  em: EntityManager,
  storeId: string | null,
  beforeSeq: string | null,
  limit: number,
): Promise<(StaffAuditRecord & { seq: string })[]> {
  const rows = await query<StaffAuditRecord & { seq: string }>(
    em,
    `SELECT seq::text, id, at, action, actor, staff_id AS "staffId", username, store_id AS "storeId", device_id AS "deviceId", source, detail
     FROM staff_audit WHERE (:store::uuid IS NULL OR store_id = :store::uuid) AND (:before::bigint IS NULL OR seq < :before::bigint)
     ORDER BY staff_audit.seq DESC LIMIT :limit::int`,
    { store: storeId, before: beforeSeq, limit },
  );
  return rows.map(withDates<StaffAuditRecord & { seq: string }>(['at']));
}
