// The flash-sale (秒杀) line price rule: the item's price on its SKU at its store (or any store), funded by HQ.
// Pure: the checkout reads the item the shopper asked for and hands it in; quota and limits are taken when placing.
import type { CartLine, LinePrice } from './pricing.types';

export interface FlashPriceItem {
  id: string;
  skuId: string;
  /** null: every store. */
  storeId: string | null;
  priceFen: number;
}

/**
 * The rule for one flash item (or 拼团 offer, the same kind of price): lines of its SKU at a store it covers get its
 * price, the rest are left alone. The price stands alone: those lines take no 满减 and no coupon (`label`商品不参与).
 */
export function flashPriceRule(item: FlashPriceItem, label: '秒杀' | '拼团' = '秒杀'): (line: CartLine) => LinePrice | undefined {
  return (line) =>
    line.skuId === item.skuId && (item.storeId === null || item.storeId === line.storeId)
      ? { promotionId: item.id, unitPriceFen: item.priceFen, funder: { kind: 'HQ' }, alone: label }
      : undefined;
}

/** Several line price rules over one line (member and flash prices): the lowest price wins, the first on a tie. */
export function lowestLinePrice(
  rules: readonly ((line: CartLine) => LinePrice | undefined)[],
): ((line: CartLine) => LinePrice | undefined) | undefined {
  if (rules.length === 0) return undefined;
  if (rules.length === 1) return rules[0];
  return (line) => {
    let best: LinePrice | undefined;
    for (const rule of rules) {
      const p = rule(line);
      if (p && (!best || p.unitPriceFen < best.unitPriceFen)) best = p;
    }
    return best;
  };
}
