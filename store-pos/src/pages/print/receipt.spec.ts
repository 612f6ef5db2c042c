import { describe, expect, it } from 'vitest';
import { columnsOf, RECEIPT_COLUMNS, receiptLines, spread, wrap } from './receipt';

const words = { goods: '商品', price: '单价', qty: '数量', amount: '金额', deliveryFee: '配送费', total: '合计', thanks: '谢谢惠顾' };
const milk = { name: '光明 纯牛奶 250ml 12盒装', quantity: 1, unitPriceFen: 4290 };
const long = { name: '元气森林 白桃味苏打气泡水 480ml 6瓶装 夏日限定款', quantity: 12, unitPriceFen: 550 };
const receipt = (cols: number) =>
  receiptLines(
    {
      storeName: '邻里便利 南京东路店',
      heading: ['订单号 #1A2B3C4D 到店自取', '12/6 13:05'],
      lines: [milk, long],
      deliveryFeeFen: 500,
      totalFen: 4290 + 6600 + 500,
      words,
    },
    cols,
  );

describe('a receipt in columns', () => {
  it('counts a Chinese character as two columns', () => {
    expect(columnsOf('12盒装')).toBe(6);
    expect(columnsOf('¥42.90')).toBe(6);
  });

  it('keeps every line within 32 columns on 58 mm and 48 on 80 mm', () => {
    for (const cols of Object.values(RECEIPT_COLUMNS)) {
      for (const line of receipt(cols)) expect(columnsOf(line), line).toBeLessThanOrEqual(cols);
    }
  });

  it('gives a goods name a line of its own, so "12盒装" stays whole, and keeps quantity and amount apart', () => {
    const lines = receipt(32);
    expect(lines).toContain('光明 纯牛奶 250ml 12盒装');
    const figures = lines[lines.indexOf('光明 纯牛奶 250ml 12盒装') + 1]!;
    expect(figures).toMatch(/¥42\.90 +x1 +¥42\.90$/);
    expect(figures).not.toContain('x1¥');
    // A name longer than a line breaks between words, and its figures follow it.
    expect(lines).toContain('元气森林 白桃味苏打气泡水 480ml');
    expect(lines).toContain('6瓶装 夏日限定款');
  });

  it('lines the amounts up flush right, under their heading', () => {
    const lines = receipt(32);
    const right = (l: string) => columnsOf(l);
    const header = lines.find((l) => l.startsWith('商品'))!;
    for (const l of lines.filter((x) => /¥\d+\.\d\d$/.test(x))) expect(right(l)).toBe(right(header));
    expect(lines.at(-3)).toBe(spread('合计', '¥113.90', 32)[0]);
  });

  it('wraps at spaces and cuts only a word longer than a line', () => {
    expect(wrap('光明 纯牛奶 250ml 12盒装', 12)).toEqual(['光明 纯牛奶', '250ml 12盒装']);
    expect(wrap('一二三四五六七八', 6)).toEqual(['一二三', '四五六', '七八']);
  });
});
