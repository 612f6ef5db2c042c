// Shared tablets lock after a few idle minutes, so the next person cannot act as the last clerk.
import { useEffect, useRef } from 'react';

/** Tests shorten it with localStorage 'linli.pos.idleMs'. */
const IDLE_MS = Number(localStorage.getItem('linli.pos.idleMs')) || 3 * 60_000;
/**
 * The live queue is where a tablet waits for orders between customers; locking it after 3 quiet minutes would
 * silence the alerts (a locked tablet has no session, so no live feed), so it waits 5 times as long.
 */
export const QUEUE_IDLE_FACTOR = 5;

export function useIdleLock(enabled: boolean, lock: () => void, factor = 1) {
  const idleMs = IDLE_MS * factor;
  const lockRef = useRef(lock);
  lockRef.current = lock;
  useEffect(() => {
    if (!enabled) return;
    let timer = setTimeout(() => lockRef.current(), idleMs);
    const reset = () => {
      clearTimeout(timer);
      timer = setTimeout(() => lockRef.current(), idleMs);
    };
    const events = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
    events.forEach((e) => window.addEventListener(e, reset, { passive: true }));
    return () => {
      clearTimeout(timer);
      events.forEach((e) => window.removeEventListener(e, reset));
    };
  }, [enabled, idleMs]);
}
