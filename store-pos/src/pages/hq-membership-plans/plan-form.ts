// The plan editor's fields as HQ types them (元, 天, 折, 倍) and back to the API's fen and basis points.
import type { HqPlanFieldsFragment, MembershipPlanInput } from '../../generated/graphql';
import { fenFromYuan, yuanInput } from '../../lib/money';

export interface PlanForm {
  id: string | null;
  name: string;
  price: string;
  days: string;
  /** 会员价 in 折: "9.5" = 500 bp off; "" = none. */
  zhe: string;
  multiplier: string;
  /** 包邮门槛 in yuan; "" = none. */
  freeDelivery: string;
  onSale: boolean;
  /** Kept as they are (no editor for them here). */
  categoryPrices: HqPlanFieldsFragment['categoryPrices'];
}

export const emptyPlan = (): PlanForm => ({
  id: null,
  name: '',
  price: '',
  days: '30',
  zhe: '',
  multiplier: '1',
  freeDelivery: '',
  onSale: true,
  categoryPrices: [],
});

export function toForm(p: HqPlanFieldsFragment): PlanForm {
  return {
    id: p.id,
    name: p.name,
    price: yuanInput(p.priceFen),
    days: String(p.durationDays),
    zhe: p.memberPriceBp ? String((10_000 - p.memberPriceBp) / 1_000) : '',
    multiplier: String(p.pointsMultiplierBp / 10_000),
    freeDelivery: p.freeDeliveryThresholdFen == null ? '' : yuanInput(p.freeDeliveryThresholdFen),
    onSale: p.onSale,
    categoryPrices: p.categoryPrices,
  };
}

/** The API's input, or what is wrong in words. */
export function toInput(f: PlanForm): { input: MembershipPlanInput } | { problem: string } {
  if (!f.name.trim()) return { problem: '请填写名称' };
  const priceFen = fenFromYuan(f.price);
  if (priceFen === null || priceFen <= 0) return { problem: '价格应大于 0，如 19.9' };
  if (!/^\d{1,4}$/.test(f.days.trim()) || Number(f.days) < 1) return { problem: '天数应为正整数' };
  const zhe = f.zhe.trim() === '' ? 10 : Number(f.zhe);
  const memberPriceBp = Math.round((10 - zhe) * 1_000);
  if (!/^\d{0,2}(\.\d{1,3})?$/.test(f.zhe.trim()) || !(zhe > 0 && zhe <= 10)) return { problem: '会员价折扣应在 0–10 折之间，如 9.5' };
  const mult = Number(f.multiplier);
  if (!/^\d{1,2}(\.\d{1,4})?$/.test(f.multiplier.trim()) || mult < 1) return { problem: '积分倍数应不小于 1，如 1.5' };
  const freeDeliveryThresholdFen = f.freeDelivery.trim() === '' ? null : fenFromYuan(f.freeDelivery);
  if (f.freeDelivery.trim() !== '' && freeDeliveryThresholdFen === null) return { problem: '包邮门槛应为金额，如 29' };
  return {
    input: {
      id: f.id,
      name: f.name.trim(),
      priceFen,
      durationDays: Number(f.days),
      memberPriceBp,
      pointsMultiplierBp: Math.round(mult * 10_000),
      freeDeliveryThresholdFen,
      onSale: f.onSale,
      categoryPrices: f.categoryPrices.map((c) => ({ categoryId: c.categoryId, offBp: c.offBp })),
    },
  };
}

/** The benefits in a line: 9.5 折 · 积分 ×1.5 · 满 ¥29 包邮. */
export function benefitsText(
  p: Pick<HqPlanFieldsFragment, 'memberPriceBp' | 'pointsMultiplierBp' | 'freeDeliveryThresholdFen' | 'categoryPrices'>,
  yuan: (fen: number) => string,
): string {
  const parts: string[] = [];
  if (p.memberPriceBp) parts.push(`${(10_000 - p.memberPriceBp) / 1_000} 折`);
  if (p.categoryPrices.length) parts.push(`${p.categoryPrices.length} 个分类另有折扣`);
  if (p.pointsMultiplierBp !== 10_000) parts.push(`积分 ×${p.pointsMultiplierBp / 10_000}`);
  if (p.freeDeliveryThresholdFen != null)
    parts.push(p.freeDeliveryThresholdFen === 0 ? '免邮' : `满 ${yuan(p.freeDeliveryThresholdFen)} 包邮`);
  return parts.join(' · ') || '无';
}
