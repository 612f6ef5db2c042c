// Who is calling: resolved from the bearer token once per request.
import { Role } from './auth.entity';

export type Viewer =
  | { role: null }
  | { role: Role.SHOPPER; shopperId: string }
  | { role: Role.CLERK; staffId: string; username: string; storeId: string }
  | { role: Role.HQ_ADMIN; staffId: string; username: string };

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
