/** Money arrives as integer fen; this is the only place it becomes yuan for display. */
export function yuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}¥${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** Yuan for a chart's axis: no fen when there are none (¥200, ¥12.5). */
export function yuanAxis(fen: number): string {
  return `¥${Number((fen / 100).toFixed(2))}`;
}

/** What HQ types as yuan ("12", "12.5", "12.50") as fen; null when it is not an amount. */
export function fenFromYuan(text: string): number | null {
  const m = /^\s*(\d{1,7})(?:\.(\d{1,2}))?\s*$/.exec(text);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

/** Fen as the yuan HQ edits in a form: "12.5" for 1250, "12" for 1200. */
export function yuanInput(fen: number): string {
  return String(fen / 100);
}
