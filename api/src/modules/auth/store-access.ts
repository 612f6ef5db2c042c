// The one rule for store-scoped data: HQ sees every store, a clerk only their own.
import { forbidden } from '../../common/errors';
import { Role } from './auth.entity';
import type { Viewer } from '../../common/viewer';

export function canManageStore(viewer: Viewer, storeId: string): boolean {
  return viewer.role === Role.HQ_ADMIN || (viewer.role === Role.CLERK && viewer.storeId === storeId);
}

export function assertCanManageStore(viewer: Viewer, storeId: string): void {
  if (!canManageStore(viewer, storeId)) throw forbidden('You can only manage your own store');
}
