// Money for a checkout, computed on the server from catalog prices and store fee tiers: integer fen only.
import type { OrderMoney, OrderView } from '../../common/order-view';
import { deliveryFee, leadFirst, type FeeTier } from '../store/delivery-fee';
import { priceCart } from '../pricing/pipeline';
import type { Adjustment, PricedCart, PricingInput } from '../pricing/pricing.types';
import { lineRefund, type RefundableLine as PricedRefundableLine } from '../pricing/refund-share';

export interface PricedLine {
  skuId: string;
  skuCode: string;
  name: string;
  unitPriceFen: number;
  quantity: number;
  /** The product's category, for promotions scoped to categories. */
  categoryId?: string | null;
  /** Set when promotions or points applied (pricing/pipeline.ts); absent means none. */
  discountFen?: number;
  pointsFen?: number;
  points?: number;
  adjustments?: Adjustment[];
}

/** The part of a cart one store serves (routing's answer), before it is priced. */
export type StorePart = Pick<OrderView, 'storeId' | 'distanceM'> & { lines: PricedLine[] };

/** A store part priced: the order it becomes, as far as its money goes. */
export type PricedOrder = StorePart &
  Pick<OrderView, 'goodsFen' | 'deliveryFeeFen' | 'discountFen' | 'pointsFen' | 'totalFen'> & {
    /** 运费券 on this order's fee. */
    deliveryAdjustments: Adjustment[];
  };

export interface PricedCheckout {
  orders: PricedOrder[];
  goodsFen: number;
  deliveryFeeFen: number;
  discountFen: number;
  pointsFen: number;
  pointsUsed: number;
  totalFen: number;
  /** What each promotion took, and why the others did not apply (empty without promotions). */
  applied: PricedCart['applied'];
  notApplied: PricedCart['notApplied'];
}

/** The promotions a checkout is priced with; none means the plain path (the pipeline is not run at all). */
export type CheckoutPromotions = Pick<
  PricingInput,
  'fullReductions' | 'coupon' | 'points' | 'linePrice' | 'freeDelivery' | 'channel' | 'now' | 'clerkDiscount'
>;

export function goodsFen(lines: readonly PricedLine[]): number {
  return lines.reduce((sum, l) => sum + l.unitPriceFen * l.quantity, 0);
}

/**
 * Prices the orders of one checkout. A delivery checkout pays one fee, by the tiers of the store that carries
 * the most goods (the first part), even when the chain splits the cart over several stores: the shopper
 * did not ask for the split, so they do not pay for it twice. Promotions run through the one pipeline over all
 * the checkout's lines (满减 across its stores), and each order keeps its lines' adjustments.
 */
export function priceCheckout(
  parts: readonly StorePart[],
  fulfilment: 'DELIVERY' | 'PICKUP',
  tiersOf: (storeId: string) => readonly FeeTier[],
  promotions?: CheckoutPromotions,
): PricedCheckout {
  const ordered = parts.map((part) => ({ part, goodsFen: goodsFen(part.lines), distanceM: part.distanceM })).sort(leadFirst);
  let orders: PricedOrder[] = ordered.map(({ part, goodsFen: goods }, i) => {
    const fee = fulfilment === 'DELIVERY' && i === 0 ? deliveryFee(tiersOf(part.storeId), part.distanceM) : 0;
    return { ...part, goodsFen: goods, deliveryFeeFen: fee, discountFen: 0, pointsFen: 0, totalFen: goods + fee, deliveryAdjustments: [] };
  });
  let cart: PricedCart | undefined;
  if (
    promotions &&
    (promotions.fullReductions.length > 0 ||
      promotions.coupon ||
      promotions.points ||
      promotions.linePrice ||
      promotions.freeDelivery ||
      promotions.clerkDiscount)
  ) {
    cart = priceCart({
      ...promotions,
      // The checkout's total stays above 0 (WeChat Pay's least payment is 1 fen; checkout.total_fen > 0).
      minPayFen: 1,
      lines: orders.flatMap((o, i) =>
        o.lines.map((l, j) => ({ ...l, key: `${i}:${j}`, storeId: o.storeId, categoryId: l.categoryId ?? null })),
      ),
      deliveries: orders.map((o) => ({ storeId: o.storeId, feeFen: o.deliveryFeeFen })),
    });
    orders = withAdjustments(orders, cart);
  }
  const sum = (pick: (o: PricedOrder) => number) => orders.reduce((s, o) => s + pick(o), 0);
  return {
    orders,
    goodsFen: sum((o) => o.goodsFen),
    deliveryFeeFen: sum((o) => o.deliveryFeeFen),
    discountFen: sum((o) => o.discountFen),
    pointsFen: sum((o) => o.pointsFen),
    pointsUsed: cart?.pointsUsed ?? 0,
    totalFen: sum((o) => o.totalFen),
    applied: cart?.applied ?? [],
    notApplied: cart?.notApplied ?? [],
  };
}

