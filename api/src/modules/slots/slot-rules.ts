// Pure pickup-slot arithmetic: which slots a store's hours give on one of its local dates, as UTC instants.
import type { HoursException, WeeklyHours } from '@linli/geo-data';
import { localTime, normaliseExceptions, normaliseWeeklyHours, previousDate } from '../store/opening-hours';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether text is a real calendar date YYYY-MM-DD. */
export function isLocalDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text;
}

/** ISO weekday (1 = Monday) of a calendar date. */
export function weekdayOf(date: string): number {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

/** The calendar date `days` after `date`. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The instant a wall-clock time of a date has in a time zone. Found by correcting a guess with the zone's offset
 * at that guess; twice is enough across a DST change (a time skipped by a spring-forward lands just after it).
 */
export function zonedInstant(date: string, minute: number, timeZone: string): Date {
  const target = Date.parse(`${date}T00:00:00Z`) + minute * 60_000;
  let t = target;
  for (let i = 0; i < 3; i++) {
    const local = localTime(new Date(t), timeZone);
    const seen = Date.parse(`${local.date}T00:00:00Z`) + local.minute * 60_000;
    if (seen === target) break;
    t += target - seen;
  }
  return new Date(t);
}

export interface SlotSpan {
  startsAt: Date;
  endsAt: Date;
  /** Local wall-clock label, e.g. 10:00-10:30. */
  label: string;
}

const hm = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

/**
 * Every slot of `slotMin` minutes lying wholly inside the store's opening hours on its local `date`, by the rule
 * `isOpenAt` and routing follow: an exception replaces its whole date, and also the night that date would have
 * carried past midnight, so the after-midnight tail of the day before is offered only when that day kept its
 * weekly hours.
 */
export function slotsOn(date: string, hours: WeeklyHours[], exceptions: HoursException[], timeZone: string, slotMin: number): SlotSpan[] {
  const weekly = normaliseWeeklyHours(hours);
  const special = normaliseExceptions(exceptions);
  if (!weekly.ok || !special.ok) return [];
  const exception = special.value.find((e) => e.date === date);
  const yesterday = previousDate(date);
  const nightReplaced = special.value.some((e) => e.date === yesterday);
  const spans = exception
    ? exception.closed
      ? []
      : [{ opensMin: exception.opensMin, closesMin: exception.closesMin }]
    : weekly.value.filter((s) => s.weekday === weekdayOf(date) && !(s.carried && nightReplaced));
  const out: SlotSpan[] = [];
  for (const span of spans) {
    for (let start = Math.ceil(span.opensMin / slotMin) * slotMin; start + slotMin <= span.closesMin; start += slotMin) {
      out.push({
        startsAt: zonedInstant(date, start, timeZone),
        endsAt: zonedInstant(date, start + slotMin, timeZone),
        label: `${hm(start)}-${hm(start + slotMin)}`,
      });
    }
  }
  return out.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

export interface SlotWindow extends SlotSpan {
  /** The store's local date of the start, YYYY-MM-DD. */
  date: string;
}

/** The slot of `slotMin` minutes that starts at an instant, as the store's wall clock shows it. */
export function slotAt(startsAt: Date, timeZone: string, slotMin: number): SlotWindow {
  const local = localTime(startsAt, timeZone);
  return {
    startsAt,
    endsAt: new Date(startsAt.getTime() + slotMin * 60_000),
    date: local.date,
    // The last slot of a day ends at 24:00, as slotsOn labels it at checkout; one running past midnight at 00:30.
    label: `${hm(local.minute)}-${hm(local.minute + slotMin > 1440 ? local.minute + slotMin - 1440 : local.minute + slotMin)}`,
  };
}
