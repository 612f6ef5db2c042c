// A level's benefits as the shopper reads them: 9.5 折会员价, 积分 1.5 倍, 满 ¥50 包邮, 每月会员券, 生日券.
import { money } from '../../../lib/money';
import { c } from './strings';

export interface LevelBenefits {
  memberPriceBp: number;
  categoryPrices: readonly { offBp: number }[];
  pointsMultiplierBp: number;
  freeDeliveryThresholdFen?: number | null;
  monthlyCouponId?: string | null;
  birthdayCouponId?: string | null;
}

/** 500 bp off → "9.5"; 1000 → "9"; 250 → "9.75" (a 折 is a tenth of the price). */
export function zhe(offBp: number): string {
  return String((10_000 - offBp) / 1_000);
}

export function benefitLines(l: LevelBenefits): string[] {
  const out: string[] = [];
  if (l.memberPriceBp > 0) out.push(c.memberPrice(zhe(l.memberPriceBp)) + (l.categoryPrices.length ? c.someCategories : ''));
  else if (l.categoryPrices.some((x) => x.offBp > 0)) out.push(c.categoryPrice);
  if (l.pointsMultiplierBp > 10_000) out.push(c.points(String(l.pointsMultiplierBp / 10_000)));
  if (l.freeDeliveryThresholdFen === 0) out.push(c.freeDelivery);
  else if (l.freeDeliveryThresholdFen) out.push(c.freeDeliveryFrom(money(l.freeDeliveryThresholdFen)));
  if (l.monthlyCouponId) out.push(c.monthlyCoupon);
  if (l.birthdayCouponId) out.push(c.birthdayCoupon);
  return out;
}
