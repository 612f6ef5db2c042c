// Shared tablets lock after a few idle minutes, so the next person cannot act as the last clerk.
import { useEffect, useRef } from 'react';

/** Tests shorten it with localStorage 'linli.pos.idleMs'. */
const IDLE_MS = Number(localStorage.getItem('linli.pos.idleMs')) || 3 * 60_000;

export function useIdleLock(enabled: boolean, lock: () => void) {
  const lockRef = useRef(lock);
  lockRef.current = lock;
  useEffect(() => {
    if (!enabled) return;
    let timer = setTimeout(() => lockRef.current(), IDLE_MS);
    const reset = () => {
      clearTimeout(timer);
      timer = setTimeout(() => lockRef.current(), IDLE_MS);
    };
    const events = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
    events.forEach((e) => window.addEventListener(e, reset, { passive: true }));
    return () => {
      clearTimeout(timer);
      events.forEach((e) => window.removeEventListener(e, reset));
    };
  }, [enabled]);
}
