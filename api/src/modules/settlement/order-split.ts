// One order's split from its lines and HQ's rules: goods split per line category, the delivery fee by the
// order-level rule; then the ledger's target balances for that order. Pure.
import type { OrderView } from '../../common/order-view';
import { unitShare } from '../pricing/allocate';
import type { Adjustment } from '../pricing/pricing.types';
import { promotionFunding, type PromotionFunding } from './promotion-funding';
import { splitOrder, type OrderSplit, type SplitBucket } from './split-arithmetic';
import { pickRule, type SplitRuleDef } from './split-rules';

/** The order as its split needs it: a projection of the one order shape, with what settlement adds. */
export type SplitOrderInput = Pick<
  OrderView,
  'storeId' | 'fulfilment' | 'referringStoreId' | 'totalFen' | 'refundedFen' | 'deliveryFeeFen'
> & {
  lines: {
    categoryId: string;
    unitPriceFen: number;
    quantity: number;
    refundedQuantity: number;
    /** What the line paid after promotions and points; absent: unit price × quantity. */
    netFen?: number;
    /** The line's adjustments as priced (kind, promotion, amount, funder): who pays for its discounts. */
    adjustments?: readonly Adjustment[];
  }[];
  /** 运费券 on the order's delivery fee (the lead order of its checkout carries the fee and them). */
  deliveryAdjustments?: readonly Adjustment[];
};

/** What a line still weighs: its net less the exact shares of the units refunded (unitShare's complement). */
function netLeft(l: SplitOrderInput['lines'][number]): number {
  const net = l.netFen ?? l.unitPriceFen * l.quantity;
  return net - unitShare(net, l.quantity, 0, l.refundedQuantity);
}

/** No rule set published yet (or a rule set without a match, which publishing prevents): HQ keeps it all. */
const HQ_ONLY = { fulfillingBp: 0, referringBp: 0 };

/**
 * Buckets weigh what is still on the order: each category's remaining goods, and the delivery fee while any
 * goods remain (refunds give it back with the last goods). What was received is spread over them.
 */
const rulesFor =
  (order: SplitOrderInput, rules: readonly SplitRuleDef[], storeGroupIds: ReadonlySet<string>) => (categoryId: string | null) =>
    pickRule(rules, { fulfilment: order.fulfilment, categoryId, storeId: order.storeId, storeGroupIds }) ?? HQ_ONLY;

export function splitForOrder(
  order: SplitOrderInput,
  rules: readonly SplitRuleDef[],
  storeGroupIds: ReadonlySet<string>,
  feeBp: number,
): OrderSplit {
  const ruleFor = rulesFor(order, rules, storeGroupIds);
  const byCategory = new Map<string, number>();
  for (const l of order.lines)
    // Split rules run on what was paid after discounts: a line's net, not its list price.
    byCategory.set(l.categoryId, (byCategory.get(l.categoryId) ?? 0) + netLeft(l));
  const goodsLeft = [...byCategory.values()].some((v) => v > 0);
  const buckets: SplitBucket[] = [...byCategory]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([categoryId, weightFen]) => {
      const r = ruleFor(categoryId);
      return { weightFen, fulfillingBp: r.fulfillingBp, referringBp: r.referringBp };
    });
  const feeRule = ruleFor(null);
  const receivedFen = order.totalFen - order.refundedFen;
  // The delivery fee weighs its amount; with nothing else left to weigh, it carries whatever was received.
  const feeWeight = goodsLeft ? order.deliveryFeeFen : receivedFen > 0 ? 1 : 0;
  buckets.push({ weightFen: feeWeight, fulfillingBp: feeRule.fulfillingBp, referringBp: feeRule.referringBp });
  return splitOrder(receivedFen, feeBp, buckets, order.referringStoreId !== null);
}

/** Who pays for the discounts the order keeps, and the parties' shares of them by the same rules as the money. */
export function fundingForOrder(
  order: SplitOrderInput,
  rules: readonly SplitRuleDef[],
  storeGroupIds: ReadonlySet<string>,
): PromotionFunding {
  return promotionFunding(
    order.lines,
    order.deliveryAdjustments ?? [],
    rulesFor(order, rules, storeGroupIds),
    order.referringStoreId !== null,
  );
}

