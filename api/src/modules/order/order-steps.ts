// Every change of an order's state goes through here, in one transaction with its stock and money effects,
// driven by the transitions table; resolvers, the payment webhook and jobs all call these.
import { newClusterId } from '../../common/cluster';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../common/clock';
import type { Config } from '../../common/config';
import type { Jobs } from '../../common/queues';
import { lockOrdersStock, lockStock, releaseStock, reserveStock } from '../inventory/reservation.repository';
import { RoutingService } from '../routing/routing.service';
import { StoreOrderEventKind, transactionWithEffects, type Effects, type StoreEventPublisher } from '../../common/effects';
import {
  applyStep,
  checkoutOfOrder,
  insertRefund,
  lockCheckout,
  lockCheckoutOrders,
  lockOrder,
  lockWaitingGroupOrders,
  markCheckoutCancelled,
  markStockReleased,
  orderLines,
  type LockedCheckout,
  type LockedLine,
  type StepChanges,
} from './order.repository';
import { storeLocation } from '../store/store.repository';
import type { StepActor, StepListener, StepRecord } from '../../common/order-step';
import type { SqlRider } from '../../common/sql';
import type { OrderParties, OrderView } from '../../common/order-view';
import { checkTransition, OrderEvent, OrderState, type Transition } from './order-states';
import { planRefund } from './pricing';
import { releaseCheckoutPromotions, returnCouponIfAllRefunded, returnRefundPoints } from '../promotion/promotion.repository';
import { releaseFlashHolds } from '../promotion/flash-checkout';
import { leaveGroup, memberPaid } from '../promotion/group-buy.repository';

// The step-listener contract lives in common/ (listeners sit in modules above and below order); re-exported for order's users.
export type { StepActor, StepListener, StepRecord };

export type StepOutcome =
  | { ok: true; order: OrderView; refundId?: string }
  | { ok: false; kind: 'NOT_FOUND' }
  | { ok: false; kind: 'INVALID'; state: OrderState; message: string }
  | { ok: false; kind: 'REFUND_NOT_ALLOWED'; message: string };

export type StepConfig = Pick<Config, 'acceptTimeoutMin' | 'pickupHoldHours' | 'maxZoneReachM' | 'pickupSearchRadiusM'>;

export interface StepDeps {
  config: StepConfig;
  clock: Clock;
  jobs: Jobs;
  publisher: StoreEventPublisher;
  /** The outbox relay, told after a commit that wrote after-commit work (see common/effects.ts). */
  outbox?: { kick(): void };
  /** Called for every applied step, in order. */
  stepListeners?: readonly StepListener[];
}

/** Who may see an order at all; anything else is answered as not found. */
export type Visibility = (order: OrderParties) => boolean;
const everyone: Visibility = () => true;

const FOLLOW_UP_EVENTS: Partial<Record<OrderEvent, StoreOrderEventKind>> = {
  [OrderEvent.PAY]: StoreOrderEventKind.NEW,
  // 拼团: the store's first sight of the order is when its group forms.
  [OrderEvent.GROUP_FORMED]: StoreOrderEventKind.NEW,
  [OrderEvent.REFUND]: StoreOrderEventKind.CANCELLED,
};

