// A date typed as 2026-12-31 with its weekday in Chinese beside it: the browser's own date field follows the
// browser's language (mm/dd/yyyy on an English system), the console's dates should not.
import { useEffect, useState } from 'react';

const WEEKDAY = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

/** "2026/12/31", "2026.12.31" or "2026-12-31" as YYYY-MM-DD when it is a real date, else null. */
export function parseDate(text: string): string | null {
  const m = /^\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?\s*$/.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

export function DateInput({ value, onChange, label }: { value: string; onChange: (date: string) => void; label?: string }) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const date = parseDate(text);
  return (
    <span className="date-input">
      <input
        value={text}
        inputMode="numeric"
        placeholder="2026-12-31"
        aria-label={label}
        aria-invalid={text !== '' && !date}
        onChange={(e) => {
          setText(e.target.value);
          const next = parseDate(e.target.value);
          if (next) onChange(next);
        }}
        onBlur={() => date && setText(date)}
      />
      <span className="date-weekday">{date ? WEEKDAY[new Date(`${date}T00:00:00Z`).getUTCDay()] : ''}</span>
    </span>
  );
}
