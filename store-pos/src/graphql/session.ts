// Who is signed in on this tab (sessionStorage: gone when the tab closes) and which store this device is
// enrolled to (localStorage: a shared counter tablet stays bound to its store across clerks and restarts).
import { useSyncExternalStore } from 'react';

export type StaffRole = 'CLERK' | 'HQ_ADMIN';

/** Where each role lands after signing in (the sign-in screens and the router both send people there). */
export const homeOf: Record<StaffRole, string> = { CLERK: '/counter', HQ_ADMIN: '/hq' };

export interface Session {
  token: string;
  expiresAt: string;
  role: StaffRole;
  staffId: string;
  username: string | null;
  /** The name the top bar shows (who is signed in at the counter). */
  displayName?: string | null;
  storeId: string | null;
}

export interface Device {
  /** Sent as the device credential when a clerk unlocks with a PIN. */
  deviceToken: string;
  deviceId: string;
  storeId: string;
  storeName: string;
}

const SESSION_KEY = 'linli.pos.session';
const DEVICE_KEY = 'linli.pos.device';

function read<T>(storage: Storage, key: string): T | null {
  try {
    const raw = storage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

let session: Session | null = read<Session>(sessionStorage, SESSION_KEY);
/** The server ended the session (signed out elsewhere, revoked, expired): the sign-in screens say so once. */
let endedByServer = false;
let device: Device | null = read<Device>(localStorage, DEVICE_KEY);
if (session && Date.parse(session.expiresAt) <= Date.now()) session = null;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getSession(): Session | null {
  return session;
}

export function setSession(next: Session | null) {
  session = next;
  endedByServer = false;
  if (next) sessionStorage.setItem(SESSION_KEY, JSON.stringify(next));
  else sessionStorage.removeItem(SESSION_KEY);
  emit();
}

/** The API refused this session (its token is revoked or expired): back to signing in, with a word why. */
export function sessionEnded(token: string) {
  // A refusal that reaches us late, from a client of an earlier session, must not end the one signed in since.
  if (session?.token !== token) return;
  setSession(null);
  endedByServer = true;
  emit();
}

export function useSessionEndedByServer(): boolean {
  return useSyncExternalStore(subscribe, () => endedByServer);
}

export function getDevice(): Device | null {
  return device;
}

export function setDevice(next: Device | null) {
  device = next;
  if (next) localStorage.setItem(DEVICE_KEY, JSON.stringify(next));
  else localStorage.removeItem(DEVICE_KEY);
  emit();
}

export function useSession(): Session | null {
  return useSyncExternalStore(subscribe, getSession);
}

export function useDevice(): Device | null {
  return useSyncExternalStore(subscribe, getDevice);
}
