// Distances and times as a shopper in China reads them.

/** 350 → "350 m", 1234 → "1.2 km", 12345 → "12 km". */
export function distance(m: number): string {
  if (m < 1000) return `${Math.max(0, Math.round(m / 10) * 10)} m`;
  if (m < 10_000) return `${(Math.round(m / 100) / 10).toFixed(1)} km`;
  return `${Math.round(m / 1000)} km`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A moment in Shanghai's wall clock (the app serves one time zone per store; all demo stores use Asia/Shanghai). */
export function shanghaiParts(iso: string | Date): { y: number; mo: number; d: number; h: number; mi: number; weekday: number } {
  const t = new Date(typeof iso === 'string' ? iso : iso.getTime());
  const s = new Date(t.getTime() + 8 * 3600_000);
  const wd = s.getUTCDay();
  return {
    y: s.getUTCFullYear(),
    mo: s.getUTCMonth() + 1,
    d: s.getUTCDate(),
    h: s.getUTCHours(),
    mi: s.getUTCMinutes(),
    weekday: wd === 0 ? 7 : wd,
  };
}

/** "14:30" */
export function clock(iso: string | Date): string {
  const p = shanghaiParts(iso);
  return `${pad(p.h)}:${pad(p.mi)}`;
}

/** "11月29日 14:30" */
export function dateTime(iso: string | Date): string {
  const p = shanghaiParts(iso);
  return `${p.mo}月${p.d}日 ${pad(p.h)}:${pad(p.mi)}`;
}

/** A store's own wall-clock moment as the API gives it: "07:00", "明天 07:00", "11月20日 08:00". */
export function storeMoment(m: { date: string; time: string; daysFromToday: number }): string {
  if (m.daysFromToday === 0) return m.time;
  if (m.daysFromToday === 1) return `明天 ${m.time}`;
  const [, mo, d] = m.date.split('-').map(Number);
  return `${mo}月${d}日 ${m.time}`;
}

/** "12345 67890" for reading a code aloud. */
export function groupDigits(code: string): string {
  return code.replace(/(\d{5})(?=\d)/g, '$1 ');
}

/** Great-circle distance in metres between two points of the same coordinate system (display only). */
export function metresBetween(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return Math.round(2 * 6_371_008.8 * Math.asin(Math.sqrt(h)));
}

/** A local date "2026-12-06" (the store's, from the API) as "12月6日". */
export function monthDay(date: string): string {
  const [, mo, d] = date.split('-').map(Number);
  return `${mo}月${d}日`;
}

/** Shanghai's calendar date `days` after the moment `now`, as "YYYY-MM-DD". */
export function shanghaiDate(now: number, days = 0): string {
  const p = shanghaiParts(new Date(now + days * 86_400_000));
  return `${p.y}-${pad(p.mo)}-${pad(p.d)}`;
}

/** Whether a local date is today or tomorrow in Shanghai (else null: say the date alone). */
export function nearDay(date: string, now = Date.now()): 'today' | 'tomorrow' | null {
  return date === shanghaiDate(now) ? 'today' : date === shanghaiDate(now, 1) ? 'tomorrow' : null;
}
