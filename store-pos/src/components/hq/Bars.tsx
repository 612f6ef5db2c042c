// A bar chart as plain HTML columns: the dashboard's days and hours need nothing heavier, and it renders at once.
// A value axis on the left (0, half, top, rounded up to a readable step) says what the heights mean.
export interface Bar {
  label: string;
  value: number;
  /** What a reader sees on hover or with a screen reader, e.g. "11/05 ¥1234.00". */
  title: string;
}

/**
 * The axis top for whole-number values: the maximum rounded up to 1, 2, 4, 6 or 8 times a power of ten, at least
 * 2, so the half-way mark is a whole number too.
 */
export function niceMax(max: number): number {
  if (max <= 2) return 2;
  const pow = 10 ** Math.floor(Math.log10(max));
  return [1, 2, 4, 6, 8, 10].find((m) => m * pow >= max)! * pow;
}

export function Bars({
  bars,
  labelEvery = 1,
  testId,
  format = String,
}: {
  bars: Bar[];
  labelEvery?: number;
  testId?: string;
  format?: (value: number) => string;
}) {
  const top = niceMax(Math.max(0, ...bars.map((b) => b.value)));
  return (
    <div className="bars-chart" data-testid={testId}>
      <div className="bars-axis" aria-hidden="true" data-testid={testId && `${testId}-axis`}>
        {[top, top / 2, 0].map((v) => (
          <span key={v}>{format(v)}</span>
        ))}
      </div>
      <div className="bars">
        {bars.map((b, i) => (
          <div key={b.label} className="bar-col" title={b.title} aria-label={b.title} data-value={b.value}>
            <div className="bar-track">
              <div className="bar" style={{ height: `${(b.value / top) * 100}%` }} />
            </div>
            <span className="bar-label">{i % labelEvery === 0 ? b.label : '\u00a0'}</span>
          </div>
        ))}
      </div>
    </div>
  );
}
