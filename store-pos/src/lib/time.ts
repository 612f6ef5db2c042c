// Times come from the API in UTC. Clerks read them on the store's wall clock (the zone the API gives the store),
// whatever zone the tablet is set to; without a zone (HQ screens) the device's own zone is used.
const formats = new Map<string, { time: Intl.DateTimeFormat; dateTime: Intl.DateTimeFormat; parts: Intl.DateTimeFormat }>();

function fmt(timeZone?: string) {
  const key = timeZone ?? '';
  let f = formats.get(key);
  if (!f) {
    f = {
      time: new Intl.DateTimeFormat('zh-CN', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
      dateTime: new Intl.DateTimeFormat('zh-CN', {
        timeZone,
        month: 'numeric',
        day: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }),
      parts: new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }),
    };
    formats.set(key, f);
  }
  return f;
}

/** 14:05 */
export function clock(iso: string | null | undefined, timeZone?: string): string {
  return iso ? fmt(timeZone).time.format(new Date(iso)) : '';
}

/** Today's times as 14:05, other days as 11/28 14:05. */
export function when(iso: string | null | undefined, timeZone?: string, now = new Date()): string {
  if (!iso) return '';
  const d = new Date(iso);
  return localDate(d, timeZone) === localDate(now, timeZone) ? fmt(timeZone).time.format(d) : fmt(timeZone).dateTime.format(d);
}

/** The calendar date (YYYY-MM-DD) at an instant, as the settlement report's business days are. */
export function localDate(d = new Date(), timeZone?: string): string {
  const p = Object.fromEntries(
    fmt(timeZone)
      .parts.formatToParts(d)
      .map((x) => [x.type, x.value]),
  );
  return `${p.year}-${p.month}-${p.day}`;
}

/** 昨天 / 明天 / 12/8 for a day other than today; '' for today. */
export function dayWord(iso: string, timeZone?: string, now = new Date()): string {
  const day = localDate(new Date(iso), timeZone);
  const today = localDate(now, timeZone);
  const diff = Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
  if (diff === 0) return '';
  if (diff === 1) return '明天';
  if (diff === -1) return '昨天';
  return `${Number(day.slice(5, 7))}/${Number(day.slice(8, 10))}`;
}

/** A time window on the store's clock: "14:00–14:30", or "明天 14:00–14:30" when it is not today. */
export function span(startsAt: string, endsAt: string, timeZone?: string, now = new Date()): string {
  const day = dayWord(startsAt, timeZone, now);
  return `${day ? `${day} ` : ''}${clock(startsAt, timeZone)}–${clock(endsAt, timeZone)}`;
}

/** "staff:wang" → "wang" */
export function actorName(actor: string): string {
  return actor.replace(/^staff:/, '');
}