export class OrderSteps {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: StepDeps,
  ) {}

  private get now(): Date {
    return this.deps.clock.now();
  }

  /** A plain step from the table (accept, ready, hand over, dispatch, deliver, complete). */
  async apply(
    orderId: string,
    event: OrderEvent,
    actor: StepActor,
    reason: string | null,
    visible: Visibility = everyone,
  ): Promise<StepOutcome> {
    if (event === OrderEvent.REFUND) return this.refund(orderId, undefined, actor, reason ?? 'refund', visible);
    if (event === OrderEvent.REROUTE) return this.reroute(orderId, actor, reason ?? 'rejected by the store', visible);
    if (event === OrderEvent.CANCEL) return this.cancelOrderCheckout(orderId, actor, reason, visible);
    return this.inStep(orderId, visible, async (tx, order, effects) => {
      const check = checkTransition(order.state, event, order.fulfilment, actor.kind);
      if (!check.ok) return { ok: false, kind: 'INVALID', state: order.state, message: check.message };
      if (check.transition.proof) {
        return {
          ok: false,
          kind: 'INVALID',
          state: order.state,
          message:
            check.transition.proof === 'PICKUP_CODE'
              ? "A pickup order is handed over with verifyPickup and the shopper's pickup code or QR"
              : 'A counter sale is completed only by the counter sale that took its payment',
        };
      }
      await this.step(tx, order, check.transition, actor, reason, effects);
      return { ok: true, order };
    });
  }

  /**
   * Hands a pickup order over on a proof (the shopper's code). `proof.claim` locks the order (as lockOrder does)
   * and, in the same statement, uses the proof when it holds, so the counter's path spends one round trip on
   * both; when it did not hold, `proof.refuse` says why, under the lock. An ACCEPTED order is marked ready on the
   * way: the goods are at the counter, so that step is logged but its "ready" message to the shopper is not sent.
   */
  async handOverWithProof<R>(
    actor: StepActor,
    reason: string,
    proof: {
      claim: (tx: EntityManager) => Promise<{ order: OrderView; claimed: boolean } | undefined>;
      refuse: (tx: EntityManager, order: OrderView) => Promise<R>;
    },
  ): Promise<
    { ok: true; order: OrderView } | { ok: false; kind: 'NOT_FOUND' } | { ok: false; kind: 'REFUSED'; orderId: string; refusal: R }
  > {
    return transactionWithEffects(this.em, this.deps, async (tx, effects) => {
      const claim = await proof.claim(tx);
      if (!claim) return { ok: false as const, kind: 'NOT_FOUND' as const };
      const { order } = claim;
      if (!claim.claimed)
        return { ok: false as const, kind: 'REFUSED' as const, orderId: order.id, refusal: await proof.refuse(tx, order) };
      const path = order.state === OrderState.ACCEPTED ? [OrderEvent.MARK_READY, OrderEvent.HAND_OVER] : [OrderEvent.HAND_OVER];
      const steps: Transition[] = [];
      let state = order.state;
      for (const event of path) {
        const check = checkTransition(state, event, order.fulfilment, actor.kind);
        // The claim has written (the code is used): a step it let through must happen, or all rolls back.
        if (!check.ok) throw new Error(`hand-over of ${order.id} claimed but not allowed: ${check.message}`);
        steps.push(check.transition);
        state = check.transition.to;
      }
      for (const t of steps) {
        await this.step(tx, order, t, actor, t.event === OrderEvent.HAND_OVER ? reason : 'ready at the counter', effects);
        if (t.notify && t.event !== OrderEvent.HAND_OVER) effects.forgetNotification(order.id, t.notify);
      }
      return { ok: true as const, order };
    });
  }

  /** Runs one transaction over one locked order, then releases its effects. */
  private async inStep(
    orderId: string,
    visible: Visibility,
    work: (tx: EntityManager, order: OrderView, effects: Effects) => Promise<StepOutcome>,
  ): Promise<StepOutcome> {
    return transactionWithEffects(this.em, this.deps, async (tx, effects) => {
      const order = await lockOrder(tx, orderId);
      if (!order || !visible(order)) return { ok: false as const, kind: 'NOT_FOUND' as const };
      return work(tx, order, effects);
    });
  }

  /** Applies a checked transition: its stock effect, its log row, its follow-up jobs and its events. */
  private async step(
    tx: EntityManager,
    order: OrderView,
    t: Transition,
    actor: StepActor,
    reason: string | null,
    effects: Effects,
    extra: StepChanges = {},
  ): Promise<void> {
    const at = this.now;
    const from = order.state;
    const changes: StepChanges = { ...extra };
    const wasPaid = order.state !== OrderState.PENDING_PAYMENT;
    // Settled in the step's own statement (applyStep), at the store the order is at.
    const settle = t.stock && order.stock === 'HELD' ? t.stock : undefined;
    if (settle) changes.stock = settle === 'RELEASE' ? 'RELEASED' : 'CONSUMED';
    if (t.stock === 'CONSUME') changes.handedOverAt = at;
    if (t.event === OrderEvent.COUNTER_SALE) {
      // Paid at the counter: the split's basis is recorded now, as at any payment (see PAY below).
      changes.paidAt = at;
      changes.splitBasis = true;
    }
    // Money taken (PAY, or a group member's PAY_INTO_GROUP) and entering the store's queue (PAY, or GROUP_FORMED for
    // each paid member of a group) are one step for a plain order, two for a group order.
    const paysNow = t.event === OrderEvent.PAY || t.event === OrderEvent.PAY_INTO_GROUP;
    const entersQueue = t.event === OrderEvent.PAY || t.event === OrderEvent.GROUP_FORMED;
    if (paysNow) {
      changes.paidAt = at;
      changes.splitBasis = true;
    }
    if (entersQueue) {
      changes.acceptBy = new Date(at.getTime() + this.deps.config.acceptTimeoutMin * 60_000);
      if (order.fulfilment === 'PICKUP') changes.pickupDeadline = this.pickupDeadline(order, at);
    }
    if (t.to === OrderState.ACCEPTED || t.to === OrderState.CANCELLED || t.to === OrderState.REFUNDED) changes.acceptBy = null;
    // Listeners' reads the step cannot change go with the step's statement.
    const prefetched = new Map<StepListener, SqlRider<unknown>>();
    for (const listener of this.deps.stepListeners ?? []) {
      const read = listener.prefetch?.({ order, transition: t });
      if (read) prefetched.set(listener, read);
    }
    await applyStep(tx, order, { to: t.to, event: t.event, actor: actor.name, reason, at }, changes, settle, [...prefetched.values()]);

    // Jobs that check this order later (they reload and re-check state), committed with the step through the
    // outbox. Handed-over orders need none: the auto-complete sweep finds them.
    if (entersQueue) {
      effects.job('accept-timeout', { orderId: order.id, storeId: order.storeId }, changes.acceptBy!);
      if (changes.pickupDeadline) effects.job('pickup-deadline', { orderId: order.id }, changes.pickupDeadline);
    }
    if (t.notify) effects.notify(order.id, t.notify);
    // An order waiting for its group is not the store's: it hears nothing of it until the group forms.
    const storeSees = entersQueue || (wasPaid && from !== OrderState.AWAITING_GROUP);
    if (storeSees) {
      effects.storeEvent(FOLLOW_UP_EVENTS[t.event] ?? StoreOrderEventKind.UPDATED, order.id, order.storeId, t.to, at);
    }
    // Refunds tell listeners once their refund row exists (refundLocked), partial ones included.
    if (t.event !== OrderEvent.REFUND)
      await this.notifyListeners(tx, { order, from, transition: t, actor, at, prefetched: (l) => prefetched.get(l) }, effects);
  }

  private async notifyListeners(tx: EntityManager, record: StepRecord, effects: Effects): Promise<void> {
    for (const listener of this.deps.stepListeners ?? []) await listener.afterStep(tx, record, effects);
  }

  private pickupDeadline(order: OrderView, paidAt: Date): Date {
    const from = order.scheduledAt && order.scheduledAt > paidAt ? order.scheduledAt : paidAt;
    return new Date(from.getTime() + this.deps.config.pickupHoldHours * 3600_000);
  }

  /**
   * Payment arrived: every order of the checkout becomes PAID and goes to its store's queue; a group member's order
   * (`groupId`, read with the checkout's lock) waits for its group instead, and its payment may be the one that forms it.
   */
  async payCheckoutOrders(tx: EntityManager, checkoutId: string, effects: Effects, groupId?: string | null): Promise<void> {
    const actor: StepActor = { kind: 'SYSTEM', name: 'system:wechatpay' };
    const event = groupId ? OrderEvent.PAY_INTO_GROUP : OrderEvent.PAY;
    let paid = false;
    for (const order of await lockCheckoutOrders(tx, checkoutId)) {
      const check = checkTransition(order.state, event, order.fulfilment, 'SYSTEM');
      if (check.ok) {
        await this.step(tx, order, check.transition, actor, null, effects);
        paid = true;
      }
    }
    if (groupId && paid) {
      const group = await memberPaid(tx, groupId, checkoutId, this.now);
      if (group.state === 'FORMED') await this.formGroupLocked(tx, groupId, effects);
      // A failed group's late payment is refunded by the group's deadline job (run again now).
      else effects.job('group-deadline', { groupId }, group.state === 'FAILED' ? this.now : group.deadline);
    }
  }

  /**
   * The group formed: every paid order still waiting moves to its store's queue in this transaction (pickup codes
   * are issued by the GROUP_FORMED step). The orders are locked in id order after the group row (common/lock-order.ts).
   */
  async formGroupLocked(tx: EntityManager, groupId: string, effects: Effects): Promise<number> {
    const actor: StepActor = { kind: 'SYSTEM', name: 'system:group-buy' };
    let moved = 0;
    for (const order of await lockWaitingGroupOrders(tx, groupId)) {
      const check = checkTransition(order.state, OrderEvent.GROUP_FORMED, order.fulfilment, 'SYSTEM');
      if (!check.ok) continue;
      await this.step(tx, order, check.transition, actor, '拼团成功', effects);
      moved++;
    }
    return moved;
  }

  /** The deadline job's step: forms a group whose deadline allows it (auto-form, at least two paid), in one transaction. */
  async formGroup(groupId: string): Promise<number> {
    return transactionWithEffects(this.em, this.deps, (tx, effects) => this.formGroupLocked(tx, groupId, effects));
  }

  /**
   * A counter sale's money was taken (cash, card, or a payment code WeChat confirmed): its order is paid and handed
   * over in one step (COUNTER_SALE: the stock it holds is consumed, the split's basis recorded, the ledger posted and
   * the member's points earned by the listeners), then completed, since the customer leaves with the goods. The
   * checkout is locked by the caller (step 1), the orders here (step 2).
   */
  async completeCounterSale(tx: EntityManager, checkoutId: string, clerk: StepActor, effects: Effects): Promise<OrderView[]> {
    const orders = await lockCheckoutOrders(tx, checkoutId);
    for (const order of orders) {
      const sale = checkTransition(order.state, OrderEvent.COUNTER_SALE, order.fulfilment, clerk.kind);
      if (!sale.ok) throw new Error(`counter sale ${order.id}: ${sale.message}`);
      await this.step(tx, order, sale.transition, clerk, 'sold at the counter', effects);
      const done = checkTransition(order.state, OrderEvent.COMPLETE, order.fulfilment, 'SYSTEM');
      if (!done.ok) throw new Error(`counter sale ${order.id}: ${done.message}`);
      await this.step(tx, order, done.transition, { kind: 'SYSTEM', name: 'system:counter' }, null, effects);
    }
    return orders;
  }

  /**
   * Cancels an unpaid checkout and all its orders (one payment covers them all, so they go together).
   * Returns false when it is no longer unpaid. Locks in the global order (common/lock-order.ts): the checkout, its
   * orders, then every stock row they hold, at all their stores, in one statement.
   */
  async cancelCheckoutOrders(
    tx: EntityManager,
    checkoutId: string,
    actor: StepActor,
    reason: string | null,
    effects: Effects,
  ): Promise<boolean> {
    const c = await lockCheckout(tx, { id: checkoutId });
    return this.cancelLocked(tx, c, c?.state === 'PENDING_PAYMENT' ? await lockCheckoutOrders(tx, checkoutId) : [], actor, reason, effects);
  }

  /** cancelCheckoutOrders once the checkout and its orders are locked. */
  private async cancelLocked(
    tx: EntityManager,
    c: LockedCheckout | undefined,
    orders: OrderView[],
    actor: StepActor,
    reason: string | null,
    effects: Effects,
  ): Promise<boolean> {
    if (c?.state !== 'PENDING_PAYMENT') return false;
    const checkoutId = c.id;
    await lockOrdersStock(
      tx,
      orders.filter((o) => o.stock === 'HELD'),
    );
    // Stepped by store: each gives back its slot place (PickupSlotListener), and slot rows are locked in store order.
    for (const order of [...orders].sort((a, b) => (a.storeId < b.storeId ? -1 : a.storeId > b.storeId ? 1 : 0))) {
      const check = checkTransition(order.state, OrderEvent.CANCEL, order.fulfilment, actor.kind);
      if (check.ok) await this.step(tx, order, check.transition, actor, reason, effects);
    }
    await markCheckoutCancelled(tx, checkoutId);
    // Its flash units go back to their items and buyers (before the coupon: common/lock-order.ts, step 5); its coupon
    // goes back to the shopper, its points and its campaigns' budgets too.
    if (c.hasPromotions) {
      await releaseFlashHolds(tx, checkoutId, this.now);
      await releaseCheckoutPromotions(tx, checkoutId, this.now);
    }
    // A group member who did not pay gives the place back (the group row after the promotions: common/lock-order.ts, step 6).
    if (c.groupId) await leaveGroup(tx, checkoutId);
    // The shopper could still pay the trade at WeChat: close it once this has committed (payment-close).
    if (c.hasTrade) effects.job('payment-close', { checkoutId });
    return true;
  }

  async cancelCheckout(checkoutId: string, actor: StepActor, reason: string | null): Promise<boolean> {
    return transactionWithEffects(this.em, this.deps, (tx, effects) => this.cancelCheckoutOrders(tx, checkoutId, actor, reason, effects));
  }

  /**
   * The shopper takes the order back: unpaid, its whole checkout is cancelled; paid, it is refunded in full. Which
   * one is read (unlocked) from the order; the step checks it again under the lock.
   */
  async takeBack(orderId: string, actor: StepActor, reason: string, visible: Visibility): Promise<StepOutcome> {
    const found = await checkoutOfOrder(this.em, orderId);
    // Someone else's order is not found before anything of it is locked.
    if (!found || !visible(found)) return { ok: false, kind: 'NOT_FOUND' };
    if (found.state === OrderState.PENDING_PAYMENT) return this.cancelOrderCheckout(orderId, actor, reason, visible, found.checkoutId);
    return this.refund(orderId, undefined, actor, reason, visible);
  }

  /** The shopper cancels an unpaid order: its whole checkout goes. The checkout is locked before the orders, as the payment webhook does. */
  private async cancelOrderCheckout(
    orderId: string,
    actor: StepActor,
    reason: string | null,
    visible: Visibility,
    knownCheckoutId?: string,
  ): Promise<StepOutcome> {
    const checkoutId = knownCheckoutId ?? (await checkoutOfOrder(this.em, orderId))?.checkoutId;
    if (!checkoutId) return { ok: false, kind: 'NOT_FOUND' };
    return transactionWithEffects(this.em, this.deps, async (tx, effects): Promise<StepOutcome> => {
      const checkout = await lockCheckout(tx, { id: checkoutId });
      const orders = await lockCheckoutOrders(tx, checkoutId);
      const order = orders.find((o) => o.id === orderId);
      if (!order || !visible(order)) return { ok: false, kind: 'NOT_FOUND' };
      const check = checkTransition(order.state, OrderEvent.CANCEL, order.fulfilment, actor.kind);
      if (!check.ok)
        return { ok: false, kind: 'INVALID', state: order.state, message: `${check.message}; a paid order is refunded instead` };
      // The steps change `order` in place: it is answered as the cancel left it.
      await this.cancelLocked(tx, checkout, orders, actor, reason, effects);
      return { ok: true, order };
    });
  }

  /**
   * The store turned the order down (or let it wait too long): give its stock back and hold the same lines
   * at the nearest other store that can serve them; when none can, refund the order.
   * `expectStore` makes the accept timeout a no-op once the order has moved on.
   */
  async reroute(
    orderId: string,
    actor: StepActor,
    reason: string,
    visible: Visibility = everyone,
    expectStore?: string,
  ): Promise<StepOutcome> {
    return this.inStep(orderId, visible, async (tx, order, effects) => {
      if (expectStore && order.storeId !== expectStore) return { ok: true, order };
      const check = checkTransition(order.state, OrderEvent.REROUTE, order.fulfilment, actor.kind);
      if (!check.ok) return { ok: false, kind: 'INVALID', state: order.state, message: check.message };
      const lines = remaining(await orderLines(tx, order.id));
      const from = order.storeId;
      const at = this.now;
      // Where it could go is read first (no locks: `from` is excluded, so giving its stock back changes nothing
      // there). Then the stock rows of this store and of every candidate are locked in one statement, in (store,
      // SKU) order: two stores rejecting towards each other would otherwise each hold their own rows and wait for
      // the other's.
      const anchor =
        order.fulfilment === 'DELIVERY' && order.deliveryLat !== null
          ? { lat: order.deliveryLat, lng: order.deliveryLng! }
          : (await storeLocation(tx, order.clusterId, from))!;
      const routing = new RoutingService(tx, this.deps.config, this.deps.clock);
      const candidates = await routing.nextStores(anchor, order.fulfilment, lines, [...order.rejectedStoreIds, from], order.clusterId);
      await lockStock(
        tx,
        order.clusterId,
        [from, ...candidates.map((c) => c.storeId)].flatMap((storeId) => lines.map((l) => ({ storeId, skuId: l.skuId }))),
      );
      await releaseStock(tx, { clusterId: order.clusterId, storeId: from, lines, orderRef: order.id, actor: actor.name, at });
      for (const next of candidates) {
        const short = await reserveStock(tx, {
          clusterId: order.clusterId,
          storeId: next.storeId,
          lines,
          orderRef: order.id,
          actor: actor.name,
          at,
        });
        if (short) continue;
        const acceptBy = new Date(at.getTime() + this.deps.config.acceptTimeoutMin * 60_000);
        await applyStep(
          tx,
          order,
          { to: OrderState.PAID, event: OrderEvent.REROUTE, actor: actor.name, reason: `${reason}; moved to another store`, at },
          { storeId: next.storeId, rejectStore: from, distanceM: Math.round(next.distanceM), acceptBy },
        );
        await this.notifyListeners(tx, { order, from: OrderState.PAID, transition: check.transition, actor, at, movedFrom: from }, effects);
        effects.job('accept-timeout', { orderId: order.id, storeId: next.storeId }, acceptBy);
        effects.storeEvent(StoreOrderEventKind.REROUTED_OUT, order.id, from, OrderState.PAID, at);
        effects.storeEvent(StoreOrderEventKind.REROUTED_IN, order.id, next.storeId, OrderState.PAID, at);
        return { ok: true, order };
      }
      // Nowhere left: the stock is already back at the store, so refund without releasing it again.
      await markStockReleased(tx, order, from);
      return this.refundLocked(
        tx,
        order,
        undefined,
        { kind: 'SYSTEM', name: actor.name },
        `${reason}; no other store can serve it`,
        effects,
        true,
      );
    });
  }

  /**
   * Refunds some lines, or the whole order when `lines` is omitted or covers everything left. `alongside` runs in
   * the same transaction once the refund is written (after-sales marks its request approved there), under the
   * order lock; throwing from it rolls the refund back.
   */
  async refund(
    orderId: string,
    lines: { lineId: string; quantity: number }[] | undefined,
    actor: StepActor,
    reason: string,
    visible: Visibility = everyone,
    alongside?: (tx: EntityManager, order: OrderView, refundId: string, effects: Effects) => Promise<void>,
  ): Promise<StepOutcome> {
    return this.inStep(orderId, visible, async (tx, order, effects) => {
      const outcome = await this.refundLocked(tx, order, lines, actor, reason, effects);
      if (outcome.ok && alongside) await alongside(tx, order, outcome.refundId!, effects);
      return outcome;
    });
  }

  private async refundLocked(
    tx: EntityManager,
    order: OrderView,
    request: { lineId: string; quantity: number }[] | undefined,
    actor: StepActor,
    reason: string,
    effects: Effects,
    /** The hold was already given back (a re-route that found no store). */
    releasedBefore = false,
  ): Promise<StepOutcome> {
    const check = checkTransition(order.state, OrderEvent.REFUND, order.fulfilment, actor.kind);
    if (!check.ok) return { ok: false, kind: 'REFUND_NOT_ALLOWED', message: check.message };
    const lines = await orderLines(tx, order.id);
    const plan = planRefund(
      lines.map((l) => ({ ...l, lineId: l.id })),
      order,
      request,
    );
    if (!plan.ok) return { ok: false, kind: 'REFUND_NOT_ALLOWED', message: plan.message };
    const at = this.now;
    const from = order.state;
    const restock = order.stock === 'HELD' || releasedBefore;
    if (plan.whole) {
      await this.step(tx, order, check.transition, actor, reason, effects);
    } else if (order.stock === 'HELD') {
      const give = plan.lines.map((p) => ({ skuId: lines.find((l) => l.id === p.lineId)!.skuId, quantity: p.quantity }));
      await releaseStock(tx, {
        clusterId: order.clusterId,
        storeId: order.storeId,
        lines: give,
        orderRef: order.id,
        actor: actor.name,
        at,
      });
    }
    // The refund's id carries the order's cluster: the provider's answer finds its row by it.
    const refundId = newClusterId(order.clusterId);
    await insertRefund(tx, order, {
      id: refundId,
      amountFen: plan.amountFen,
      lines: plan.lines,
      restocked: restock,
      reason,
      actor: actor.name,
      at,
    });
    // The points that paid the refunded units go back; the coupon by its declared rule (the whole checkout refunded).
    if (plan.points > 0) await returnRefundPoints(tx, { shopperId: order.shopperId, orderId: order.id, refundId, points: plan.points, at });
    if (plan.whole && order.discountFen > 0) await returnCouponIfAllRefunded(tx, order.checkoutId);
    const refund = { id: refundId, amountFen: plan.amountFen, whole: plan.whole };
    await this.notifyListeners(tx, { order, from, transition: check.transition, actor, at, refund }, effects);
    effects.submitRefund(refundId);
    return { ok: true, order, refundId };
  }
}

/** What is still on the order: quantities not refunded yet. */
function remaining(lines: LockedLine[]) {
  return lines.filter((l) => l.quantity > l.refundedQuantity).map((l) => ({ skuId: l.skuId, quantity: l.quantity - l.refundedQuantity }));
}
