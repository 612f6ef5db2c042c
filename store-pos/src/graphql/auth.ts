// Turning an AuthPayload into the tab's session, and ending it (lock or sign out) on the server too.
import type { Client } from 'urql';
import { SignOutDocument, type SessionFieldsFragment } from '../generated/graphql';
import { setSession, type Session, type StaffRole } from './session';

/** Null for roles the store app does not serve (shoppers). */
export function sessionOf(p: SessionFieldsFragment): Session | null {
  if (p.me.role !== 'CLERK' && p.me.role !== 'HQ_ADMIN') return null;
  return {
    token: p.token,
    expiresAt: p.expiresAt,
    role: p.me.role as StaffRole,
    staffId: p.me.id,
    username: p.me.username ?? null,
    displayName: p.me.displayName ?? null,
    storeId: p.me.storeId ?? null,
  };
}

/** Ends the session here at once and on the server as well as it can (a lost network must not block a lock). */
export function endSession(client: Client) {
  void client
    .mutation(SignOutDocument, {})
    .toPromise()
    .catch(() => undefined);
  setSession(null);
}
