// Placing an order: route the cart, price it on the server, hold the stock and write the orders in one
// statement; its payment window is a deadline on the checkout row. Failures leave nothing behind.
import { createHash, randomBytes } from 'node:crypto';
import { newClusterId } from '../../common/cluster';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../common/clock';
import { badUserInput } from '../../common/errors';
import { CoordinateSystem, GeoPointInput, toCanonical } from '../../common/geo';
import { readRiders, transaction, UUID, type SqlRider } from '../../common/sql';
import { claimSlot, PickupSlotService } from '../slots/slots.service';
import { PickupSlotProblem } from '../slots/slots.types';
import { addressOf } from '../address/address.repository';
import { AddressNotFoundError } from '../address/address.types';
import type { Config } from '../../common/config';
import { UnknownSkuError } from '../inventory/inventory.errors';
import { normaliseLines } from '../routing/routing-rules';
import type { RouteCheck, RoutingService } from '../routing/routing.service';
import { NoStoreAvailable, RoutedToStore, SplitProposal, type RouteCartInput } from '../routing/routing.types';
import {
  isUnpaidPlaceHeld,
  placeCheckout,
  placeCheckoutsTogether,
  type NewCheckout,
  type NewOrder,
  type PlaceAsk,
  type PlaceOutcome,
} from './checkout.repository';
import { CheckoutPlaced, type CheckoutInput } from './checkout.types';
import type { CheckoutCart } from './checkout-quote.types';
import { answerAs, asCustomerOrder, Checkout, CustomerOrder } from './order.entity';
import { OrderState } from './order-states';
import type { OrderView } from '../../common/order-view';
import {
  BelowMinimumOrderError,
  CheckoutSpansClustersError,
  IdempotencyKeyReusedError,
  OutOfStockError,
  PriceChangedError,
} from './order.errors';
import type { PriceBook } from './price-book';
import { priceRouted, ridersOf, shopperReads, shortOfMinimum, type ShopperReads } from './checkout-pricing';
import type { LevelBook } from '../member/level-book';
import type { CampaignBook } from '../promotion/campaign-book';
import { PromotionGone, takePromotions } from '../promotion/checkout-promotions';
import type { CampaignSpend } from '../promotion/coupon-budget.repository';
import { CouponNotUsableError } from '../promotion/promotion.errors';
import type { FlashGate, FlashTicket } from '../promotion/flash-gate';
import { PlacedKeys } from './placed-keys';
import { flashBuyers, flashItemFor, FlashGone, flashProblemOf, flashRemaining, takeFlash } from '../promotion/flash-checkout';
import { flashCovers, flashTaken, type FlashBuy, type FlashTake } from './flash-buy';
import { flashItemById, type FlashItemView } from '../promotion/flash-sale.repository';
import { FlashProblem, FlashSaleUnavailableError } from '../promotion/flash-sale.types';
import { groupBuyFor, GroupGone, takeGroupPlace, type GroupBuyAsk } from '../promotion/group-checkout';
import { GroupBuyUnavailableError, type GroupBuyProblem } from '../promotion/group-buy.types';

type CheckoutConfig = Pick<Config, 'paymentTimeoutMin' | 'shop'>;

/** Thrown inside the placing transaction to roll it back when the pickup slot was full. */
class SlotFull extends Error {}

