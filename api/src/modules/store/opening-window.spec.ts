import { describe, expect, it } from 'vitest';
import { normaliseExceptions, normaliseWeeklyHours } from './opening-hours';
import { openingWindow } from './opening-window';

type Hours = { weekday: number; opens: string; closes: string }[];
type Exceptions = { date: string; closed: boolean; opens?: string; closes?: string }[];
const SH = 'Asia/Shanghai';
const EVERY_DAY = (opens: string, closes: string): Hours => [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens, closes }));

function windowAt(hours: Hours, at: string, exceptions: Exceptions = [], tz = SH) {
  const spans = normaliseWeeklyHours(hours);
  const special = normaliseExceptions(exceptions);
  if (!spans.ok || !special.ok) throw new Error('bad hours');
  const w = openingWindow(spans.value, special.value, tz, new Date(at));
  const brief = (m: typeof w.opensAt) => m && { at: m.at.toISOString(), date: m.date, time: m.time, daysFromToday: m.daysFromToday };
  return { openNow: w.openNow, opensAt: brief(w.opensAt), closesAt: brief(w.closesAt) };
}

// 2026-11-18 is a Wednesday; Shanghai is UTC+8.
describe('when a store opens and closes next, in its own zone', () => {
  it("closes at the end of today's span and opens at tomorrow's first", () => {
    expect(windowAt(EVERY_DAY('08:00', '22:00'), '2026-11-18T02:00:00Z')).toEqual({
      openNow: true,
      opensAt: null,
      closesAt: { at: '2026-11-18T14:00:00.000Z', date: '2026-11-18', time: '22:00', daysFromToday: 0 },
    });
    expect(windowAt(EVERY_DAY('08:00', '22:00'), '2026-11-18T15:00:00Z')).toEqual({
      openNow: false,
      opensAt: { at: '2026-11-19T00:00:00.000Z', date: '2026-11-19', time: '08:00', daysFromToday: 1 },
      closesAt: null,
    });
  });

  it('follows an overnight span past midnight, and reads a close at midnight as 24:00', () => {
    const night = windowAt([{ weekday: 3, opens: '18:00', closes: '02:00' }], '2026-11-18T12:00:00Z');
    expect(night.closesAt).toMatchObject({ date: '2026-11-19', time: '02:00', daysFromToday: 1 });
    const midnight = windowAt([{ weekday: 3, opens: '07:00', closes: '24:00' }], '2026-11-18T02:00:00Z');
    expect(midnight.closesAt).toEqual({ at: '2026-11-18T16:00:00.000Z', date: '2026-11-18', time: '24:00', daysFromToday: 0 });
  });

  it('never closes around the clock', () => {
    expect(windowAt(EVERY_DAY('00:00', '24:00'), '2026-11-18T02:00:00Z')).toEqual({ openNow: true, opensAt: null, closesAt: null });
  });

  it('skips a special closed date and closes early on special hours', () => {
    const closedThursday = windowAt(EVERY_DAY('08:00', '22:00'), '2026-11-18T15:00:00Z', [{ date: '2026-11-19', closed: true }]);
    expect(closedThursday.opensAt).toMatchObject({ date: '2026-11-20', time: '08:00', daysFromToday: 2 });
    const early = windowAt(EVERY_DAY('08:00', '22:00'), '2026-11-18T02:00:00Z', [
      { date: '2026-11-18', closed: false, opens: '08:00', closes: '20:00' },
    ]);
    expect(early.closesAt).toMatchObject({ time: '20:00', daysFromToday: 0 });
    // A special date also ends the night before it: the overnight tail does not open the store that morning.
    const cut = windowAt([{ weekday: 3, opens: '18:00', closes: '02:00' }], '2026-11-18T12:00:00Z', [{ date: '2026-11-19', closed: true }]);
    expect(cut.closesAt).toMatchObject({ date: '2026-11-18', time: '24:00', daysFromToday: 0 });
  });

  it('reads the wall clock of the store, not of the server', () => {
    expect(windowAt(EVERY_DAY('08:00', '22:00'), '2026-11-18T10:00:00Z', [], 'Europe/London').closesAt).toEqual({
      at: '2026-11-18T22:00:00.000Z',
      date: '2026-11-18',
      time: '22:00',
      daysFromToday: 0,
    });
  });
});
