// Placing an order: route the cart, price it on the server, hold the stock and write the orders in one
// transaction, and schedule the payment timeout. Failures leave nothing behind.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../common/clock';
import { badUserInput } from '../../common/errors';
import { toCanonical } from '../../common/geo';
import type { Config } from '../../config';
import type { Jobs } from '../../jobs/queues';
import { reserveStock, type Shortfall } from '../inventory/reservation.repository';
import type { RoutingService } from '../routing/routing.service';
import { RoutedToStore, SplitProposal, type RouteCartInput } from '../routing/routing.types';
import { insertCheckout, insertOrders, pricesAndTerms, type NewCheckout, type NewOrder } from './checkout.repository';
import { CheckoutPlaced, type CheckoutInput } from './checkout.types';
import { Checkout, CustomerOrder } from './order.entity';
import { BelowMinimumOrderError, IdempotencyKeyReusedError, OutOfStockError, PriceChangedError } from './order.errors';
import { priceCheckout, type StorePart } from './pricing';

type CheckoutConfig = Pick<Config, 'paymentTimeoutMin'>;

/** Raised inside the transaction to roll it back when a store no longer has the stock routing saw. */
class StockTaken extends Error {
  constructor(readonly storeId: string, readonly shortfall: Shortfall) {
    super('stock taken meanwhile');
  }
}