/** The pipeline's lines and fees put back on their orders, with each order's discount, points and total. */
function withAdjustments(orders: readonly PricedOrder[], cart: PricedCart): PricedOrder[] {
  let k = 0;
  return orders.map((o, i) => {
    const lines = o.lines.map((l) => {
      const priced = cart.lines[k++]!;
      const pointsFen = priced.adjustments.filter((a) => a.kind === 'POINTS').reduce((s, a) => s + a.amountFen, 0);
      const points = priced.adjustments.reduce((s, a) => s + (a.points ?? 0), 0);
      return { ...l, discountFen: priced.grossFen - priced.netFen - pointsFen, pointsFen, points, adjustments: priced.adjustments };
    });
    const delivery = cart.deliveries[i]!;
    const discountFen = lines.reduce((s, l) => s + l.discountFen, 0) + (delivery.feeFen - delivery.netFen);
    const pointsFen = lines.reduce((s, l) => s + l.pointsFen, 0);
    return {
      ...o,
      lines,
      discountFen,
      pointsFen,
      totalFen: o.goodsFen + o.deliveryFeeFen - discountFen - pointsFen,
      deliveryAdjustments: delivery.adjustments,
    };
  });
}

export interface RefundableLine extends PricedRefundableLine {
  lineId: string;
}

export type RefundPlan =
  | {
      ok: true;
      amountFen: number;
      /** Points that go back to the shopper (those that paid the refunded units). */
      points: number;
      lines: { lineId: string; quantity: number; amountFen: number; points: number; adjustments: Adjustment[] }[];
      whole: boolean;
    }
  | { ok: false; message: string };

/**
 * What a refund of some lines gives back: each line its exact unit share of what it paid, points and discounts
 * (pricing/refund-share.ts), so partial refunds never return the list price or the whole voucher; the delivery
 * fee goes back only with the last goods, so a full refund returns exactly what was paid.
 */
export function planRefund(
  lines: readonly RefundableLine[],
  order: OrderMoney,
  request: { lineId: string; quantity: number }[] | undefined,
): RefundPlan {
  const wanted =
    request ?? lines.map((l) => ({ lineId: l.lineId, quantity: l.quantity - l.refundedQuantity })).filter((l) => l.quantity > 0);
  if (wanted.length === 0) return { ok: false, message: 'Nothing is left to refund on this order' };
  const merged = new Map<string, number>();
  for (const w of wanted) {
    if (!Number.isInteger(w.quantity) || w.quantity <= 0) return { ok: false, message: 'Refund quantities must be positive whole numbers' };
    merged.set(w.lineId, (merged.get(w.lineId) ?? 0) + w.quantity);
  }
  let amount = 0;
  let points = 0;
  const planned: Extract<RefundPlan, { ok: true }>['lines'] = [];
  for (const [lineId, quantity] of merged) {
    const line = lines.find((l) => l.lineId === lineId);
    if (!line) return { ok: false, message: `Line ${lineId} is not on this order` };
    if (quantity > line.quantity - line.refundedQuantity) {
      return { ok: false, message: `Line ${lineId} has only ${line.quantity - line.refundedQuantity} left to refund` };
    }
    const back = lineRefund(line, quantity);
    amount += back.amountFen;
    points += back.points;
    planned.push({ lineId, quantity, ...back });
  }
  const whole = lines.every((l) => l.quantity - l.refundedQuantity === (merged.get(l.lineId) ?? 0));
  // The last goods take the delivery fee with them: the lines' shares add up to their nets, so this is exactly
  // what is left of the payment.
  if (whole) amount = order.totalFen - order.refundedFen;
  return { ok: true, amountFen: amount, points, lines: planned, whole };
}
