// The one pricing pipeline (quote, checkout, counter, refunds): line price rules (member price) → 改价 → 会员包邮 → 满减 → coupon →
// 整单折扣 → points → delivery fee and 运费券. Pure: every figure it needs comes in, every adjustment goes out, to the fen.
import { allocate } from './allocate';
import { clerkAdjustment, clerkLineOff, clerkOrderOff } from './clerk-discount';
import type {
  Adjustment,
  AdjustmentKind,
  Applied,
  CartLine,
  Coupon,
  FullReduction,
  NotApplied,
  NotAppliedCode,
  PricedCart,
  PricedDelivery,
  PricedLine,
  PricingInput,
  Scope,
} from './pricing.types';
import { yuan } from './yuan';

/**
 * Prices the cart. A chosen coupon that does not stack with some live 满减 (either side says so) is priced without
 * them: when it applies, it wins and each of those 满减 that would have applied says NOT_STACKABLE; when it does
 * not apply anyway, the cart is priced with every 满减 and the coupon keeps its own reason.
 */
export function priceCart(input: PricingInput): PricedCart {
  const coupon = input.coupon;
  const clash = coupon ? input.fullReductions.filter((f) => !stacks(coupon, 'FULL_REDUCTION') || !stacks(f, 'COUPON')) : [];
  if (!coupon || clash.length === 0) return priceOnce(input);
  const left = new Set(clash.map((f) => f.id));
  const withCoupon = priceOnce({ ...input, fullReductions: input.fullReductions.filter((f) => !left.has(f.id)) });
  const everyReduction = priceOnce({ ...input, coupon: undefined });
  if (withCoupon.applied.some((a) => a.kind === 'COUPON')) {
    for (const f of clash) {
      const own = everyReduction.notApplied.find((n) => n.kind === 'FULL_REDUCTION' && n.promotionId === f.id);
      withCoupon.notApplied.push(own ?? reason(f.id, 'FULL_REDUCTION', 'NOT_STACKABLE'));
    }
    return withCoupon;
  }
  everyReduction.notApplied.push(...withCoupon.notApplied.filter((n) => n.kind === 'COUPON'));
  return everyReduction;
}

const stacks = (p: { stacksWith?: readonly string[] }, other: 'FULL_REDUCTION' | 'COUPON') => !p.stacksWith || p.stacksWith.includes(other);

