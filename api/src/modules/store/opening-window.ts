// When a store next opens or closes, read in its own time zone from the same rules as isOpenAt (overnight spans and
// special dates included), so the apps show "23:00 打烊" or "明天 07:00 营业" without hours logic of their own.
import { isOpenAt, localTime, type ExceptionSpan, type HoursSpan } from './opening-hours';

/** An instant as the store's wall clock shows it. */
export interface StoreMoment {
  at: Date;
  /** YYYY-MM-DD in the store's calendar. */
  date: string;
  /** HH:MM; a close at midnight reads 24:00 of the day before. */
  time: string;
  /** 0 today, 1 tomorrow, in the store's calendar. */
  daysFromToday: number;
}

export interface OpeningWindow {
  openNow: boolean;
  /** Closed now: when it opens next (null when not within the horizon). */
  opensAt: StoreMoment | null;
  /** Open now: when it closes next (null when it stays open past the horizon, e.g. around the clock). */
  closesAt: StoreMoment | null;
}

const DAY_MS = 86_400_000;
const HORIZON_DAYS = 8;

const dayMs = (date: string) => Date.parse(`${date}T00:00:00Z`);
const addDays = (date: string, days: number) => new Date(dayMs(date) + days * DAY_MS).toISOString().slice(0, 10);
const isoWeekday = (date: string) => ((new Date(dayMs(date)).getUTCDay() + 6) % 7) + 1;

/** The instant a store's wall clock shows `minute` after midnight of `date` (offsets in whole minutes). */
export function localInstant(date: string, minute: number, timeZone: string): Date {
  const wall = dayMs(date) + minute * 60_000;
  let at = wall;
  for (let i = 0; i < 2; i++) {
    const seen = localTime(new Date(at), timeZone);
    at += wall - (dayMs(seen.date) + seen.minute * 60_000);
  }
  return new Date(at);
}

/**
 * Whether the store is open at `now`, and the next instant that changes. Between two consecutive candidate minutes
 * (every span edge, every special date's edge, every midnight) nothing can change, so checking only those finds
 * the exact minute with a few dozen isOpenAt calls.
 */
export function openingWindow(spans: HoursSpan[], exceptions: ExceptionSpan[], timeZone: string, now: Date): OpeningWindow {
  const openNow = isOpenAt(spans, exceptions, timeZone, now);
  const today = localTime(now, timeZone).date;
  const candidates: Date[] = [];
  for (let d = 0; d <= HORIZON_DAYS; d++) {
    const date = addDays(today, d);
    const weekday = isoWeekday(date);
    const minutes = new Set<number>([0]);
    for (const s of spans) if (s.weekday === weekday) minutes.add(s.opensMin).add(s.closesMin);
    for (const e of exceptions) if (e.date === date && !e.closed) minutes.add(e.opensMin).add(e.closesMin);
    for (const m of minutes) {
      if (m >= 1440) continue; // the next day's midnight is its own candidate
      const at = localInstant(date, m, timeZone);
      if (at > now) candidates.push(at);
    }
  }
  candidates.sort((a, b) => a.getTime() - b.getTime());
  const change = candidates.find((at) => isOpenAt(spans, exceptions, timeZone, at) !== openNow);
  const moment = change ? toMoment(change, today, timeZone, openNow) : null;
  return { openNow, opensAt: openNow ? null : moment, closesAt: openNow ? moment : null };
}

function toMoment(at: Date, today: string, timeZone: string, closing: boolean): StoreMoment {
  const t = localTime(at, timeZone);
  const midnightClose = closing && t.minute === 0;
  const date = midnightClose ? addDays(t.date, -1) : t.date;
  const minute = midnightClose ? 1440 : t.minute;
  const time = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
  return { at, date, time, daysFromToday: Math.round((dayMs(date) - dayMs(today)) / DAY_MS) };
}
