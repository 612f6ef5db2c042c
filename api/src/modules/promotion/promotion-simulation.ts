// "If this had run over the last 7 days": last week's paid checkouts priced again by the one pipeline with only this
// promotion on (at the prices they were sold at, before any promotion they had), in the order they were paid, so its
// budget, total and per-shopper limits run out as they would have. Pure: the service feeds it checkouts a batch at a time.
import { priceCart } from '../pricing/pipeline';
import type { Adjustment, Coupon, FullReduction, Funder } from '../pricing/pricing.types';
import { funderOf, scopeOf, type PromotionRow } from './promotion.repository';

export interface PastCheckout {
  id: string;
  shopperId: string;
  paidAt: Date;
  /** In the order checkout priced them (lead store first), with their lines in order. */
  orders: {
    orderId: string;
    storeId: string;
    deliveryFeeFen: number;
    lines: { skuId: string; categoryId: string | null; unitPriceFen: number; quantity: number }[];
  }[];
}

export interface StoreCost {
  storeId: string;
  orders: number;
  discountFen: number;
  hqFen: number;
  storeFen: number;
}

export interface SimulationTotals {
  checkouts: number;
  qualifiedCheckouts: number;
  qualifiedOrders: number;
  discountFen: number;
  hqFen: number;
  storeFen: number;
  byStore: StoreCost[];
}

/**
 * One adjustment's cost to HQ and to the store: all of it to one of them, or split by the store's basis points by
 * largest remainder between the two (an equal remainder goes to the store), so the parts always sum to the amount.
 */
export function funderCost(amountFen: number, funder: Funder): { hqFen: number; storeFen: number } {
  if (funder.kind === 'HQ') return { hqFen: amountFen, storeFen: 0 };
  if (funder.kind === 'STORE') return { hqFen: 0, storeFen: amountFen };
  const a = BigInt(amountFen);
  const bp = BigInt(funder.storeBp);
  let store = (a * bp) / 10_000n;
  const hq = (a * (10_000n - bp)) / 10_000n;
  if (store + hq < a && (a * bp) % 10_000n >= (a * (10_000n - bp)) % 10_000n) store += 1n;
  return { hqFen: amountFen - Number(store), storeFen: Number(store) };
}

export class PromotionSimulation {
  private readonly totals = { checkouts: 0, qualifiedCheckouts: 0, qualifiedOrders: 0, discountFen: 0, hqFen: 0, storeFen: 0 };
  private readonly stores = new Map<string, StoreCost>();
  private readonly perShopper = new Map<string, number>();
  private spentFen = 0;
  private uses = 0;

  constructor(private readonly p: PromotionRow) {}

  /** Prices one more checkout (they must come in the order they were paid). */
  add(c: PastCheckout): void {
    this.totals.checkouts += 1;
    const p = this.p;
    if (p.kind === 'COUPON') {
      // Each shopper holds at most their per-user limit of coupons, and no more than the total limit were claimed.
      if ((this.perShopper.get(c.shopperId) ?? 0) >= p.per_user_limit) return;
      if (p.total_limit !== null && this.uses >= p.total_limit) return;
    }
    const budgetLeftFen =
      p.budget_uses !== null && this.uses >= p.budget_uses
        ? 0
        : p.budget_fen === null
          ? undefined
          : Math.max(0, Number(p.budget_fen) - this.spentFen);
    // Its own window is in the future: the simulation asks what it would have done had it run then.
    const base = {
      id: p.id,
      name: p.name,
      scope: scopeOf(p),
      channel: p.channel,
      funder: funderOf(p),
      startsAt: null,
      endsAt: null,
      budgetLeftFen,
    };
    const fullReduction: FullReduction | undefined = p.kind === 'FULL_REDUCTION' ? { ...base, tiers: p.tiers } : undefined;
    const coupon: Coupon | undefined =
      p.kind === 'COUPON'
        ? {
            ...base,
            id: `simulated:${c.id}`,
            templateId: p.id,
            kind: p.coupon_kind!,
            thresholdFen: p.threshold_fen,
            offFen: p.off_fen,
            offBp: p.off_bp,
            capFen: p.cap_fen,
            used: false,
          }
        : undefined;
    const priced = priceCart({
      now: c.paidAt,
      channel: 'ONLINE',
      lines: c.orders.flatMap((o, i) =>
        o.lines.map((l, j) => ({ ...l, key: `${i}:${j}`, storeId: o.storeId, categoryId: l.categoryId ?? null })),
      ),
      deliveries: c.orders.map((o) => ({ storeId: o.storeId, feeFen: o.deliveryFeeFen })),
      fullReductions: fullReduction ? [fullReduction] : [],
      coupon,
      minPayFen: 1,
    });
    const mine = (a: Adjustment) => a.promotionId === p.id;
    const taken: { orderIndex: number; a: Adjustment }[] = [];
    let k = 0;
    c.orders.forEach((o, i) => {
      for (let j = 0; j < o.lines.length; j++)
        for (const a of priced.lines[k++]!.adjustments.filter(mine)) taken.push({ orderIndex: i, a });
      for (const a of priced.deliveries[i]!.adjustments.filter(mine)) taken.push({ orderIndex: i, a });
    });
    const amount = taken.reduce((s, t) => s + t.a.amountFen, 0);
    if (amount === 0) return;
    this.uses += 1;
    this.spentFen += amount;
    this.perShopper.set(c.shopperId, (this.perShopper.get(c.shopperId) ?? 0) + 1);
    this.totals.qualifiedCheckouts += 1;
    const touched = new Set<number>();
    for (const { orderIndex, a } of taken) {
      const storeId = c.orders[orderIndex]!.storeId;
      const cost = funderCost(a.amountFen, a.funder);
      const s = this.stores.get(storeId) ?? { storeId, orders: 0, discountFen: 0, hqFen: 0, storeFen: 0 };
      if (!touched.has(orderIndex)) s.orders += 1;
      touched.add(orderIndex);
      s.discountFen += a.amountFen;
      s.hqFen += cost.hqFen;
      s.storeFen += cost.storeFen;
      this.stores.set(storeId, s);
      this.totals.discountFen += a.amountFen;
      this.totals.hqFen += cost.hqFen;
      this.totals.storeFen += cost.storeFen;
    }
    this.totals.qualifiedOrders += touched.size;
  }

  result(): SimulationTotals {
    return {
      ...this.totals,
      byStore: [...this.stores.values()].sort((a, b) => b.discountFen - a.discountFen || (a.storeId < b.storeId ? -1 : 1)),
    };
  }
}
