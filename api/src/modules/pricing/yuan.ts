/** Fen as the shopper reads yuan in a sentence: ¥12, ¥12.5, ¥0.05. */
export function yuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const whole = Math.floor(abs / 100);
  const cents = abs % 100;
  if (cents === 0) return `${sign}¥${whole}`;
  return `${sign}¥${whole}.${String(cents).padStart(2, '0').replace(/0$/, '')}`;
}
