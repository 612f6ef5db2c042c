// Who is calling: resolved from the bearer token once per request. The roles live here, beside the viewer,
// because the auth checker (common/auth-checker.ts) and every module's @Authorized speak of them.
import { registerEnumType } from 'type-graphql';

export enum Role {
  SHOPPER = 'SHOPPER',
  CLERK = 'CLERK',
  HQ_ADMIN = 'HQ_ADMIN',
}
registerEnumType(Role, { name: 'Role' });

/** What a staff session carries to be revocable: checked against the markers in session-guard.ts. */
export interface StaffSession {
  /** This session's id (sign-out ends just this one). */
  sid?: string;
  /** The staff member's session version when it was issued (0: issued before versions existed). */
  ver: number;
  /** The counter device it was unlocked on, for PIN sessions. */
  deviceId?: string;
  /** Expiry, seconds since the epoch. */
  exp?: number;
}

export type Viewer =
  | { role: null }
  | { role: Role.SHOPPER; shopperId: string }
  | { role: Role.CLERK; staffId: string; username: string; storeId: string; session?: StaffSession }
  | { role: Role.HQ_ADMIN; staffId: string; username: string; session?: StaffSession };

export type StaffViewer = Extract<Viewer, { role: Role.CLERK | Role.HQ_ADMIN }>;

export const anonymous: Viewer = { role: null };

/** The name stock journals and audit logs record for this viewer. */
export function actorName(viewer: Viewer): string {
  switch (viewer.role) {
    case Role.CLERK:
    case Role.HQ_ADMIN:
      return `staff:${viewer.username}`;
    case Role.SHOPPER:
      return `shopper:${viewer.shopperId}`;
    default:
      return 'anonymous';
  }
}
