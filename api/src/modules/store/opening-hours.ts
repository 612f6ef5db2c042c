// Pure opening-hours rules: validation, normalisation into same-day spans, and "open at" in the store's zone.
import type { HoursException, WeeklyHours } from '@linli/geo-data';

/** A same-day opening span: minutes after local midnight, opens inclusive, closes exclusive. */
export interface HoursSpan {
  weekday: number;
  opensMin: number;
  closesMin: number;
  /** The after-midnight tail of the previous day's overnight span: it belongs to that day's night. */
  carried?: true;
}

export interface ExceptionSpan {
  date: string;
  closed: boolean;
  opensMin: number;
  closesMin: number;
}

export type Normalised<T> = { ok: true; value: T } | { ok: false; message: string };

const HM = /^([01]\d|2[0-4]):([0-5]\d)$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parseHm(text: string, allow24 = false): number | undefined {
  const m = HM.exec(text);
  if (!m) return undefined;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  if (minutes > 1440 || (minutes === 1440 && !allow24)) return undefined;
  return minutes;
}

/** Splits spans that run past midnight, so each row covers one local day; rejects overlaps. */
export function normaliseWeeklyHours(hours: WeeklyHours[]): Normalised<HoursSpan[]> {
  const spans: HoursSpan[] = [];
  for (const [i, h] of hours.entries()) {
    if (!Number.isInteger(h.weekday) || h.weekday < 1 || h.weekday > 7) {
      return { ok: false, message: `hours[${i}]: weekday must be 1 (Monday) to 7 (Sunday)` };
    }
    const opens = parseHm(h.opens);
    const closes = parseHm(h.closes, true);
    if (opens === undefined || closes === undefined) {
      return { ok: false, message: `hours[${i}]: times must be HH:MM (closes may be 24:00)` };
    }
    if (closes > opens) spans.push({ weekday: h.weekday, opensMin: opens, closesMin: closes });
    else {
      // closes <= opens: the span runs past midnight into the next day
      spans.push({ weekday: h.weekday, opensMin: opens, closesMin: 1440 });
      if (closes > 0) spans.push({ weekday: (h.weekday % 7) + 1, opensMin: 0, closesMin: closes, carried: true });
    }
  }
  const sorted = [...spans].sort((a, b) => a.weekday - b.weekday || a.opensMin - b.opensMin);
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!;
    const cur = sorted[i]!;
    if (prev.weekday === cur.weekday && cur.opensMin < prev.closesMin) {
      return { ok: false, message: `hours overlap on weekday ${cur.weekday}` };
    }
  }
  return { ok: true, value: sorted };
}

export function normaliseExceptions(exceptions: HoursException[]): Normalised<ExceptionSpan[]> {
  const seen = new Set<string>();
  const out: ExceptionSpan[] = [];
  for (const [i, e] of exceptions.entries()) {
    if (
      !DATE.test(e.date) ||
      Number.isNaN(Date.parse(`${e.date}T00:00:00Z`)) ||
      new Date(`${e.date}T00:00:00Z`).toISOString().slice(0, 10) !== e.date
    ) {
      return { ok: false, message: `exceptions[${i}]: date must be a real YYYY-MM-DD` };
    }
    if (seen.has(e.date)) return { ok: false, message: `exceptions[${i}]: ${e.date} is listed twice` };
    seen.add(e.date);
    if (e.closed) {
      out.push({ date: e.date, closed: true, opensMin: 0, closesMin: 0 });
      continue;
    }
    const opens = e.opens === undefined ? undefined : parseHm(e.opens);
    const closes = e.closes === undefined ? undefined : parseHm(e.closes, true);
    if (opens === undefined || closes === undefined || closes <= opens) {
      return { ok: false, message: `exceptions[${i}]: special hours need opens < closes within the day, as HH:MM` };
    }
    out.push({ date: e.date, closed: false, opensMin: opens, closesMin: closes });
  }
  return { ok: true, value: out };
}

export interface LocalTime {
  date: string;
  isoWeekday: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Zones found valid: building a formatter to find out costs ~0.4 ms, and an import asks 5,000 times. */
const validZones = new Set<string>();

export function isValidTimeZone(timeZone: string): boolean {
  if (validZones.has(timeZone)) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    validZones.add(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock date, ISO weekday and minute of day at an instant in a time zone. */
export function localTime(at: Date, timeZone: string): LocalTime {
  let fmt = formatters.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      weekday: 'short',
    });
    formatters.set(timeZone, fmt);
  }
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const p of fmt.formatToParts(at)) parts[p.type] = p.value;
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    isoWeekday: WEEKDAYS.indexOf(parts.weekday!) + 1,
    minute: Number(parts.hour) * 60 + Number(parts.minute),
  };
}
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** The calendar date before a YYYY-MM-DD date. */
export function previousDate(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/**
 * An exception replaces every span of its local date, including the tail of the previous night's span, so
 * a holiday closure really closes the whole day. It also replaces that date's own night: the tail it would
 * have carried past midnight does not open the store on the next day.
 */
export function isOpenAt(spans: HoursSpan[], exceptions: ExceptionSpan[], timeZone: string, at: Date): boolean {
  return isOpenAtLocal(spans, exceptions, localTime(at, timeZone));
}

/** isOpenAt at a local time already worked out (the store book asks for many stores of one zone at one instant). */
export function isOpenAtLocal(spans: HoursSpan[], exceptions: ExceptionSpan[], t: LocalTime): boolean {
  const exception = exceptions.find((e) => e.date === t.date);
  if (exception) return !exception.closed && t.minute >= exception.opensMin && t.minute < exception.closesMin;
  const yesterday = exceptions.length ? previousDate(t.date) : undefined;
  const nightReplaced = yesterday !== undefined && exceptions.some((e) => e.date === yesterday);
  return spans.some((s) => s.weekday === t.isoWeekday && t.minute >= s.opensMin && t.minute < s.closesMin && !(s.carried && nightReplaced));
}
