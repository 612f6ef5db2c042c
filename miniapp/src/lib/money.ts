// Money on screen: the API counts integer fen; this is the only place that turns fen into yuan text.

/** 1250 → "12.5", 1200 → "12", 1205 → "12.05", -300 → "-3" (no float arithmetic). */
export function yuan(fen: number): string {
  if (!Number.isInteger(fen)) throw new Error(`money must be integer fen, got ${fen}`);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const whole = Math.floor(abs / 100);
  const cents = abs % 100;
  if (cents === 0) return `${sign}${whole}`;
  const decimals = cents % 10 === 0 ? String(cents / 10) : String(cents).padStart(2, '0');
  return `${sign}${whole}.${decimals}`;
}

/** "¥12.5" */
export function money(fen: number): string {
  const text = yuan(fen);
  return text.startsWith('-') ? `-¥${text.slice(1)}` : `¥${text}`;
}
