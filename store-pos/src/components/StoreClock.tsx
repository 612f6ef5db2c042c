// The store's wall clock for every clerk screen: times in the zone the API gives the store, so a tablet left on
// UTC (or carried across a border) still shows what the shopper and the store see.
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { clock, localDate, span, when } from '../lib/time';

/** Until the store has loaded: the zone the API gives a store when none is set. */
export const DEFAULT_STORE_ZONE = 'Asia/Shanghai';

const Zone = createContext<string | undefined>(undefined);

export function StoreClockProvider({ timeZone, children }: { timeZone: string | undefined; children: ReactNode }) {
  return <Zone.Provider value={timeZone}>{children}</Zone.Provider>;
}

export function useStoreClock() {
  const timeZone = useContext(Zone);
  return useMemo(
    () => ({
      timeZone,
      clock: (iso: string | null | undefined) => clock(iso, timeZone),
      when: (iso: string | null | undefined) => when(iso, timeZone),
      span: (startsAt: string, endsAt: string) => span(startsAt, endsAt, timeZone),
      localDate: (d?: Date) => localDate(d, timeZone),
    }),
    [timeZone],
  );
}
