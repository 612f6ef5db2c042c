// Store hours in the store's own zone (all demo stores are Asia/Shanghai): when a closed store opens next.
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
