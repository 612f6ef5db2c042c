// The live connection's state, for the banner and for screens that refetch after a reconnect.
import { useSyncExternalStore } from 'react';

export interface ConnectionState {
  /** The subscription socket is open. */
  online: boolean;
  /** Counts reconnects after a drop: screens refetch when it changes, so no event is lost while away. */
  reconnects: number;
}

let state: ConnectionState = { online: true, reconnects: 0 };
let everConnected = false;
let droppedSinceConnect = false;
const listeners = new Set<() => void>();
const set = (next: ConnectionState) => {
  state = next;
  listeners.forEach((l) => l());
};

export function markConnected() {
  const wasDropped = droppedSinceConnect && everConnected;
  everConnected = true;
  droppedSinceConnect = false;
  set({ online: true, reconnects: state.reconnects + (wasDropped ? 1 : 0) });
}

export function markDisconnected() {
  if (!everConnected) return;
  droppedSinceConnect = true;
  if (state.online) set({ ...state, online: false });
}

/** A new client (new token) starts a fresh connection history. */
export function resetConnection() {
  everConnected = false;
  droppedSinceConnect = false;
  set({ online: true, reconnects: state.reconnects });
}

export function useConnection(): ConnectionState {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => state,
  );
}
