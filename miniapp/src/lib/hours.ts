// Store hours in the store's own zone (all demo stores are Asia/Shanghai): when it opens next, and pickup slots.
import { shanghaiParts } from './format';

export interface WeeklyHours {
  weekday: number; // 1 = Monday … 7 = Sunday
  opens: string; // "07:00"
  closes: string; // "23:00"; "24:00" or earlier than opens = past midnight
}

const minutes = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
};

/** "07:00" when a closed store opens again today or tomorrow, else null. */
export function opensNext(hours: WeeklyHours[], now = new Date()): string | null {
  const p = shanghaiParts(now);
  const nowMin = p.h * 60 + p.mi;
  const today = hours.filter((h) => h.weekday === p.weekday).map((h) => h.opens).filter((o) => minutes(o) > nowMin).sort()[0];
  if (today) return today;
  const tomorrow = hours.filter((h) => h.weekday === (p.weekday % 7) + 1).map((h) => h.opens).sort()[0];
  return tomorrow ? `明天 ${tomorrow}` : null;
}

export interface Slot {
  /** UTC ISO start of the slot, sent to the API as scheduledAt; null = as soon as possible */
  at: string | null;
  from: string;
  to: string;
  day: 'today' | 'tomorrow';
}

/**
 * Half-hour pickup slots from 30 minutes from now until the store closes (today, then tomorrow), at most `limit`.
 * Until the API's pickupSlots (per-store capacity) is available these are derived from the hours alone.
 */
export function pickupSlots(hours: WeeklyHours[], now = new Date(), limit = 12): Slot[] {
  const out: Slot[] = [];
  const p = shanghaiParts(now);
  // Midnight today in Shanghai, as a UTC instant.
  const midnight = Date.UTC(p.y, p.mo - 1, p.d) - 8 * 3600_000;
  const earliest = p.h * 60 + p.mi + 30;
  for (const [dayIndex, day] of [[0, 'today'], [1, 'tomorrow']] as const) {
    const weekday = ((p.weekday - 1 + dayIndex) % 7) + 1;
    for (const h of hours.filter((x) => x.weekday === weekday)) {
      const open = minutes(h.opens);
      let close = minutes(h.closes);
      if (close <= open) close += 24 * 60;
      for (let m = Math.ceil(Math.max(open, dayIndex === 0 ? earliest : 0) / 30) * 30; m + 30 <= close; m += 30) {
        if (dayIndex === 1 && m >= 24 * 60) break;
        const startMs = midnight + (dayIndex * 24 * 60 + m) * 60_000;
        const fmt = (x: number) => `${String(Math.floor((x / 60) % 24)).padStart(2, '0')}:${String(x % 60).padStart(2, '0')}`;
        out.push({ at: new Date(startMs).toISOString(), from: fmt(m), to: fmt(m + 30), day });
        if (out.length >= limit) return out;
      }
    }
  }
  return out;
}
