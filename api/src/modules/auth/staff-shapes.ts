// Rows of staff_user and counter_device as the API shows them (never a hash).
import { StaffMember } from './auth.types';
import type { DeviceRow, StaffRow } from './staff.repository';
import { CounterDevice } from './staff.types';

export function toStaffMember(row: StaffRow): StaffMember {
  return Object.assign(new StaffMember(), {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role: row.role,
    storeId: row.storeId,
    disabled: row.disabledAt !== null,
    disabledAt: row.disabledAt,
    hasPin: row.pinHash !== null,
    createdAt: row.createdAt,
    discountGrant: row.discountGranted ? { maxBp: row.discountMaxBp, maxFen: row.discountMaxFen } : null,
  });
}

export function toCounterDevice(row: DeviceRow): CounterDevice {
  return Object.assign(new CounterDevice(), {
    id: row.id,
    storeId: row.storeId,
    name: row.name,
    enrolledAt: row.enrolledAt,
    enrolledBy: row.enrolledBy,
    revokedAt: row.revokedAt,
    lastUnlockAt: row.lastUnlockAt,
  });
}
