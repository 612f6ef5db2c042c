// A period of whole days (from and to included) with the presets HQ uses most; at most 92 days, as the API allows.
import { hq } from '../../hq-strings';
import { DateInput } from './DateInput';
import { localDate } from '../../lib/time';

export interface Period {
  from: string;
  to: string;
}

export function thisMonth(today = new Date()): Period {
  return { from: localDate(new Date(today.getFullYear(), today.getMonth(), 1)), to: localDate(today) };
}

export function lastMonth(today = new Date()): Period {
  return monthsAgo(1, today);
}

/** The whole month `n` months before this one (this month up to today for 0). */
export function monthsAgo(n: number, today = new Date()): Period {
  if (n === 0) return thisMonth(today);
  return {
    from: localDate(new Date(today.getFullYear(), today.getMonth() - n, 1)),
    to: localDate(new Date(today.getFullYear(), today.getMonth() - n + 1, 0)),
  };
}

export function lastDays(n: number, today = new Date()): Period {
  return { from: localDate(new Date(today.getFullYear(), today.getMonth(), today.getDate() - n + 1)), to: localDate(today) };
}

export function PeriodPicker({ value, onChange }: { value: Period; onChange: (p: Period) => void }) {
  const set = (p: Partial<Period>) => {
    const next = { ...value, ...p };
    if (next.from && next.to && next.from <= next.to) onChange(next);
  };
  return (
    <>
      <label>
        {hq.period.from}
        <DateInput value={value.from} onChange={(from) => set({ from })} label={hq.period.from} />
      </label>
      <label>
        {hq.period.to}
        <DateInput value={value.to} onChange={(to) => set({ to })} label={hq.period.to} />
      </label>
      <button type="button" className="btn" onClick={() => onChange(thisMonth())}>
        {hq.period.thisMonth}
      </button>
      <button type="button" className="btn" onClick={() => onChange(lastMonth())}>
        {hq.period.lastMonth}
      </button>
      <button type="button" className="btn" onClick={() => onChange(lastDays(7))}>
        {hq.period.last7}
      </button>
    </>
  );
}