function priceOnce(input: PricingInput): PricedCart {
  const lines: PricedLine[] = input.lines.map((l) => {
    const grossFen = l.unitPriceFen * l.quantity;
    return { ...l, grossFen, adjustments: [], netFen: grossFen };
  });
  const deliveries: PricedDelivery[] = input.deliveries.map((d) => ({ ...d, adjustments: [], netFen: d.feeFen }));
  const applied: Applied[] = [];
  // What the next stage may still take without going under the least the shopper must pay.
  const room = () => Math.max(0, sumNet(lines) + sumNet(deliveries) - (input.minPayFen ?? 0));
  const notApplied: NotApplied[] = [];
  const apply = (targets: { adjustments: Adjustment[]; netFen: number }[], amount: number, adj: Omit<Adjustment, 'amountFen'>) => {
    const parts = allocate(
      amount,
      targets.map((t) => t.netFen),
    );
    parts.forEach((part, i) => {
      if (part === 0) return;
      const t = targets[i]!;
      t.netFen -= part;
      t.adjustments.push({ ...adj, amountFen: part });
    });
    const total = parts.reduce((s, p) => s + p, 0);
    const same = applied.find((a) => a.kind === adj.kind && a.promotionId === adj.promotionId);
    if (same) same.amountFen += total;
    else if (total > 0) applied.push({ promotionId: adj.promotionId, kind: adj.kind, amountFen: total });
    return parts;
  };

  // 1. Line price rules: a lower unit price, the difference an adjustment funded like any other. A price that stands
  // alone (秒杀, 拼团) keeps its line out of 满减 and coupons, thresholds included: `alone` holds those lines' names.
  const alone = new Map<string, string>();
  if (input.linePrice) {
    for (const line of lines) {
      const rule = input.linePrice(line);
      if (!rule || rule.unitPriceFen >= line.unitPriceFen) continue;
      if (rule.alone) alone.set(line.key, rule.alone);
      const off = (line.unitPriceFen - Math.max(0, rule.unitPriceFen)) * line.quantity;
      apply([line], off, { kind: rule.kind ?? 'LINE_PRICE', promotionId: rule.promotionId, funder: rule.funder });
    }
  }

  // 1a. 改价: the clerk's unit price on a line, below its member or flash price (a stage of its own: clerk-discount.ts).
  const clerk = input.clerkDiscount;
  if (clerk) {
    for (const line of lines) {
      const off = Math.min(clerkLineOff(clerk, line), room());
      if (off > 0) apply([line], off, clerkAdjustment(clerk, 'CLERK_PRICE'));
    }
  }

  // 1b. 会员包邮: the level's free delivery once the goods at their (member) prices reach its threshold.
  const free = input.freeDelivery;
  if (free && sumNet(lines) >= free.thresholdFen) {
    const fee = sumNet(deliveries);
    if (fee > 0) apply(deliveries, Math.min(fee, room()), { kind: 'FREE_DELIVERY', promotionId: free.promotionId, funder: free.funder });
  }

  // 2. 满减 over the whole checkout (every store of it). A line takes part in one 满减 at most: the first, in the
  // order given, that covers it and whose threshold its lines reach.
  const open = lines.filter((l) => !alone.has(l.key));
  const taken = new Set<string>();
  for (const promo of input.fullReductions) {
    const refusal = unusable(promo, input);
    if (refusal) {
      notApplied.push(reason(promo.id, 'FULL_REDUCTION', refusal));
      continue;
    }
    const covered = inScope(promo.scope, open).filter((l) => !taken.has(l.key));
    if (covered.length === 0) {
      notApplied.push(
        aloneMiss(promo.id, 'FULL_REDUCTION', promo.scope, lines, alone) ??
          reason(promo.id, 'FULL_REDUCTION', scopeMiss(promo.scope, lines)),
      );
      continue;
    }
    const base = sumNet(covered);
    const tiers = [...promo.tiers].sort((a, b) => a.thresholdFen - b.thresholdFen);
    const reached = tiers.filter((t) => t.thresholdFen <= base).pop();
    if (!reached) {
      const next = tiers[0]!;
      notApplied.push(reason(promo.id, 'FULL_REDUCTION', 'BELOW_THRESHOLD', next.thresholdFen - base, next.offFen));
      continue;
    }
    const amount = Math.min(capByBudget(reached.offFen, promo.budgetLeftFen), room());
    for (const l of covered) taken.add(l.key);
    const parts = apply(covered, amount, { kind: 'FULL_REDUCTION', promotionId: promo.id, funder: promo.funder });
    if (parts.every((x) => x === 0)) notApplied.push(reason(promo.id, 'FULL_REDUCTION', 'NOTHING_LEFT'));
  }

  // 3. The coupon: goods coupons over the lines they cover, 运费券 over the delivery fee.
  const coupon = input.coupon;
  if (coupon) {
    const refusal = coupon.used ? 'USED' : unusable(coupon, input);
    const covered = inScope(coupon.scope, open);
    const base = sumNet(covered);
    const fee = deliveries.reduce((s, d) => s + d.netFen, 0);
    const missed = () =>
      aloneMiss(coupon.templateId, 'COUPON', coupon.scope, lines, alone) ??
      reason(coupon.templateId, 'COUPON', scopeMiss(coupon.scope, lines));
    if (refusal) notApplied.push(reason(coupon.templateId, 'COUPON', refusal));
    else if (covered.length === 0) notApplied.push(missed());
    else if (base < coupon.thresholdFen) {
      notApplied.push(
        reason(coupon.templateId, 'COUPON', 'BELOW_THRESHOLD', coupon.thresholdFen - base, couponOff(coupon, coupon.thresholdFen)),
      );
    } else if (coupon.kind === 'DELIVERY_OFF') {
      if (fee === 0) notApplied.push(reason(coupon.templateId, 'COUPON', 'NO_DELIVERY_FEE'));
      else apply(deliveries, Math.min(capByBudget(Math.min(coupon.offFen, fee), coupon.budgetLeftFen), room()), couponAdjustment(coupon));
    } else {
      const off = Math.min(capByBudget(Math.min(couponOff(coupon, base), base), coupon.budgetLeftFen), room());
      if (off === 0) notApplied.push(reason(coupon.templateId, 'COUPON', 'NOTHING_LEFT'));
      else apply(covered, off, couponAdjustment(coupon));
    }
  }

  // 3b. 整单折扣: the clerk's discount on what the goods still come to, before points pay part of it.
  if (clerk?.orderOff) {
    const off = Math.min(clerkOrderOff(clerk, sumNet(lines)), room());
    if (off > 0) apply(lines, off, clerkAdjustment(clerk, 'CLERK_DISCOUNT'));
  }

  // 4. Points pay part of the goods left, within the shopper's balance and the caps; funded by HQ (the chain
  // issued them). An amount in whole fen, so the points spent are exactly amount × pointsPerFen.
  let pointsUsed = 0;
  let pointsFen = 0;
  const p = input.points;
  if (p && p.pointsPerFen > 0) {
    const goodsLeft = sumNet(lines);
    const byShare = Number((BigInt(goodsLeft) * BigInt(p.maxShareBp)) / 10_000n);
    const fen = Math.max(
      0,
      Math.min(Math.floor(p.balance / p.pointsPerFen), Math.floor(p.maxPoints / p.pointsPerFen), byShare, goodsLeft, room()),
    );
    if (fen > 0) {
      const parts = apply(lines, fen, { kind: 'POINTS', promotionId: null, funder: { kind: 'HQ' } });
      // Each line's adjustment carries the points that paid it.
      parts.forEach((part, i) => {
        if (part > 0) lines[i]!.adjustments[lines[i]!.adjustments.length - 1]!.points = part * p.pointsPerFen;
      });
      pointsFen = fen;
      pointsUsed = fen * p.pointsPerFen;
    }
  }

  const goodsFen = lines.reduce((s, l) => s + l.grossFen, 0);
  const deliveryFeeFen = deliveries.reduce((s, d) => s + d.feeFen, 0);
  const payFen = sumNet(lines) + deliveries.reduce((s, d) => s + d.netFen, 0);
  const discountFen = goodsFen + deliveryFeeFen - payFen - pointsFen;
  return { lines, deliveries, goodsFen, discountFen, pointsUsed, pointsFen, deliveryFeeFen, payFen, applied, notApplied };
}