/** A stable fingerprint of what the shopper asked for, to tell a retry from a different cart under the same key. */
export function checkoutFingerprint(input: CheckoutInput): string {
  const lines = [...input.lines].map((l) => [l.skuId, l.quantity]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  const canonical = JSON.stringify([
    lines,
    input.fulfilment,
    input.location ? [input.location.lat, input.location.lng, input.location.system] : null,
    input.address ?? null,
    input.addressId ?? null,
    input.storeId ?? null,
    input.scheduledAt ? new Date(input.scheduledAt).toISOString() : null,
    input.pickupSlotStart ? new Date(input.pickupSlotStart).toISOString() : null,
    input.contact ? [input.contact.name, input.contact.phone] : null,
    input.remark ?? null,
    ...(input.couponId || input.usePoints ? [input.couponId ?? null, input.usePoints ?? false] : []),
    ...(input.flashItemId ? [input.flashItemId, input.deviceId ?? null] : []),
    ...(input.groupOfferId ? ['group', input.groupOfferId, input.groupId ?? null] : []),
  ]);
  return createHash('sha256').update(canonical).digest('base64url');
}

const TRADE_NO_ALPHABET = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** WeChat Pay's out_trade_no: 6-32 of [0-9A-Za-z_-|*], unique per merchant; date first so it sorts. */
export function newOutTradeNo(at: Date, cluster: string): string {
  const day = at.toISOString().slice(2, 10).replace(/-/g, '');
  const bytes = randomBytes(16);
  let random = '';
  for (let i = 0; i < bytes.length; i++) random += TRADE_NO_ALPHABET[bytes[i]! % TRADE_NO_ALPHABET.length];
  // The cluster code first: a payment notification finds the checkout's cluster from it (before the key: 'LL').
  return `${cluster}${day}${random}`;
}

export class CheckoutService {
  private readonly slots: PickupSlotService;

  constructor(
    private readonly em: EntityManager,
    private readonly config: CheckoutConfig,
    private readonly clock: Clock,
    private readonly routing: RoutingService,
    private readonly priceBook: PriceBook,
    private readonly campaigns: CampaignBook,
    private readonly levels: LevelBook,
    private readonly flashGate?: FlashGate,
    private readonly placedKeys: PlacedKeys = new PlacedKeys(),
    private readonly flashTicket?: FlashTicket,
  ) {
    this.slots = new PickupSlotService(em, config, clock);
  }

  async checkout(shopperId: string, asked: CheckoutInput) {
    if (!asked.flashItemId) return this.place(shopperId, asked);
    // 秒杀: the gate turns buyers away once PostgreSQL has said sold out (or that they reached their limit), and lets
    // a few at a time through to the database; the take in the placing transaction decides.
    const itemId = asked.flashItemId;
    const buyers = flashBuyers(shopperId, asked.deviceId);
    const door =
      this.admittedAtEdge(itemId, buyers) ??
      (this.flashGate ? await this.flashGate.enter(itemId, buyers, () => flashRemaining(this.em, itemId)) : { leave: () => undefined });
    if ('refused' in door) {
      const refusal = FlashSaleUnavailableError.of(itemId, FlashProblem[door.refused]);
      // A retry of a checkout that won must still get it back (an indexed read, batched with the crowd's; no routing).
      return (await this.placedKeys.has(this.em, shopperId, asked.idempotencyKey))
        ? this.replayByKey(shopperId, asked.idempotencyKey, checkoutFingerprint(asked))
        : refusal;
    }
    try {
      const outcome = await this.place(shopperId, asked, { buyers });
      if (outcome instanceof FlashSaleUnavailableError) {
        if (outcome.problem === FlashProblem.SOLD_OUT) await this.flashGate?.soldOut(itemId);
        if (outcome.problem === FlashProblem.LIMIT_REACHED) await this.flashGate?.buyerDone(itemId, buyers);
      }
      return outcome;
    } finally {
      door.leave();
    }
  }

  /** The place the HTTP edge took at this item's door for these buyers, if it did (else it is given back). */
  private admittedAtEdge(itemId: string, buyers: string[]): { leave: () => void } | undefined {
    const ticket = this.flashTicket;
    if (!ticket) return undefined;
    if (ticket.itemId === itemId && ticket.buyers.length === buyers.length && ticket.buyers.every((b, i) => b === buyers[i])) return ticket;
    ticket.leave();
    return undefined;
  }

  private async place(shopperId: string, asked: CheckoutInput, flashAsk?: { buyers: string[] }) {
    // The fingerprint is of what was asked (the address id, not its current text), so a retry still matches
    // after the shopper edits that address.
    const fingerprint = checkoutFingerprint(asked);
    const input = await withSavedAddress(this.em, shopperId, asked);
    if (input instanceof AddressNotFoundError) return input;
    this.checkShape(input);
    const slot = input.pickupSlotStart ? new Date(input.pickupSlotStart) : undefined;
    if (slot) {
      const usable = await this.slots.check(input.storeId!, slot);
      // A retry of a checkout that took the slot's last place must still get its checkout back.
      if (usable !== true) return this.notRouted(shopperId, input, fingerprint, usable);
    }
    // A store can lose the stock between routing and holding it: one more routing sees that. A price or term
    // that changed since the price book read it costs one more try, priced afresh. Three tries at most.
    let flash: FlashBuy | undefined;
    // The first try routes by the store book when it can (routing/store-book.ts): no routing statement, and the placing
    // statement checks the guess. A guess it refuses (the store short, or the book's facts changed) costs one more
    // routing, which does not count as a try.
    let guessing = true;
    let firstRoute: Promise<Routing> | undefined;
    if (flashAsk) {
      // The route is read beside the item, not after it: in a sale every round trip of a winner waits for a turn of an
      // event loop busy with the crowd. (A group buy picks the store first; a flash cart has no group.)
      if (!input.groupOfferId) {
        firstRoute = this.routeCart(input, true);
        firstRoute.catch(() => undefined); // awaited below, unless the item already says no
      }
      const gate = this.flashGate;
      const item = await flashItemFor(
        this.em,
        input.flashItemId!,
        this.clock.now(),
        input.lines,
        gate && ((id) => gate.item(id, () => flashItemById(this.em, id))),
      );
      if (!(typeof item === 'object'))
        return this.notRouted(shopperId, input, fingerprint, FlashSaleUnavailableError.of(input.flashItemId!, item));
      flash = { item, buyers: flashAsk.buyers };
    }
    let group: GroupBuyAsk | undefined;
    if (input.groupOfferId) {
      const found = await groupBuyFor(
        this.em,
        { offerId: input.groupOfferId, groupId: input.groupId, storeId: input.storeId, fulfilment: input.fulfilment },
        this.clock.now(),
        input.lines,
      );
      if (typeof found !== 'object')
        return this.notRouted(shopperId, input, fingerprint, GroupBuyUnavailableError.of(input.groupOfferId, found));
      group = found;
      // The group's store: a member collects where the group does.
      input.storeId = found.storeId;
    }
    let short: Extract<PlaceOutcome, { kind: 'SHORT' }> | undefined;
    let fresh = false;
    for (let attempt = 0; attempt < 3; attempt++) {
      // The shopper's reads go with the first routing statement (one round trip for all); a later try reads afresh.
      const now = this.clock.now();
      const reads = attempt === 0 ? await shopperReads(this.em, this.levels, { shopperId, ...input }, now) : undefined;
      const { route, check } = await (attempt === 0 && firstRoute ? firstRoute : this.routeCart(input, guessing, reads && ridersOf(reads)));
      firstRoute = undefined;
      if (!(route instanceof RoutedToStore) && !(route instanceof SplitProposal)) {
        return this.notRouted(
          shopperId,
          input,
          fingerprint,
          route instanceof NoStoreAvailable ? await this.withPickupInstead(input, route) : route,
        );
      }
      const refusedFlash = flash && !flashCovers(flash.item, route);
      const priced = refusedFlash
        ? undefined
        : await this.price(route, input, shopperId, fingerprint, fresh, flash?.item, group, reads, now);
      if (check && !(priced instanceof Array)) {
        // A refusal answers what routing found: a guessed store may lack the stock, so routing's statement decides
        // (a cart no store has is answered as such, not with a coupon that would not have applied there).
        guessing = false;
        attempt--;
        continue;
      }
      if (refusedFlash) {
        return this.notRouted(shopperId, input, fingerprint, FlashSaleUnavailableError.of(flash!.item.id, FlashProblem.NOT_AT_STORE));
      }
      if (!(priced instanceof Array)) return priced instanceof BelowMinimumOrderError ? this.withPickupInstead(input, priced) : priced!;
      const [checkout, orders] = priced;
      checkout.routeCheck = check;
      const flashTake = flash && flashTaken(flash, orders);
      // No payment-timeout job: the deadline sweeper cancels a checkout whose payment_expires_at has passed
      // (jobs/reliability-sweep.ts), so placing writes no outbox row and nothing reaches Redis on this path.
      // A slot's place and a group's come between the stock and the promotions in the lock order, and points are
      // checked under a lock taken first (one statement would read the balance before it waits): those take a
      // transaction. Anything else is one statement.
      const inTransaction = slot !== undefined || group !== undefined || checkout.pointsUsed > 0;
      const placed = await (
        inTransaction
          ? this.placeInTransaction(checkout, orders, slot, `shopper:${shopperId}`, flashTake, group)
          : this.placeAtOnce(checkout, orders, `shopper:${shopperId}`, flashTake)
      ).catch((err: unknown) => {
        if (isUnpaidPlaceHeld(err)) return { kind: 'UNPAID_PLACE_HELD' as const };
        throw err;
      });
      if (placed.kind === 'FLASH_GONE') {
        // The price it was priced with changed meanwhile: priced afresh; any other refusal is the answer.
        if (placed.problem === 'CHANGED') {
          fresh = true;
          continue;
        }
        return this.notRouted(shopperId, input, fingerprint, FlashSaleUnavailableError.of(flash!.item.id, placed.problem));
      }
      if (placed.kind === 'GROUP_GONE') {
        return this.notRouted(shopperId, input, fingerprint, GroupBuyUnavailableError.of(group!.offer.id, placed.problem));
      }
      if (placed.kind === 'PROMOTION_GONE') {
        // A coupon used by a racing checkout, points spent meanwhile, a campaign stopped or spent: priced afresh,
        // the next try says which (the coupon's reason) or goes without it.
        fresh = true;
        continue;
      }
      if (placed.kind === 'UNPAID_PLACE_HELD') {
        // Nothing was written: the index refused the orders' INSERT, and with it the whole statement.
        const held = await this.slots.refused(orders[0]!.storeId, input.scheduledAt!, PickupSlotProblem.UNPAID_PLACE_HELD);
        return this.notRouted(shopperId, input, fingerprint, held);
      }
      if (check && (placed.kind === 'STALE_ROUTE' || placed.kind === 'SHORT')) {
        if (placed.kind === 'STALE_ROUTE') this.routing.guessWasStale(check);
        guessing = false;
        attempt--;
        continue;
      }
      if (placed.kind === 'STALE_ROUTE') throw new Error('checkout: a route nobody guessed was refused as a stale guess');
      if (placed.kind === 'STALE_PRICES') {
        fresh = true;
        continue;
      }
      if (placed.kind === 'SLOT_FULL') {
        return this.notRouted(shopperId, input, fingerprint, await this.slots.refused(input.storeId!, slot!, PickupSlotProblem.FULL));
      }
      if (placed.kind === 'DUPLICATE') return this.replayByKey(shopperId, input.idempotencyKey, fingerprint);
      if (placed.kind === 'SHORT') {
        const twice = short !== undefined; // short after a second routing too: the stock is really gone
        short = placed;
        if (twice) break;
        continue;
      }
      if (flashTake) this.flashGate?.took(flash!.item.id, flashTake.take.quantity);
      // Not waited for: the door knows at once (its own memory), the Redis mark is for the other processes and only
      // saves them a database refusal; the winner's answer need not wait for a round trip through a busy event loop.
      if (flashTake?.buyersDone) void this.flashGate?.buyerDone(flash!.item.id, flash!.buyers);
      return Object.assign(new CheckoutPlaced(), {
        checkout: answerAs(Checkout, { ...checkout, state: 'PENDING_PAYMENT', channel: 'ONLINE' }),
        orders: orders.map((o) => asCustomerOrder(placedOrder(o, checkout))),
        replayed: false,
      });
    }
    if (!short) throw new Error('checkout: prices kept changing while the cart was placed');
    return this.notRouted(shopperId, input, fingerprint, OutOfStockError.of(short.storeId, short.lines));
  }

  /**
   * Where the cart goes: the store book's guess when `guessing` and it has one (its `check` goes with the placing
   * statement), else routing's statement, which carries `riders`; a guess reads them in a round trip of their own.
   */
  private async routeCart(input: CheckoutInput, guessing: boolean, riders?: SqlRider<unknown>[]): Promise<Routing> {
    const guessed = guessing ? await this.routing.guess(routeInput(input)) : undefined;
    if (!guessed) return { route: await this.routing.route(routeInput(input), { checkSkus: false, riders }) };
    if (riders?.length) await readRiders(this.em, riders);
    return guessed;
  }

  /** The next step a refused cart can take: picking it all up at the nearest store that can (routing decides). */
  private async withPickupInstead<T extends NoStoreAvailable | BelowMinimumOrderError>(input: CheckoutInput, refusal: T): Promise<T> {
    refusal.pickupInstead = await this.routing.pickupInstead(input);
    return refusal;
  }

  /** No store takes the cart now; but a retry of a checkout that went through (and holds the stock) gets it back. */
  private async notRouted<T>(shopperId: string, input: CheckoutInput, fingerprint: string, outcome: T) {
    const earlier = await this.em.findOne(Checkout, { shopperId, idempotencyKey: input.idempotencyKey });
    if (earlier) return this.replay(earlier, fingerprint);
    const normalised = normaliseLines(input.lines);
    return (normalised.ok && (await this.routing.unknownSkus(normalised.lines))) || outcome;
  }

  private async replayByKey(shopperId: string, idempotencyKey: string, fingerprint: string) {
    return this.replay(await this.em.fork().findOneOrFail(Checkout, { shopperId, idempotencyKey }), fingerprint);
  }

  private async replay(earlier: Checkout, fingerprint: string) {
    if (earlier.requestHash !== fingerprint) return IdempotencyKeyReusedError.of(earlier.id);
    const orders = await this.em.find(
      CustomerOrder,
      { clusterId: earlier.clusterId, checkoutId: earlier.id },
      { orderBy: { totalFen: 'desc', id: 'asc' } },
    );
    return Object.assign(new CheckoutPlaced(), { checkout: earlier, orders, replayed: true });
  }

  /**
   * Places the checkout and, in the same transaction, takes a place of the pickup slot for each order and the
   * promotions it was priced with: the stock rows are locked first (as every checkout does), the slot's counter
   * next, then the coupon, the points and the campaign counters (common/lock-order.ts), so a full slot or a
   * promotion gone rolls the holds back.
   */
  private async placeInTransaction(
    checkout: NewCheckout,
    orders: NewOrder[],
    slot: Date | undefined,
    actor: string,
    flash?: FlashTake,
    group?: GroupBuyAsk,
  ): Promise<
    | PlaceOutcome
    | { kind: 'SLOT_FULL' }
    | { kind: 'PROMOTION_GONE' }
    | { kind: 'FLASH_GONE'; problem: FlashProblem | 'CHANGED' }
    | { kind: 'GROUP_GONE'; problem: GroupBuyProblem }
  > {
    try {
      return await transaction(this.em, async (tx) => {
        const placed = await placeCheckout(tx, checkout, orders, actor);
        if (placed.kind !== 'PLACED') return placed;
        if (slot) {
          // By store: the slot rows' place in the lock order (common/lock-order.ts).
          const byStore = [...orders].sort((a, b) => (a.storeId < b.storeId ? -1 : a.storeId > b.storeId ? 1 : 0));
          for (const o of byStore)
            if (!(await claimSlot(tx, checkout.clusterId, o.storeId, slot, o.id, checkout.createdAt))) throw new SlotFull();
        }
        // The flash quota and counters first of the promotions (common/lock-order.ts, step 5).
        if (flash) flash.buyersDone = (await takeFlash(tx, { checkoutId: checkout.id, ...flash.take, at: checkout.createdAt })).buyersDone;
        // The flash item's price is counted by its own quota, not a campaign budget.
        // The group price is not a campaign's budget either.
        await takeCheckoutPromotions(tx, checkout, orders, [...(flash ? [flash.take.itemId] : []), ...(group ? [group.offer.id] : [])]);
        // The group's place last (common/lock-order.ts, step 6): a full group rolls the holds back.
        if (group)
          await takeGroupPlace(tx, {
            ask: group,
            shopperId: checkout.shopperId,
            checkoutId: checkout.id,
            orderId: orders[0]!.id,
            at: checkout.createdAt,
          });
        return placed;
      });
    } catch (err) {
      if (err instanceof SlotFull) return { kind: 'SLOT_FULL' };
      if (err instanceof PromotionGone) return { kind: 'PROMOTION_GONE' };
      if (err instanceof FlashGone) return { kind: 'FLASH_GONE', problem: err.problem };
      if (err instanceof GroupGone) return { kind: 'GROUP_GONE', problem: err.problem };
      throw err;
    }
  }

  /**
   * A checkout with no slot, points or group: one statement in autocommit places it and takes its flash quota and
   * counters, its coupon and its campaigns' budgets, or writes nothing (order/checkout.repository.ts). Its hot rows
   * (the SKU's stock, a flash item, a campaign's budget) are held for that statement and its commit, not across a
   * transaction's round trips.
   */
  private async placeAtOnce(
    checkout: NewCheckout,
    orders: NewOrder[],
    actor: string,
    flash?: FlashTake,
  ): Promise<PlaceOutcome | { kind: 'PROMOTION_GONE' } | { kind: 'FLASH_GONE'; problem: FlashProblem | 'CHANGED' }> {
    // The flash item's price is counted by its own quota, not a campaign budget.
    const spends = campaignSpends(checkout, orders).filter((x) => x.promotionId !== flash?.take.itemId);
    const promotions = checkout.couponId !== null || spends.length > 0 ? { spends } : undefined;
    if (!flash && !promotions) return placeCheckout(this.em, checkout, orders, actor);
    const ask: PlaceAsk = { c: checkout, orders, actor, takes: { flash: flash?.take, promotions } };
    const place = () => placeCheckout(this.em, checkout, orders, actor, ask.takes);
    const gate = this.flashGate;
    const em = this.em;
    let placed;
    if (!flash || !gate) placed = await place();
    // One with a coupon or a budget goes alone: those rows are not the other buyers'.
    else if (promotions) placed = await gate.placing(flash.take.itemId, place);
    else {
      // A sale's buyers of the same SKUs at the same stores, waiting for the item's row, are placed together: they
      // lock the same rows in the same order.
      const answer = await gate.placingTogether(flash.take.itemId, lockedRows(orders), ask, place, (asks) =>
        placeCheckoutsTogether(em, asks),
      );
      if (answer instanceof Error) throw answer;
      placed = answer;
    }
    if (placed.kind === 'FLASH_REFUSED') return { kind: 'FLASH_GONE', problem: flashProblemOf(placed.refused) };
    if (placed.kind === 'PROMOTION_REFUSED') return { kind: 'PROMOTION_GONE' };
    if (placed.kind === 'PLACED' && flash) flash.buyersDone = placed.buyersDone;
    return placed;
  }

  private checkShape(input: CheckoutInput): asserts input is CheckoutInput & { contact: NonNullable<CheckoutInput['contact']> } {
    if (!input.contact) throw badUserInput('contact is needed (or a saved address that has one)', 'contact');
    if (input.pickupSlotStart) {
      if (input.fulfilment !== 'PICKUP' || !input.storeId)
        throw badUserInput('pickupSlotStart is for PICKUP at a chosen store (storeId)', 'pickupSlotStart');
      if (input.scheduledAt && new Date(input.scheduledAt).getTime() !== new Date(input.pickupSlotStart).getTime()) {
        throw badUserInput('scheduledAt and pickupSlotStart disagree; give the slot only', 'scheduledAt');
      }
      // The order is scheduled for its slot: routing checks the store is open then, the pickup deadline runs from it.
      input.scheduledAt = new Date(input.pickupSlotStart);
    }
    if (input.fulfilment === 'DELIVERY') {
      if (!input.location) throw badUserInput('DELIVERY needs the address point (location)', 'location');
      if (!input.address) throw badUserInput('DELIVERY needs the written address', 'address');
    }
  }

  /** Server-side prices and fees for the routed parts; the client's figures only serve as a check. */
  private async price(
    route: RoutedToStore | SplitProposal,
    input: CheckoutInput,
    shopperId: string,
    fingerprint: string,
    fresh: boolean,
    flash?: FlashItemView,
    group?: GroupBuyAsk,
    reads?: ShopperReads,
    pricedAt = this.clock.now(),
  ): Promise<
    | [NewCheckout, NewOrder[]]
    | PriceChangedError
    | BelowMinimumOrderError
    | UnknownSkuError
    | CouponNotUsableError
    | CheckoutSpansClustersError
  > {
    const pricing = await priceRouted(
      this.em,
      { priceBook: this.priceBook, campaigns: this.campaigns, levels: this.levels },
      pricedAt,
      route,
      {
        shopperId,
        fulfilment: input.fulfilment,
        couponId: input.couponId,
        // Read with routing on the first try; a fresh pricing (after a refusal on the book's figures) reads again.
        reads: fresh ? undefined : reads,
        usePoints: input.usePoints,
        flash: flash && { id: flash.id, skuId: flash.sku_id, storeId: flash.store_id, priceFen: flash.price_fen },
        groupBuy: group && groupPrice(group),
      },
      fresh,
    );
    // A refusal is only ever given on figures read just now, never on the book's.
    const refuse = <E>(error: E) => (pricing.cached ? this.price(route, input, shopperId, fingerprint, true, flash, group) : error);
    const routed = pricing.outcome;
    if (routed instanceof UnknownSkuError) return refuse(routed);
    if (routed instanceof CouponNotUsableError) return routed;
    const { priced, asked, terms } = routed;
    const refused = asked.coupon && priced.notApplied.find((n) => n.kind === 'COUPON');
    if (refused) return CouponNotUsableError.of(input.couponId!, refused.code, refused.message, refused.shortFen);
    if (input.expectedTotalFen !== undefined && input.expectedTotalFen !== null && input.expectedTotalFen !== priced.totalFen) {
      return refuse(
        PriceChangedError.of({
          expectedTotalFen: input.expectedTotalFen,
          goodsFen: priced.goodsFen,
          deliveryFeeFen: priced.deliveryFeeFen,
          totalFen: priced.totalFen,
          lines: priced.orders.flatMap((o) => o.lines.map((l) => ({ skuId: l.skuId, unitPriceFen: l.unitPriceFen, quantity: l.quantity }))),
        }),
      );
    }
    const short = shortOfMinimum(routed, input.fulfilment);
    if (short) return refuse(BelowMinimumOrderError.of(short.storeId, short.minimumFen, priced.goodsFen));

    // One cluster per checkout (docs/scale.md): a cart whose stores are in two city clusters is refused.
    const clusters = [...new Set(priced.orders.map((o) => terms.get(o.storeId)!.clusterId))];
    if (clusters.length > 1)
      return CheckoutSpansClustersError.of(
        priced.orders.map((o) => o.storeId),
        clusters,
      );
    const clusterId = clusters[0]!;
    const now = this.clock.now();
    const point = input.fulfilment === 'DELIVERY' && input.location ? toCanonical(input.location) : null;
    const checkout: NewCheckout = {
      id: newClusterId(clusterId),
      shopperId,
      idempotencyKey: input.idempotencyKey,
      requestHash: fingerprint,
      fulfilment: input.fulfilment,
      goodsFen: priced.goodsFen,
      deliveryFeeFen: priced.deliveryFeeFen,
      discountFen: priced.discountFen,
      pointsFen: priced.pointsFen,
      pointsUsed: priced.pointsUsed,
      couponId: asked.coupon && priced.applied.some((a) => a.kind === 'COUPON') ? asked.coupon.id : null,
      deliveryAdjustments: priced.orders.flatMap((o) => o.deliveryAdjustments),
      totalFen: priced.totalFen,
      outTradeNo: newOutTradeNo(now, clusterId),
      clusterId,
      paymentExpiresAt: new Date(now.getTime() + this.config.paymentTimeoutMin * 60_000),
      createdAt: now,
    };
    const orders: NewOrder[] = priced.orders.map((o) => ({
      ...o,
      id: newClusterId(clusterId),
      quotedTerms: terms.get(o.storeId)!,
      contactName: input.contact!.name,
      contactPhone: input.contact!.phone,
      address: input.fulfilment === 'DELIVERY' ? input.address! : null,
      deliveryLat: point?.lat ?? null,
      deliveryLng: point?.lng ?? null,
      scheduledAt: input.scheduledAt ?? null,
      remark: input.remark ?? null,
    }));
    return [checkout, orders];
  }
}

/** A saved address stands in for the point, the text and (unless given) the contact: for checkout and its quote. */
export async function withSavedAddress<I extends CheckoutCart & { address?: string; contact?: CheckoutInput['contact'] }>(
  em: EntityManager,
  shopperId: string,
  input: I,
): Promise<I | AddressNotFoundError> {
  if (!input.addressId) return input;
  if (input.fulfilment !== 'DELIVERY') throw badUserInput('addressId is for DELIVERY; a pickup goes to storeId', 'addressId');
  if (input.location || input.address) throw badUserInput('Give either addressId or location + address, not both', 'addressId');
  const saved = UUID.test(input.addressId) ? await addressOf(em, shopperId, input.addressId) : undefined;
  if (!saved) return AddressNotFoundError.of(input.addressId);
  return {
    ...input,
    location: Object.assign(new GeoPointInput(), { lat: saved.lat, lng: saved.lng, system: CoordinateSystem.WGS84 }),
    address: [saved.address, saved.detail].filter(Boolean).join(' ').slice(0, 200),
    contact: input.contact ?? { name: saved.contactName, phone: saved.contactPhone },
  };
}

/**
 * Inside the placing transaction, after the stock (and slots): the coupon, points and campaign budgets the checkout
 * was priced with; PromotionGone when one is gone (the caller rolls back). Shared by the checkout and the counter sale.
 */
export async function takeCheckoutPromotions(
  tx: EntityManager,
  checkout: NewCheckout,
  orders: readonly NewOrder[],
  notBudgeted: readonly string[] = [],
): Promise<void> {
  if (!takesPromotions(checkout, orders)) return;
  await takePromotions(tx, {
    checkoutId: checkout.id,
    shopperId: checkout.shopperId,
    couponId: checkout.couponId,
    pointsPerOrder: orders.map((o) => ({ orderId: o.id, points: o.lines.reduce((s, l) => s + (l.points ?? 0), 0) })),
    spends: campaignSpends(checkout, orders).filter((x) => !notBudgeted.includes(x.promotionId)),
    at: checkout.createdAt,
  });
}

/** Whether placing must also take promotions (a coupon, points, a campaign's budget): the plain checkout does not. */
function takesPromotions(c: NewCheckout, orders: readonly NewOrder[]): boolean {
  return c.couponId !== null || c.pointsUsed > 0 || c.deliveryAdjustments.length > 0 || orders.some((o) => o.discountFen > 0);
}

/**
 * What each campaign (满减, coupon template) took from this checkout, for its budget counter (a member level's price,
 * 会员包邮 and the clerk's discounts have none).
 */
const MEMBER_KINDS: ReadonlySet<string> = new Set(['MEMBER_PRICE', 'FREE_DELIVERY', 'CLERK_PRICE', 'CLERK_DISCOUNT']);

function campaignSpends(c: NewCheckout, orders: readonly NewOrder[]): CampaignSpend[] {
  const spent = new Map<string, number>();
  const adjustments = [...c.deliveryAdjustments, ...orders.flatMap((o) => o.lines.flatMap((l) => l.adjustments ?? []))];
  for (const a of adjustments)
    if (a.promotionId && !MEMBER_KINDS.has(a.kind)) spent.set(a.promotionId, (spent.get(a.promotionId) ?? 0) + a.amountFen);
  return [...spent].map(([promotionId, amountFen]) => ({ promotionId, amountFen }));
}

/** 拼团: the offer's group price as a line price rule, on its SKU at the group's store, funded by HQ. */
export function groupPrice(g: GroupBuyAsk) {
  return { id: g.offer.id, skuId: g.offer.sku_id, storeId: g.storeId, priceFen: g.offer.group_price_fen };
}

/** A route, and what placing must check of it when the store book guessed it. */
interface Routing {
  route: Awaited<ReturnType<RoutingService['route']>>;
  check?: RouteCheck;
}

function routeInput(input: CheckoutInput): RouteCartInput {
  return {
    lines: input.lines,
    fulfilment: input.fulfilment,
    location: input.location,
    storeId: input.storeId,
    scheduledAt: input.scheduledAt,
  };
}

/** The order as the placing statement wrote it: the reading shape, without reading it back. */
function placedOrder(o: NewOrder, c: NewCheckout): OrderView {
  return {
    id: o.id,
    clusterId: c.clusterId,
    checkoutId: c.id,
    shopperId: c.shopperId,
    storeId: o.storeId,
    fulfilment: c.fulfilment,
    state: OrderState.PENDING_PAYMENT,
    goodsFen: o.goodsFen,
    deliveryFeeFen: o.deliveryFeeFen,
    discountFen: o.discountFen,
    pointsFen: o.pointsFen,
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
    paidAt: null,
    acceptBy: null,
    pickupDeadline: null,
    handedOverAt: null,
    referringStoreId: null,
    splitRuleSetId: null,
    createdAt: c.createdAt,
    updatedAt: c.createdAt,
  };
}

/** The stock rows a checkout's placing locks, as a key: placings with the same key lock the same rows. */
const lockedRows = (orders: readonly NewOrder[]) =>
  orders
    .flatMap((o) => o.lines.map((l) => `${o.storeId}:${l.skuId}`))
    .sort()
    .join(' ');
