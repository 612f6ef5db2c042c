// A period of whole days (from and to included) with the presets HQ uses most; at most 92 days, as the API allows.
import { hq } from '../../hq-strings';
import { localDate } from '../../lib/time';

export interface Period {
  from: string;
  to: string;
}

export function thisMonth(today = new Date()): Period {
  return { from: localDate(new Date(today.getFullYear(), today.getMonth(), 1)), to: localDate(today) };
}

export function lastMonth(today = new Date()): Period {
  return { from: localDate(new Date(today.getFullYear(), today.getMonth() - 1, 1)), to: localDate(new Date(today.getFullYear(), today.getMonth(), 0)) };
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
        <input type="date" value={value.from} max={value.to} onChange={(e) => set({ from: e.target.value })} aria-label={hq.period.from} />
      </label>
      <label>
        {hq.period.to}
        <input type="date" value={value.to} min={value.from} onChange={(e) => set({ to: e.target.value })} aria-label={hq.period.to} />
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
