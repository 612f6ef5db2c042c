// The staff audit log: sign-ins, PIN unlocks, lockouts and every change HQ makes to staff and devices.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badUserInput } from '../../common/errors';
import { decodeCursor, isKeyCursor, toPage, type Page } from '../../common/pagination';
import { UUID } from '../../common/sql';
import { insertStaffAudit, listStaffAudit, type StaffAuditRecord } from './staff.repository';
import { StaffAuditEntry, type StaffAuditArgs } from './staff.types';

export type StaffAuditEvent = Partial<Omit<StaffAuditRecord, 'id' | 'at' | 'action' | 'actor'>> & { action: string; actor: string };

export function recordStaffAudit(em: EntityManager, at: Date, event: StaffAuditEvent): Promise<void> {
  return insertStaffAudit(em, {
    id: randomUUID(),
    at,
    staffId: null,
    username: null,
    storeId: null,
    deviceId: null,
    source: null,
    detail: null,
    ...event,
  });
}

export async function staffAuditPage(em: EntityManager, args: StaffAuditArgs): Promise<Page<StaffAuditEntry>> {
  if (args.storeId != null && !UUID.test(args.storeId)) throw badUserInput('storeId is not an id', 'storeId');
  const after = decodeCursor(args.after, isKeyCursor);
  if (after && !/^[0-9]{1,18}$/.test(after.k)) throw badUserInput('after is not a cursor this list gave out', 'after');
  const rows = await listStaffAudit(em, args.storeId ?? null, after?.k ?? null, args.first + 1);
  const page = toPage(rows, args.first, (r) => ({ k: r.seq }));
  return { ...page, nodes: page.nodes.map(({ seq: _seq, ...r }) => Object.assign(new StaffAuditEntry(), r)) };
}