export type LedgerAccount = 'CLEARING' | 'FEE' | 'HQ' | 'STORE';
/**
 * GROSS … REFERRING: the money. PROMO_COST: a discount charged to its funder (account HQ, or STORE for the fulfilling
 * store); POINTS_COST: points that paid for goods (HQ's); PROMO_HQ / PROMO_FULFILLING / PROMO_REFERRING: each party's
 * share of those discounts by the split rules (what it would have had, had the shopper paid them).
 */
export type LedgerRole =
  | 'GROSS'
  | 'REFUND'
  | 'FEE'
  | 'HQ'
  | 'FULFILLING'
  | 'REFERRING'
  | 'PROMO_COST'
  | 'POINTS_COST'
  | 'PROMO_HQ'
  | 'PROMO_FULFILLING'
  | 'PROMO_REFERRING';

export interface LedgerLine {
  account: LedgerAccount;
  role: LedgerRole;
  storeId: string;
  amountFen: number;
}

const key = (l: Pick<LedgerLine, 'account' | 'role' | 'storeId'>) => `${l.account}|${l.role}|${l.storeId}`;

/**
 * What the order's ledger balances must be after this event: the shopper's money in CLEARING (gross out,
 * refunds back), the fee, and the parties' shares. They sum to zero.
 */
export function targetBalances(order: SplitOrderInput, split: OrderSplit, funding?: PromotionFunding): LedgerLine[] {
  const s = order.storeId;
  const lines: LedgerLine[] = [
    { account: 'CLEARING', role: 'GROSS', storeId: s, amountFen: -order.totalFen },
    { account: 'CLEARING', role: 'REFUND', storeId: s, amountFen: order.refundedFen },
    { account: 'FEE', role: 'FEE', storeId: s, amountFen: split.feeFen },
    { account: 'HQ', role: 'HQ', storeId: s, amountFen: split.hqFen },
    { account: 'STORE', role: 'FULFILLING', storeId: s, amountFen: split.fulfillingFen },
  ];
  if (order.referringStoreId)
    lines.push({ account: 'STORE', role: 'REFERRING', storeId: order.referringStoreId, amountFen: split.referringFen });
  if (funding) {
    // Costs negative, shares positive: they sum to zero, so the money lines above still balance on their own.
    lines.push(
      { account: 'HQ', role: 'PROMO_COST', storeId: s, amountFen: -funding.hqCostFen },
      { account: 'HQ', role: 'POINTS_COST', storeId: s, amountFen: -funding.pointsFen },
      { account: 'STORE', role: 'PROMO_COST', storeId: s, amountFen: -funding.storeCostFen },
      { account: 'HQ', role: 'PROMO_HQ', storeId: s, amountFen: funding.hqShareFen },
      { account: 'STORE', role: 'PROMO_FULFILLING', storeId: s, amountFen: funding.fulfillingShareFen },
    );
    if (order.referringStoreId)
      lines.push({ account: 'STORE', role: 'PROMO_REFERRING', storeId: order.referringStoreId, amountFen: funding.referringShareFen });
  }
  return lines;
}

/** Entries that take the current balances to the target: the difference per account, zeros left out. */
export function entriesToReach(target: readonly LedgerLine[], current: readonly LedgerLine[]): LedgerLine[] {
  const now = new Map(current.map((l) => [key(l), l.amountFen]));
  const out: LedgerLine[] = [];
  const seen = new Set<string>();
  for (const t of target) {
    seen.add(key(t));
    const d = t.amountFen - (now.get(key(t)) ?? 0);
    if (d !== 0) out.push({ ...t, amountFen: d });
  }
  // Anything posted before that the target no longer names goes back to zero.
  for (const c of current) if (!seen.has(key(c)) && c.amountFen !== 0) out.push({ ...c, amountFen: -c.amountFen });
  return out;
}
