// A bar chart as plain HTML columns: the dashboard's days and hours need nothing heavier, and it renders at once.
export interface Bar {
  label: string;
  value: number;
  /** What a reader sees on hover or with a screen reader, e.g. "11/05 ¥1234.00". */
  title: string;
}

export function Bars({ bars, labelEvery = 1, testId }: { bars: Bar[]; labelEvery?: number; testId?: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <div className="bars" data-testid={testId}>
      {bars.map((b, i) => (
        <div key={b.label} className="bar-col" title={b.title} aria-label={b.title} data-value={b.value}>
          <div className="bar-track">
            <div className="bar" style={{ height: `${(b.value / max) * 100}%` }} />
          </div>
          <span className="bar-label">{i % labelEvery === 0 ? b.label : '\u00a0'}</span>
        </div>
      ))}
    </div>
  );
}