/** A stable fingerprint of what the shopper asked for, to tell a retry from a different cart under the same key. */
export function checkoutFingerprint(input: CheckoutInput): string {
  const lines = [...input.lines].map((l) => [l.skuId, l.quantity]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  const canonical = JSON.stringify([
    lines,
    input.fulfilment,
    input.location ? [input.location.lat, input.location.lng, input.location.system] : null,
    input.address ?? null,
    input.storeId ?? null,
    input.scheduledAt ? new Date(input.scheduledAt).toISOString() : null,
    [input.contact.name, input.contact.phone],
    input.remark ?? null,
  ]);
  return createHash('sha256').update(canonical).digest('base64url');
}

/** WeChat Pay's out_trade_no: 6-32 of [0-9A-Za-z_-|*], unique per merchant; date first so it sorts. */
export function newOutTradeNo(at: Date): string {
  const day = at.toISOString().slice(2, 10).replace(/-/g, '');
  const alphabet = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';
  const random = [...randomBytes(16)].map((b) => alphabet[b % alphabet.length]).join('');
  return `LL${day}${random}`;
}

export class CheckoutService {
  constructor(
    private readonly em: EntityManager,
    private readonly config: CheckoutConfig,
    private readonly clock: Clock,
    private readonly routing: RoutingService,
    private readonly jobs: Jobs,
  ) {}

  async checkout(shopperId: string, input: CheckoutInput) {
    this.checkShape(input);
    const fingerprint = checkoutFingerprint(input);
    const earlier = await this.em.findOne(Checkout, { shopperId, idempotencyKey: input.idempotencyKey });
    if (earlier) return this.replay(earlier, fingerprint);

    // Two tries: a store can lose the stock between routing and holding it; the second routing sees that.
    let lastShort: StockTaken | undefined;
    for (let attempt = 0; attempt < 2; attempt++) {
      const route = await this.routing.route(routeInput(input));
      if (!(route instanceof RoutedToStore) && !(route instanceof SplitProposal)) return route;
      const priced = await this.price(route, input, shopperId);
      if (!(priced instanceof Array)) return priced;
      const [checkout, orders] = priced;
      try {
        const placed = await this.em.transactional(async (tx) => {
          if (!(await insertCheckout(tx, checkout))) return false;
          // Stores in id order, so two split checkouts over the same stores lock them in the same order.
          for (const order of [...orders].sort((a, b) => (a.storeId < b.storeId ? -1 : 1))) {
            const short = await reserveStock(tx, {
              storeId: order.storeId,
              lines: order.lines,
              orderRef: order.id,
              actor: `shopper:${shopperId}`,
              at: checkout.createdAt,
            });
            if (short) throw new StockTaken(order.storeId, short);
          }
          await insertOrders(tx, checkout, orders, `shopper:${shopperId}`);
          // Enqueued before commit: if the commit fails, the job finds no checkout and does nothing;
          // the other order could leave a paid-for-nothing hold if Redis failed after the commit.
          await this.jobs.enqueue('payment-timeout', { checkoutId: checkout.id }, checkout.paymentExpiresAt);
          return true;
        });
        if (!placed) {
          const winner = await this.em.fork().findOneOrFail(Checkout, { shopperId, idempotencyKey: input.idempotencyKey });
          return this.replay(winner, fingerprint);
        }
        return Object.assign(new CheckoutPlaced(), {
          checkout: Object.assign(new Checkout(), { ...checkout, state: 'PENDING_PAYMENT' }),
          orders: orders.map((o) => toOrderEntity(o, checkout)),
          replayed: false,
        });
      } catch (err) {
        if (!(err instanceof StockTaken)) throw err;
        lastShort = err;
      }
    }
    return OutOfStockError.of(lastShort!.storeId, lastShort!.shortfall);
  }

  private async replay(earlier: Checkout, fingerprint: string) {
    if (earlier.requestHash !== fingerprint) return IdempotencyKeyReusedError.of(earlier.id);
    const orders = await this.em.find(CustomerOrder, { checkoutId: earlier.id }, { orderBy: { totalFen: 'desc', id: 'asc' } });
    return Object.assign(new CheckoutPlaced(), { checkout: earlier, orders, replayed: true });
  }

  private checkShape(input: CheckoutInput): void {
    if (input.fulfilment === 'DELIVERY') {
      if (!input.location) throw badUserInput('DELIVERY needs the address point (location)', 'location');
      if (!input.address) throw badUserInput('DELIVERY needs the written address', 'address');
    }
  }

  /** Server-side prices and fees for the routed parts; the client's figures only serve as a check. */
  private async price(route: RoutedToStore | SplitProposal, input: CheckoutInput, shopperId: string): Promise<[NewCheckout, NewOrder[]] | PriceChangedError | BelowMinimumOrderError> {
    const routedParts = route instanceof RoutedToStore ? [{ storeId: route.storeId, distanceM: route.distanceM, lines: route.lines }] : route.parts;
    const skuIds = [...new Set(routedParts.flatMap((p) => p.lines.map((l) => l.skuId)))];
    const { prices, terms } = await pricesAndTerms(this.em, skuIds, routedParts.map((p) => p.storeId));
    const parts: StorePart[] = routedParts.map((p) => ({
      storeId: p.storeId,
      distanceM: p.distanceM,
      lines: p.lines.map((l) => {
        const sku = prices.get(l.skuId)!;
        return { skuId: l.skuId, skuCode: sku.skuCode, name: sku.name, unitPriceFen: sku.priceFen, quantity: l.quantity };
      }),
    }));
    const priced = priceCheckout(parts, input.fulfilment, (id) => terms.get(id)!.deliveryFeeTiers);
    if (input.expectedTotalFen !== undefined && input.expectedTotalFen !== null && input.expectedTotalFen !== priced.totalFen) {
      return PriceChangedError.of({
        expectedTotalFen: input.expectedTotalFen,
        goodsFen: priced.goodsFen,
        deliveryFeeFen: priced.deliveryFeeFen,
        totalFen: priced.totalFen,
        lines: priced.orders.flatMap((o) => o.lines.map((l) => ({ skuId: l.skuId, unitPriceFen: l.unitPriceFen, quantity: l.quantity }))),
      });
    }
    const lead = priced.orders[0]!;
    const minimum = terms.get(lead.storeId)!.minOrderFen;
    if (input.fulfilment === 'DELIVERY' && priced.goodsFen < minimum) return BelowMinimumOrderError.of(lead.storeId, minimum, priced.goodsFen);

    const now = this.clock.now();
    const point = input.fulfilment === 'DELIVERY' && input.location ? toCanonical(input.location) : null;
    const checkout: NewCheckout = {
      id: randomUUID(),
      shopperId,
      idempotencyKey: input.idempotencyKey,
      requestHash: checkoutFingerprint(input),
      fulfilment: input.fulfilment,
      goodsFen: priced.goodsFen,
      deliveryFeeFen: priced.deliveryFeeFen,
      totalFen: priced.totalFen,
      outTradeNo: newOutTradeNo(now),
      paymentExpiresAt: new Date(now.getTime() + this.config.paymentTimeoutMin * 60_000),
      createdAt: now,
    };
    const orders: NewOrder[] = priced.orders.map((o) => ({
      ...o,
      id: randomUUID(),
      contactName: input.contact.name,
      contactPhone: input.contact.phone,
      address: input.fulfilment === 'DELIVERY' ? input.address! : null,
      deliveryLat: point?.lat ?? null,
      deliveryLng: point?.lng ?? null,
      scheduledAt: input.scheduledAt ?? null,
      remark: input.remark ?? null,
    }));
    return [checkout, orders];
  }
}

function routeInput(input: CheckoutInput): RouteCartInput {
  return { lines: input.lines, fulfilment: input.fulfilment, location: input.location, storeId: input.storeId, scheduledAt: input.scheduledAt };
}

function toOrderEntity(o: NewOrder, c: NewCheckout): CustomerOrder {
  return Object.assign(new CustomerOrder(), {
    id: o.id,
    checkoutId: c.id,
    shopperId: c.shopperId,
    storeId: o.storeId,
    fulfilment: c.fulfilment,
    state: 'PENDING_PAYMENT',
    goodsFen: o.goodsFen,
    deliveryFeeFen: o.deliveryFeeFen,
    totalFen: o.totalFen,
    refundedFen: 0,
    distanceM: Math.round(o.distanceM),
    contactName: o.contactName,
    contactPhone: o.contactPhone,
    address: o.address,
    deliveryLat: o.deliveryLat,
    deliveryLng: o.deliveryLng,
    scheduledAt: o.scheduledAt,
    remark: o.remark,
    stock: 'HELD',
    rejectedStoreIds: [],
    createdAt: c.createdAt,
    updatedAt: c.createdAt,
  });
}
