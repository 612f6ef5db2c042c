import { describe, expect, it } from 'vitest';
import { isLocalDate, slotAt, slotsOn, zonedInstant } from './slot-rules';

const WEEK = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '09:00', closes: '21:45' }));

describe('pickup slot rules', () => {
  it('cuts the opening hours of a local date into whole slots, as UTC instants', () => {
    const slots = slotsOn('2026-11-18', WEEK, [], 'Asia/Shanghai', 30);
    expect(slots).toHaveLength(25); // 09:00 ... 21:00-21:30; 21:30-22:00 would run past closing
    expect(slots[0]).toEqual({
      startsAt: new Date('2026-11-18T01:00:00Z'),
      endsAt: new Date('2026-11-18T01:30:00Z'),
      label: '09:00-09:30',
    });
    expect(slots.at(-1)!.label).toBe('21:00-21:30');
  });

  it('follows special days: closed, or other hours', () => {
    expect(slotsOn('2026-11-18', WEEK, [{ date: '2026-11-18', closed: true }], 'Asia/Shanghai', 30)).toEqual([]);
    const short = slotsOn(
      '2026-11-18',
      WEEK,
      [{ date: '2026-11-18', closed: false, opens: '10:10', closes: '11:30' }],
      'Asia/Shanghai',
      30,
    );
    expect(short.map((s) => s.label)).toEqual(['10:30-11:00', '11:00-11:30']);
  });

  it('includes the tail of a night that started the day before, and reads DST zones right', () => {
    const night = [{ weekday: 2, opens: '22:00', closes: '02:00' }]; // Tuesday night into Wednesday
    expect(slotsOn('2026-11-18', night, [], 'Asia/Shanghai', 60).map((s) => s.label)).toEqual(['00:00-01:00', '01:00-02:00']);
    // Berlin on the day clocks go back (25 October 2026): 09:00 local is 08:00 UTC (CET), the day before 07:00 UTC.
    expect(zonedInstant('2026-10-25', 9 * 60, 'Europe/Berlin')).toEqual(new Date('2026-10-25T08:00:00Z'));
    expect(zonedInstant('2026-10-24', 9 * 60, 'Europe/Berlin')).toEqual(new Date('2026-10-24T07:00:00Z'));
  });

  it('drops the tail of a night whose date an exception replaced, closed or with other hours, as isOpenAt does', () => {
    const night = [{ weekday: 2, opens: '22:00', closes: '02:00' }]; // Tuesday night into Wednesday
    const tz = 'Asia/Shanghai';
    const labels = (exceptions: { date: string; closed: boolean; opens?: string; closes?: string }[]) =>
      slotsOn('2026-11-18', night, exceptions, tz, 60).map((s) => s.label);
    expect(labels([{ date: '2026-11-17', closed: true }])).toEqual([]);
    expect(labels([{ date: '2026-11-17', closed: false, opens: '10:00', closes: '12:00' }])).toEqual([]);
    // An exception on another date leaves the night alone; the Tuesday itself still opens at 22:00.
    expect(labels([{ date: '2026-11-16', closed: true }])).toEqual(['00:00-01:00', '01:00-02:00']);
    expect(slotsOn('2026-11-17', night, [{ date: '2026-11-16', closed: true }], tz, 60).map((s) => s.label)).toEqual([
      '22:00-23:00',
      '23:00-24:00',
    ]);
    // A store open all day every day opens at 00:00 after a closed date: that span is the new day's own.
    const allDay = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '00:00', closes: '24:00' }));
    expect(slotsOn('2026-11-18', allDay, [{ date: '2026-11-17', closed: true }], tz, 60)[0]!.label).toBe('00:00-01:00');
  });

  it("names the slot an order holds by the store's date and wall clock", () => {
    expect(slotAt(new Date('2026-11-18T06:00:00Z'), 'Asia/Shanghai', 30)).toEqual({
      startsAt: new Date('2026-11-18T06:00:00Z'),
      endsAt: new Date('2026-11-18T06:30:00Z'),
      date: '2026-11-18',
      label: '14:00-14:30',
    });
    // A late slot: the date is the store's, not UTC's, and the end wraps past midnight.
    expect(slotAt(new Date('2026-11-18T15:30:00Z'), 'Asia/Shanghai', 60)).toMatchObject({ date: '2026-11-18', label: '23:30-00:30' });
    // The day's last slot reads the same on the order as in the checkout's list.
    const last = slotsOn('2026-11-18', [{ weekday: 3, opens: '00:00', closes: '24:00' }], [], 'Asia/Shanghai', 30).at(-1)!;
    expect(slotAt(last.startsAt, 'Asia/Shanghai', 30).label).toBe(last.label);
    expect(last.label).toBe('23:30-24:00');
  });

  it('knows a real date', () => {
    expect(isLocalDate('2026-02-29')).toBe(false);
    expect(isLocalDate('2028-02-29')).toBe(true);
    expect(isLocalDate('2026-1-1')).toBe(false);
  });
});
