import { describe, expect, test } from 'vitest';
import { dateTime, distance, groupDigits, metresBetween, monthDay, nearDay, shanghaiDate, storeMoment } from './format';

describe('what a shopper reads', () => {
  test('distances', () => {
    expect(distance(0)).toBe('0 m');
    expect(distance(804)).toBe('800 m');
    expect(distance(1234)).toBe('1.2 km');
    expect(distance(12_345)).toBe('12 km');
  });

  test("a store's next opening or closing as the API gives it, on the store's own clock", () => {
    expect(storeMoment({ date: '2026-11-18', time: '22:00', daysFromToday: 0 })).toBe('22:00');
    expect(storeMoment({ date: '2026-11-19', time: '07:00', daysFromToday: 1 })).toBe('明天 07:00');
    expect(storeMoment({ date: '2026-11-20', time: '08:00', daysFromToday: 2 })).toBe('11月20日 08:00');
  });

  test('times in Shanghai whatever the phone’s zone', () => {
    expect(dateTime('2026-11-29T15:05:00Z')).toBe('11月29日 23:05');
    expect(dateTime('2026-11-29T16:05:00Z')).toBe('11月30日 00:05');
  });

  test('codes grouped for reading aloud', () => {
    expect(groupDigits('1843213648')).toBe('18432 13648');
  });

  test('distance between two points (南京东路店 to 人民广场店, about 660 m)', () => {
    const m = metresBetween({ lat: 31.2366, lng: 121.4812 }, { lat: 31.2331, lng: 121.4758 });
    expect(m).toBeGreaterThan(600);
    expect(m).toBeLessThan(700);
  });

  test("a slot's day: today or tomorrow by Shanghai's calendar, not the phone's", () => {
    const lateEvening = Date.parse('2026-12-06T15:30:00Z'); // 23:30 in Shanghai, still the 6th
    expect(shanghaiDate(lateEvening)).toBe('2026-12-06');
    expect(nearDay('2026-12-06', lateEvening)).toBe('today');
    expect(nearDay('2026-12-07', lateEvening)).toBe('tomorrow');
    expect(nearDay('2026-12-08', lateEvening)).toBeNull();
    expect(nearDay('2026-12-07', Date.parse('2026-12-06T16:30:00Z'))).toBe('today'); // 00:30 on the 7th
    expect(monthDay('2026-12-07')).toBe('12月7日');
  });
});
