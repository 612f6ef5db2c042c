// Retail barcodes: EAN-13 and UPC-A (a UPC-A is an EAN-13 with a leading 0), checked by their check digit.

export type BarcodeCheck = { ok: true; ean13: string } | { ok: false; reason: string };

/** The check digit of the first 12 digits of an EAN-13: weights 1, 3, 1, 3, ... from the left. */
export function ean13CheckDigit(first12: string): number {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (i % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10;
}

/**
 * A barcode as a scanner types it, in its one stored form: 13 digits. A UPC-A (12 digits) becomes its EAN-13
 * (0 in front), so the same product scanned either way is one code and a duplicate is caught.
 */
export function normalizeBarcode(input: string): BarcodeCheck {
  const code = input.trim();
  if (!/^\d+$/.test(code)) return { ok: false, reason: '条码只能是数字' };
  const ean13 = code.length === 12 ? `0${code}` : code;
  if (ean13.length !== 13) return { ok: false, reason: '条码应为 13 位（EAN-13）或 12 位（UPC-A）' };
  if (ean13CheckDigit(ean13) !== Number(ean13[12])) return { ok: false, reason: '条码校验位不对' };
  return { ok: true, ean13 };
}
