// Times come from the API in UTC; clerks read them in the tablet's own zone (the store's).
const timeFmt = new Intl.DateTimeFormat('zh-CN', { hour: '2-digit', minute: '2-digit', hour12: false });
const dateTimeFmt = new Intl.DateTimeFormat('zh-CN', { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false });

export function clock(iso: string | null | undefined): string {
  return iso ? timeFmt.format(new Date(iso)) : '';
}

/** Today's times as 14:05, other days as 11/28 14:05. */
export function when(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return d.toDateString() === new Date().toDateString() ? timeFmt.format(d) : dateTimeFmt.format(d);
}

/** The local calendar date (YYYY-MM-DD), as the settlement report's business days are. */
export function localDate(d = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** "staff:wang" → "wang" */
export function actorName(actor: string): string {
  return actor.replace(/^staff:/, '');
}
