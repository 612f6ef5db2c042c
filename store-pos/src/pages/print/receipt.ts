// A receipt as lines of monospace text. Thermal paper prints a fixed number of columns (32 on 58 mm, 48 on
// 80 mm) and a Chinese character takes two, so the layout is counted in columns, not left to table cells: a
// goods name gets whole lines of its own and price, quantity and amount sit in right-aligned columns below it.
import { yuan } from '../../lib/money';

export const RECEIPT_COLUMNS = { 58: 32, 80: 48 } as const;

/** Columns a text takes: East Asian wide and full-width characters count two. */
export function columnsOf(text: string): number {
  let n = 0;
  for (const ch of text) n += isWide(ch.codePointAt(0)!) ? 2 : 1;
  return n;
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

const padStart = (text: string, cols: number) => ' '.repeat(Math.max(0, cols - columnsOf(text))) + text;
const padEnd = (text: string, cols: number) => text + ' '.repeat(Math.max(0, cols - columnsOf(text)));

/** Splits text into lines of at most `cols` columns, at spaces where it can; a word longer than a line is cut. */
export function wrap(text: string, cols: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/)) {
    const joined = line ? `${line} ${word}` : word;
    if (columnsOf(joined) <= cols) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    for (const ch of word) {
      if (columnsOf(line + ch) > cols) {
        lines.push(line);
        line = '';
      }
      line += ch;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** `left` at the margin and `right` flush right, at least one space apart (on a line of its own if need be). */
export function spread(left: string, right: string, cols: number): string[] {
  if (columnsOf(left) + 1 + columnsOf(right) <= cols) return [padEnd(left, cols - columnsOf(right)) + right];
  return [...wrap(left, cols), padStart(right, cols)];
}

const center = (text: string, cols: number) => wrap(text, cols).map((l) => ' '.repeat(Math.floor((cols - columnsOf(l)) / 2)) + l);

export interface ReceiptInput {
  storeName: string;
  /** Order number, fulfilment, time, contact, address, remark: one per line, wrapped as needed. */
  heading: string[];
  lines: { name: string; quantity: number; unitPriceFen: number }[];
  deliveryFeeFen: number;
  /** Promotions and the points' money value taken off (0 when none). */
  discountFen?: number;
  pointsFen?: number;
  totalFen: number;
  /** A counter sale: how it was paid, and for cash what was handed over and the change. */
  payment?: { label: string; tenderedFen: number | null; changeFen: number | null };
  words: {
    goods: string;
    price: string;
    qty: string;
    amount: string;
    deliveryFee: string;
    total: string;
    thanks: string;
    discount?: string;
    points?: string;
    tendered?: string;
    change?: string;
  };
}

// Price, quantity and amount columns, right-aligned; the rest of the line indents them under the name.
const PRICE = 10;
const QTY = 6;
const AMOUNT = 10;

export function receiptLines(r: ReceiptInput, cols: number): string[] {
  const rule = '-'.repeat(cols);
  const indent = cols - PRICE - QTY - AMOUNT;
  const row = (first: string, price: string, qty: string, amount: string) =>
    padEnd(first, indent) + padStart(price, PRICE) + padStart(qty, QTY) + padStart(amount, AMOUNT);
  const out = [
    ...center(r.storeName, cols),
    ...r.heading.flatMap((h) => wrap(h, cols)),
    rule,
    row(r.words.goods, r.words.price, r.words.qty, r.words.amount),
    rule,
  ];
  for (const l of r.lines) {
    out.push(...wrap(l.name, cols));
    out.push(row('', yuan(l.unitPriceFen), `x${l.quantity}`, yuan(l.unitPriceFen * l.quantity)));
  }
  out.push(rule);
  if (r.deliveryFeeFen > 0) out.push(...spread(r.words.deliveryFee, yuan(r.deliveryFeeFen), cols));
  if (r.discountFen) out.push(...spread(r.words.discount ?? '', `-${yuan(r.discountFen)}`, cols));
  if (r.pointsFen) out.push(...spread(r.words.points ?? '', `-${yuan(r.pointsFen)}`, cols));
  out.push(...spread(r.words.total, yuan(r.totalFen), cols));
  if (r.payment) {
    out.push(...spread(r.payment.label, yuan(r.payment.tenderedFen ?? r.totalFen), cols));
    if (r.payment.changeFen !== null) out.push(...spread(r.words.change ?? '', yuan(r.payment.changeFen), cols));
  }
  out.push('', ...center(r.words.thanks, cols));
  return out;
}