const sumNet = (xs: readonly { netFen: number }[]) => xs.reduce((s, x) => s + x.netFen, 0);

const capByBudget = (amount: number, left: number | undefined) => (left === undefined ? amount : Math.max(0, Math.min(amount, left)));

function couponAdjustment(c: Coupon): Omit<Adjustment, 'amountFen'> {
  return { kind: 'COUPON' as AdjustmentKind, promotionId: c.templateId, funder: c.funder };
}

/** What a goods coupon takes off goods of `base` fen (before capping at the goods). */
function couponOff(c: Coupon, base: number): number {
  if (c.kind !== 'PERCENT_OFF') return c.offFen;
  const off = Number((BigInt(base) * BigInt(c.offBp)) / 10_000n);
  return c.capFen === null ? off : Math.min(off, c.capFen);
}

/** Why a promotion cannot be used at all now, whatever the cart holds. */
function unusable(p: FullReduction | Coupon, input: PricingInput): ScopeCode | undefined {
  if (p.channel !== 'BOTH' && p.channel !== input.channel) return 'OTHER_CHANNEL';
  if (p.startsAt && input.now < p.startsAt) return 'NOT_YET_VALID';
  if (p.endsAt && input.now >= p.endsAt) return 'EXPIRED';
  if (p.budgetLeftFen !== undefined && p.budgetLeftFen <= 0) return 'BUDGET_SPENT';
  return undefined;
}

/** Whether a promotion's scope covers a line; a line with no store yet (a product page) passes the store axis. */
export function matches(scope: Scope, l: Pick<CartLine, 'skuId' | 'categoryId'> & { storeId: string | null }): boolean {
  return (
    (scope.storeIds.length === 0 || (l.storeId === null ? true : scope.storeIds.includes(l.storeId))) &&
    (scope.skuIds.length === 0 || scope.skuIds.includes(l.skuId)) &&
    (scope.categoryIds.length === 0 || (l.categoryId !== null && scope.categoryIds.includes(l.categoryId)))
  );
}

const inScope = <L extends CartLine>(scope: Scope, lines: readonly L[]) => lines.filter((l) => matches(scope, l));

/** No line is covered: because of the store (不适用于本店) when the goods alone would be, else the goods. */
function scopeMiss(scope: Scope, lines: readonly CartLine[]): ScopeCode {
  const anyStore = { ...scope, storeIds: [] };
  return scope.storeIds.length > 0 && lines.some((l) => matches(anyStore, l)) ? 'NOT_FOR_STORE' : 'OUT_OF_SCOPE';
}

/** The codes with a fixed message (PROMOTION_PRICE names the price that stands alone). */
type ScopeCode = Exclude<NotAppliedCode, 'PROMOTION_PRICE'>;

/** No open line is covered, but a line at a price that stands alone would be: 拼团商品不参与 (秒杀商品不参与). */
function aloneMiss(
  promotionId: string,
  kind: NotApplied['kind'],
  scope: Scope,
  lines: readonly CartLine[],
  alone: ReadonlyMap<string, string>,
): NotApplied | undefined {
  const name = inScope(scope, lines)
    .map((l) => alone.get(l.key))
    .find((n) => n !== undefined);
  return name === undefined ? undefined : { promotionId, kind, code: 'PROMOTION_PRICE', message: `${name}商品不参与` };
}

const MESSAGES: Record<ScopeCode, string> = {
  BELOW_THRESHOLD: '未达到使用门槛',
  NOT_FOR_STORE: '不适用于本店',
  OUT_OF_SCOPE: '不适用于所选商品',
  EXPIRED: '已过期',
  NOT_YET_VALID: '尚未到使用时间',
  USED: '已使用',
  OTHER_CHANNEL: '不适用于当前渠道',
  BUDGET_SPENT: '活动已结束',
  NO_DELIVERY_FEE: '本单无运费可减',
  NOTHING_LEFT: '本单已无可减金额',
  NOT_STACKABLE: '不可与所选优惠券同享',
};

function reason(promotionId: string, kind: NotApplied['kind'], code: ScopeCode, shortFen?: number, offFen?: number): NotApplied {
  if (code === 'BELOW_THRESHOLD' && shortFen !== undefined && offFen !== undefined) {
    return { promotionId, kind, code, shortFen, offFen, message: `还差 ${yuan(shortFen)} 可减 ${yuan(offFen)}` };
  }
  return { promotionId, kind, code, message: MESSAGES[code] };
}
