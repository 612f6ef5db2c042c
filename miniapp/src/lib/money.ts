// Money on screen: the API counts integer fen; this is the only place that turns fen into yuan text, always with
// two decimals (¥12.50), as the store app shows it.

/** 1250 → "12.50", 1200 → "12.00", 1205 → "12.05", -300 → "-3.00" (no float arithmetic). */
export function yuan(fen: number): string {
  if (!Number.isInteger(fen)) throw new Error(`money must be integer fen, got ${fen}`);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** "¥12.50"; the price tags that set the ¥ smaller use yuan() beside their own ¥. */
export function money(fen: number): string {
  const text = yuan(fen);
  return text.startsWith('-') ? `-¥${text.slice(1)}` : `¥${text}`;
}
