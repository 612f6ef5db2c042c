import { describe, expect, it } from 'vitest';
import { isOpenAt, localTime, normaliseExceptions, normaliseWeeklyHours } from './opening-hours';

const spansOf = (hours: { weekday: number; opens: string; closes: string }[]) => {
  const r = normaliseWeeklyHours(hours);
  if (!r.ok) throw new Error(r.message);
  return r.value;
};

describe('opening hours', () => {
  it('splits a span that runs past midnight into two local days', () => {
    expect(spansOf([{ weekday: 7, opens: '18:00', closes: '02:00' }])).toEqual([
      { weekday: 1, opensMin: 0, closesMin: 120, carried: true },
      { weekday: 7, opensMin: 1080, closesMin: 1440 },
    ]);
  });

  it('rejects overlaps, bad times and bad weekdays', () => {
    expect(
      normaliseWeeklyHours([
        { weekday: 1, opens: '08:00', closes: '12:00' },
        { weekday: 1, opens: '11:00', closes: '13:00' },
      ]).ok,
    ).toBe(false);
    expect(normaliseWeeklyHours([{ weekday: 1, opens: '8am', closes: '12:00' }]).ok).toBe(false);
    expect(normaliseWeeklyHours([{ weekday: 8, opens: '08:00', closes: '12:00' }]).ok).toBe(false);
    expect(normaliseWeeklyHours([{ weekday: 1, opens: '24:00', closes: '12:00' }]).ok).toBe(false);
    expect(normaliseExceptions([{ date: '2027-02-30', closed: true }]).ok).toBe(false);
    expect(normaliseExceptions([{ date: '2027-02-01', closed: false, opens: '12:00', closes: '10:00' }]).ok).toBe(false);
  });

  it('reads the wall clock in the store zone, not the server zone', () => {
    // 2026-11-18T16:30Z is Thursday 00:30 in Shanghai and Wednesday 16:30 in London.
    const at = new Date('2026-11-18T16:30:00Z');
    expect(localTime(at, 'Asia/Shanghai')).toEqual({ date: '2026-11-19', isoWeekday: 4, minute: 30 });
    expect(localTime(at, 'Europe/London')).toEqual({ date: '2026-11-18', isoWeekday: 3, minute: 990 });
  });

  it('is open inside a span, closed at its closing minute, and follows overnight spans', () => {
    const spans = spansOf([{ weekday: 3, opens: '18:00', closes: '02:00' }]);
    const tz = 'Asia/Shanghai';
    expect(isOpenAt(spans, [], tz, new Date('2026-11-18T10:00:00Z'))).toBe(true); // Wed 18:00
    expect(isOpenAt(spans, [], tz, new Date('2026-11-18T09:59:00Z'))).toBe(false); // Wed 17:59
    expect(isOpenAt(spans, [], tz, new Date('2026-11-18T17:59:00Z'))).toBe(true); // Thu 01:59
    expect(isOpenAt(spans, [], tz, new Date('2026-11-18T18:00:00Z'))).toBe(false); // Thu 02:00
  });

  it('lets an exception replace the whole local date', () => {
    const spans = spansOf([1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '07:00', closes: '23:00' })));
    const ex = normaliseExceptions([
      { date: '2026-11-18', closed: true },
      { date: '2026-11-19', closed: false, opens: '10:00', closes: '12:00' },
    ]);
    if (!ex.ok) throw new Error(ex.message);
    const tz = 'Asia/Shanghai';
    expect(isOpenAt(spans, ex.value, tz, new Date('2026-11-18T04:00:00Z'))).toBe(false);
    expect(isOpenAt(spans, ex.value, tz, new Date('2026-11-19T01:00:00Z'))).toBe(false); // Thu 09:00
    expect(isOpenAt(spans, ex.value, tz, new Date('2026-11-19T03:00:00Z'))).toBe(true); // Thu 11:00
  });

  it('does not let a closed date carry its night past midnight, but opens the next day on its own hours', () => {
    const tz = 'Asia/Shanghai';
    // Tuesdays 22:00 to 02:00; Tuesday 2026-11-17 closed.
    const overnight = spansOf([{ weekday: 2, opens: '22:00', closes: '02:00' }]);
    const closedTuesday = normaliseExceptions([{ date: '2026-11-17', closed: true }]);
    const specialTuesday = normaliseExceptions([{ date: '2026-11-17', closed: false, opens: '10:00', closes: '12:00' }]);
    if (!closedTuesday.ok || !specialTuesday.ok) throw new Error('fixture');
    const wednesday0100 = new Date('2026-11-17T17:00:00Z');
    expect(isOpenAt(overnight, [], tz, wednesday0100)).toBe(true);
    expect(isOpenAt(overnight, closedTuesday.value, tz, wednesday0100)).toBe(false);
    expect(isOpenAt(overnight, specialTuesday.value, tz, wednesday0100)).toBe(false);
    expect(isOpenAt(overnight, closedTuesday.value, tz, new Date('2026-11-24T17:00:00Z'))).toBe(true); // a week later
    // A store open all day every day opens again at 00:00 after a closed date: that span is Wednesday's own.
    const allDay = spansOf([1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '00:00', closes: '24:00' })));
    expect(isOpenAt(allDay, closedTuesday.value, tz, new Date('2026-11-17T16:00:00Z'))).toBe(true); // Wed 00:00
    expect(isOpenAt(allDay, closedTuesday.value, tz, new Date('2026-11-17T15:59:00Z'))).toBe(false); // Tue 23:59
  });
});
