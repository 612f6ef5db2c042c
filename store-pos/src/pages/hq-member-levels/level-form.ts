// The level editor's rows as HQ types them (折, 倍, 元) and back to the API's basis points and fen; pure, unit-tested.
import type { HqLevelFieldsFragment, MemberLevelInput } from '../../generated/graphql';
import { fenFromYuan, yuanInput } from '../../lib/money';

export interface LevelRow {
  id: string | null;
  name: string;
  threshold: string;
  /** 会员价 in 折: "9.5" = 500 bp off; "" or "10" = none. */
  zhe: string;
  /** 积分倍数: "1.5" = 15000 bp. */
  multiplier: string;
  /** 包邮门槛 in yuan; "" = none. */
  freeDelivery: string;
  funder: string;
  /** Kept as they are (no editor for them yet). */
  keep: Pick<HqLevelFieldsFragment, 'categoryPrices' | 'monthlyCouponId' | 'birthdayCouponId' | 'funderStoreBp'>;
}

export const emptyRow = (): LevelRow => ({
  id: null,
  name: '',
  threshold: '',
  zhe: '',
  multiplier: '1',
  freeDelivery: '',
  funder: 'HQ',
  keep: { categoryPrices: [], monthlyCouponId: null, birthdayCouponId: null, funderStoreBp: 0 },
});

export function toRow(l: HqLevelFieldsFragment): LevelRow {
  return {
    id: l.id,
    name: l.name,
    threshold: String(l.growthThreshold),
    zhe: l.memberPriceBp ? String((10_000 - l.memberPriceBp) / 1_000) : '',
    multiplier: String(l.pointsMultiplierBp / 10_000),
    freeDelivery:
      l.freeDeliveryThresholdFen === null || l.freeDeliveryThresholdFen === undefined ? '' : yuanInput(l.freeDeliveryThresholdFen),
    funder: l.funder,
    keep: {
      categoryPrices: l.categoryPrices,
      monthlyCouponId: l.monthlyCouponId,
      birthdayCouponId: l.birthdayCouponId,
      funderStoreBp: l.funderStoreBp,
    },
  };
}

/** The API's input, or the first row's problem in words (第 2 行：折扣应在 0–10 之间). */
export function toInput(rows: readonly LevelRow[]): { levels: MemberLevelInput[] } | { problem: string } {
  const levels: MemberLevelInput[] = [];
  for (const [i, r] of rows.entries()) {
    const at = `第 ${i + 1} 行：`;
    if (!r.name.trim()) return { problem: `${at}请填写等级名称` };
    if (!/^\d{1,9}$/.test(r.threshold.trim())) return { problem: `${at}成长值门槛应为整数` };
    const zhe = r.zhe.trim() === '' ? 10 : Number(r.zhe);
    const offBp = Math.round((10 - zhe) * 1_000);
    if (!/^\d{0,2}(\.\d{1,3})?$/.test(r.zhe.trim()) || !(zhe > 0 && zhe <= 10) || Math.abs((10 - zhe) * 1_000 - offBp) > 1e-6)
      return { problem: `${at}会员价折扣应在 0–10 折之间，如 9.5` };
    const mult = Number(r.multiplier);
    const multBp = Math.round(mult * 10_000);
    if (!(mult >= 1 && mult <= 10) || Math.abs(mult * 10_000 - multBp) > 1e-6) return { problem: `${at}积分倍数应在 1–10 之间，如 1.5` };
    const free = r.freeDelivery.trim() === '' ? null : fenFromYuan(r.freeDelivery);
    if (r.freeDelivery.trim() !== '' && free === null) return { problem: `${at}包邮门槛应为金额，如 49 或 49.9` };
    levels.push({
      id: r.id,
      name: r.name.trim(),
      growthThreshold: Number(r.threshold),
      memberPriceBp: offBp,
      pointsMultiplierBp: multBp,
      freeDeliveryThresholdFen: free,
      funder: r.funder,
      funderStoreBp: r.keep.funderStoreBp,
      categoryPrices: r.keep.categoryPrices.map((c) => ({ categoryId: c.categoryId, offBp: c.offBp })),
      monthlyCouponId: r.keep.monthlyCouponId,
      birthdayCouponId: r.keep.birthdayCouponId,
    });
  }
  return { levels };
}
