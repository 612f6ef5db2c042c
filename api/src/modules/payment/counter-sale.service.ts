// The counter sale (收银): the clerk's cart priced by the one pipeline (channel COUNTER; a scanned member's line
// prices, counter coupons and points), its stock held at this store and its promotions taken in one transaction
// (the checkout's own placing statement: never oversold), the money taken (cash, card, or the shopper's WeChat
// payment code with query-then-reverse when the answer stays open), then paid and handed over in one step of the
// order state machine (COUNTER_SALE), so the ledger, the splits and the member's points follow as for any order.
// A refusal at any point leaves nothing behind: the hold and the promotions are released with the checkout.
import { newClusterId } from '../../common/cluster';
import { setTimeout as sleep } from 'node:timers/promises';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badUserInput } from '../../common/errors';
import type { Config } from '../../common/config';
import { transactionWithEffects } from '../../common/effects';
import { transaction } from '../../common/sql';
import { WALK_IN_SHOPPER_ID, type OrderView } from '../../common/order-view';
import { UnknownSkuError } from '../inventory/inventory.errors';
import { COUNTER_MEMBER_TTL_MS, openCounterMember, sealCounterMember } from '../member/counter-member';
import type { MemberCodeService } from '../member/member.service';
import { priceAtCounter, type CounterAsk } from '../order/checkout-pricing';
import type { CheckoutQuoteService } from '../order/checkout-quote.service';
import { placeCheckout, type CounterTender, type NewCheckout, type NewOrder, type PlaceOutcome } from '../order/checkout.repository';
import { newOutTradeNo, takeCheckoutPromotions } from '../order/checkout.service';
import { asCustomerOrder, Checkout, CustomerOrder } from '../order/order.entity';
import { IdempotencyKeyReusedError, OutOfStockError, PriceChangedError } from '../order/order.errors';
import { lockCheckout } from '../order/order.repository';
import { OrderSteps } from '../order/order-steps';
import type { PriceBook } from '../order/price-book';
import type { LevelBook } from '../member/level-book';
import type { CampaignBook } from '../promotion/campaign-book';
import { PromotionGone } from '../promotion/checkout-promotions';
import { pointsBalanceOf } from '../promotion/promotion.repository';
import { CouponNotUsableError, CouponProblem } from '../promotion/promotion.errors';
import { normaliseLines } from '../routing/routing-rules';
import type { CounterCartInput, CounterSaleInput } from './counter-sale.types';
import {
  CashShortError,
  ClerkDiscountProblem,
  ClerkDiscountRefusedError,
  CounterMember,
  CounterSaleDone,
  MemberSessionExpiredError,
  PaymentCodeInvalidError,
  PaymentDeclinedError,
  PaymentUncertainError,
} from './counter-sale.types';
import type { PaymentDeps } from './payment.service';
import { markCheckoutPaid, setPrepay, transactionPaysAnother } from './payment.repository';
import type { WechatTransaction } from './wechatpay/notification';
import { recordStaffAudit } from '../auth/staff-audit';
import { staffDiscountGrant } from '../auth/staff.repository';
import { CheckoutQuote } from '../order/checkout-quote.types';
import { clerkDiscountCap, clerkDiscountNotes, clerkDiscountTaken, type ClerkDiscountGrant } from '../pricing/clerk-discount';
import { yuan } from '../pricing/yuan';

/** The clerk's discounts on a priced sale, over what HQ granted them: the refusal (nothing is held yet). */
function overCap(ask: ClerkAsk, applied: readonly { kind: string; amountFen: number }[], goodsFen: number) {
  if (!ask.grant) return undefined;
  const { takenFen, baseFen } = clerkDiscountTaken(applied, goodsFen);
  const capFen = clerkDiscountCap(ask.grant, baseFen);
  return takenFen > capFen ? ClerkDiscountRefusedError.of(ClerkDiscountProblem.OVER_CAP, capFen, takenFen) : undefined;
}

export interface CounterSaleDeps extends PaymentDeps {
  config: PaymentDeps['config'] & Pick<Config, 'counterCodePoll' | 'paymentTimeoutMin'>;
  priceBook: PriceBook;
  campaignBook: CampaignBook;
  /** Member levels and paid membership: a scanned member's benefits price the counter cart as they do online. */
  levelBook: LevelBook;
  memberSealKey: Buffer;
}

/** The clerk at their store. */
export interface CounterClerk {
  storeId: string;
  actor: string;
  /** The staff member: their grant decides the 改价 and 整单折扣 they may give. */
  staffId: string;
}

/** A counter cart asked with the clerk's discounts and what HQ granted the clerk. */
type ClerkAsk = CounterAsk & { grant?: ClerkDiscountGrant; reasons?: { lines: Map<string, string>; order: string | null } };

/** A WeChat payment code: 18 digits, 10–15 first (Alipay's 25–30 and member codes, 96…, are told apart by this). */
export const WECHAT_PAYMENT_CODE = /^1[0-5][0-9]{16}$/;

export class CounterSaleService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: CounterSaleDeps,
    private readonly memberCodes: MemberCodeService,
    private readonly quotes: CheckoutQuoteService,
  ) {}

  private get now() {
    return this.deps.clock.now();
  }

  /** The member code scanned at the counter (used up, as at sign-up) becomes a token for this sale. */
  async scanMember(clerk: CounterClerk, memberCode: string) {
    const redeemed = await this.memberCodes.redeem(memberCode, { storeId: clerk.storeId, by: clerk.actor });
    if (!('shopperId' in redeemed)) return redeemed;
    const expiresAt = new Date(this.now.getTime() + COUNTER_MEMBER_TTL_MS);
    return Object.assign(new CounterMember(), {
      memberToken: sealCounterMember(this.deps.memberSealKey, { shopperId: redeemed.shopperId, storeId: clerk.storeId, expiresAt }),
      points: await pointsBalanceOf(this.em, redeemed.shopperId),
      expiresAt,
    });
  }

  async quote(clerk: CounterClerk, cart: CounterCartInput) {
    const ask = await this.ask(clerk, cart);
    if (ask instanceof MemberSessionExpiredError || ask instanceof ClerkDiscountRefusedError) return ask;
    const quote = await this.quotes.quoteAtCounter(ask);
    if (quote instanceof CheckoutQuote) return overCap(ask, quote.applied, quote.goodsFen) ?? quote;
    return quote;
  }

  async sell(clerk: CounterClerk, input: CounterSaleInput) {
    const pay = input.payment;
    const authCode = pay.method === 'WECHAT_CODE' ? (pay.authCode ?? '').replace(/\s/g, '') : null;
    if (authCode !== null && !WECHAT_PAYMENT_CODE.test(authCode)) return PaymentCodeInvalidError.of();
    if (pay.method === 'CASH' && (pay.tenderedFen === null || pay.tenderedFen === undefined))
      throw badUserInput('CASH needs tenderedFen (what the customer handed over)', 'payment.tenderedFen');
    const ask = await this.ask(clerk, input);
    if (ask instanceof MemberSessionExpiredError || ask instanceof ClerkDiscountRefusedError) return ask;
    const shopperId = ask.member?.shopperId ?? WALK_IN_SHOPPER_ID;
    const earlier = await this.em.findOne(Checkout, { shopperId, idempotencyKey: input.idempotencyKey });
    if (earlier) return this.replay(earlier);

    // A price or a promotion that changed since it was read costs one more try, priced afresh.
    let fresh = false;
    for (let attempt = 0; attempt < 3; attempt++) {
      const priced = await this.price(ask, input, fresh);
      if (!Array.isArray(priced)) {
        if (priced === 'STALE' && !fresh) {
          fresh = true;
          continue;
        }
        return priced === 'STALE' ? this.stale(ask, input) : priced;
      }
      const [checkout, orders] = priced;
      const placed = await this.place(checkout, orders, clerk.actor);
      if (placed.kind === 'STALE_PRICES' || placed.kind === 'PROMOTION_GONE') {
        fresh = true;
        continue;
      }
      if (placed.kind === 'DUPLICATE')
        return this.replay(await this.em.fork().findOneOrFail(Checkout, { shopperId, idempotencyKey: input.idempotencyKey }));
      if (placed.kind === 'SHORT') return OutOfStockError.of(placed.storeId, placed.lines);
      return this.takeMoney(clerk, checkout, authCode, (tx) => this.auditDiscounts(tx, clerk, ask, orders));
    }
    throw new Error('counter sale: prices kept changing while the sale was placed');
  }

  /** The cart's lines, merged, and the member behind the token (the pricing reads their level and paid membership). */
  private async ask(
    clerk: CounterClerk,
    cart: CounterCartInput,
  ): Promise<ClerkAsk | MemberSessionExpiredError | ClerkDiscountRefusedError> {
    const normalised = normaliseLines(cart.lines);
    if (!normalised.ok) throw badUserInput(normalised.message, 'lines');
    let member: CounterAsk['member'];
    if (cart.memberToken) {
      const shopperId = openCounterMember(this.deps.memberSealKey, cart.memberToken, clerk.storeId, this.now);
      if (!shopperId) return MemberSessionExpiredError.of();
      member = { shopperId };
    }
    const ask: ClerkAsk = { storeId: clerk.storeId, lines: normalised.lines, member, couponId: cart.couponId, usePoints: cart.usePoints };
    const linePrices = cart.linePrices ?? [];
    const off = cart.orderDiscount;
    if (linePrices.length === 0 && !off) return ask;
    if (off && (off.offBp == null) === (off.offFen == null))
      throw badUserInput('orderDiscount takes one of offBp and offFen', 'orderDiscount');
    if (linePrices.some((p) => !normalised.lines.some((l) => l.skuId === p.skuId)))
      throw badUserInput('linePrices names a SKU that is not in the cart', 'linePrices');
    if (new Set(linePrices.map((p) => p.skuId)).size < linePrices.length) throw badUserInput('linePrices names a SKU twice', 'linePrices');
    // The grant is read at each sale: HQ's withdrawal takes effect at once.
    const grant = await staffDiscountGrant(this.em, clerk.staffId);
    if (!grant) return ClerkDiscountRefusedError.of(ClerkDiscountProblem.NO_PERMISSION);
    ask.clerkDiscount = {
      staffId: clerk.staffId,
      linePrices: linePrices.map((p) => ({ skuId: p.skuId, unitPriceFen: p.unitPriceFen })),
      orderOff: off ? { offBp: off.offBp ?? undefined, offFen: off.offFen ?? undefined } : undefined,
    };
    ask.grant = grant;
    ask.reasons = { lines: new Map(linePrices.map((p) => [p.skuId, p.reason])), order: off?.reason ?? null };
    return ask;
  }

  /** Who gave which discount, on which line, from what to what, and why: one entry each in HQ's staff audit log. */
  private async auditDiscounts(tx: EntityManager, clerk: CounterClerk, ask: ClerkAsk, orders: readonly NewOrder[]) {
    if (!ask.clerkDiscount) return;
    const at = this.now;
    for (const o of orders) {
      const ref = `#${o.id.slice(0, 8).toUpperCase()}`;
      for (const n of clerkDiscountNotes(o.lines.map((l) => ({ ...l, adjustments: l.adjustments ?? [] })))) {
        let detail: string;
        if (n.kind === 'CLERK_PRICE') {
          detail = `改价 ${ref} ${n.name} ${yuan(n.fromFen)}→${yuan(n.toFen)} ×${n.quantity}（-${yuan(n.amountFen)}）原因：${ask.reasons!.lines.get(n.skuId!) ?? ''}`;
        } else {
          const off = ask.clerkDiscount.orderOff!;
          const how = off.offBp ? `${(10 - off.offBp / 1000).toFixed(1).replace(/\.0$/, '')}折` : yuan(off.offFen!);
          detail = `整单折扣 ${ref} ${how} ${yuan(n.fromFen)}→${yuan(n.toFen)}（-${yuan(n.amountFen)}）原因：${ask.reasons!.order ?? ''}`;
        }
        await recordStaffAudit(tx, at, { action: n.kind, actor: clerk.actor, staffId: clerk.staffId, storeId: clerk.storeId, detail });
      }
    }
  }

  private async price(
    ask: ClerkAsk,
    input: CounterSaleInput,
    fresh: boolean,
  ): Promise<[NewCheckout, NewOrder[]] | 'STALE' | UnknownSkuError | CouponNotUsableError | CashShortError | ClerkDiscountRefusedError> {
    const pricing = await priceAtCounter(
      this.em,
      { priceBook: this.deps.priceBook, campaigns: this.deps.campaignBook, levels: this.deps.levelBook },
      this.now,
      ask,
      fresh,
    );
    const routed = pricing.outcome;
    if (routed instanceof UnknownSkuError) return pricing.cached ? 'STALE' : routed;
    if (routed instanceof CouponNotUsableError) return routed;
    const { priced, asked, terms } = routed;
    const refused = asked.coupon && priced.notApplied.find((n) => n.kind === 'COUPON');
    if (refused) return CouponNotUsableError.of(ask.couponId!, refused.code as CouponProblem, refused.message, refused.shortFen);
    const capped = overCap(ask, priced.applied, priced.goodsFen);
    if (capped) return capped;
    // A total that is not the one shown is refused on figures read just now (the caller prices afresh first).
    if (input.expectedTotalFen !== priced.totalFen) return 'STALE';
    const pay = input.payment;
    if (pay.method === 'CASH' && pay.tenderedFen! < priced.totalFen) return CashShortError.of(priced.totalFen, pay.tenderedFen!);
    const now = this.now;
    const tender: CounterTender = pay.method;
    // The clerk's store: one store, one city cluster.
    const clusterId = terms.get(ask.storeId)!.clusterId;
    const checkout: NewCheckout = {
      id: newClusterId(clusterId),
      shopperId: ask.member?.shopperId ?? WALK_IN_SHOPPER_ID,
      idempotencyKey: input.idempotencyKey,
      requestHash: `counter:${input.idempotencyKey}`,
      fulfilment: 'PICKUP',
      goodsFen: priced.goodsFen,
      deliveryFeeFen: 0,
      discountFen: priced.discountFen,
      pointsFen: priced.pointsFen,
      pointsUsed: priced.pointsUsed,
      couponId: asked.coupon && priced.applied.some((a) => a.kind === 'COUPON') ? asked.coupon.id : null,
      deliveryAdjustments: [],
      totalFen: priced.totalFen,
      outTradeNo: newOutTradeNo(now, clusterId),
      clusterId,
      // Within this request the money is taken or the hold released; the deadline sweeper is the net under it.
      paymentExpiresAt: new Date(now.getTime() + this.deps.config.paymentTimeoutMin * 60_000),
      createdAt: now,
      counter: {
        tender,
        tenderedFen: pay.method === 'CASH' ? pay.tenderedFen! : null,
        changeFen: pay.method === 'CASH' ? pay.tenderedFen! - priced.totalFen : null,
      },
    };
    const orders: NewOrder[] = priced.orders.map((o) => ({
      ...o,
      id: newClusterId(clusterId),
      quotedTerms: terms.get(o.storeId)!,
      contactName: '到店顾客',
      contactPhone: '',
      address: null,
      deliveryLat: null,
      deliveryLng: null,
      scheduledAt: null,
      remark: null,
    }));
    return [checkout, orders];
  }

  /** The total the clerk showed is not what it costs now (priced afresh): the current figures, nothing held. */
  private async stale(ask: CounterAsk, input: CounterSaleInput) {
    const pricing = await priceAtCounter(
      this.em,
      { priceBook: this.deps.priceBook, campaigns: this.deps.campaignBook, levels: this.deps.levelBook },
      this.now,
      ask,
      true,
    );
    const routed = pricing.outcome;
    if (routed instanceof UnknownSkuError || routed instanceof CouponNotUsableError) return routed;
    const p = routed.priced;
    return PriceChangedError.of({
      expectedTotalFen: input.expectedTotalFen,
      goodsFen: p.goodsFen,
      deliveryFeeFen: 0,
      totalFen: p.totalFen,
      lines: p.orders.flatMap((o) => o.lines.map((l) => ({ skuId: l.skuId, unitPriceFen: l.unitPriceFen, quantity: l.quantity }))),
    });
  }

  /** The checkout's placing statement (stock held under row locks, never oversold) and its promotions, in one transaction. */
  private async place(checkout: NewCheckout, orders: NewOrder[], actor: string): Promise<PlaceOutcome | { kind: 'PROMOTION_GONE' }> {
    try {
      return await transaction(this.em, async (tx) => {
        const placed = await placeCheckout(tx, checkout, orders, actor);
        if (placed.kind === 'PLACED') await takeCheckoutPromotions(tx, checkout, orders);
        return placed;
      });
    } catch (err) {
      if (err instanceof PromotionGone) return { kind: 'PROMOTION_GONE' };
      throw err;
    }
  }

  /** Takes the money by the tender asked; completes the sale when it is taken, releases everything when it is not. */
  private async takeMoney(clerk: CounterClerk, c: NewCheckout, authCode: string | null, audit: (tx: EntityManager) => Promise<void>) {
    if (!authCode) return this.complete(c, null, clerk, audit);
    // scene_info.store_info.out_id: our store id, 32 hex digits.
    const paid = await this.takeCode(c, authCode, clerk.storeId.replace(/-/g, ''));
    if ('transactionId' in paid) return this.complete(c, paid.transactionId, clerk, audit);
    if (paid instanceof PaymentUncertainError) {
      // WeChat never said; the trade is left to the reconcile sweep, which asks again and refunds it if it was paid.
      await setPrepay(this.em, c.id, `codepay:${c.outTradeNo}`, c.paymentExpiresAt);
    }
    await new OrderSteps(this.em, this.deps).cancelCheckout(
      c.id,
      { kind: 'SYSTEM', name: 'system:counter' },
      `counter payment: ${paid.message}`,
    );
    return paid;
  }

  /**
   * 付款码: charge, and when the answer is open (the shopper confirming, a timeout, a system error) ask WeChat a few
   * times; with no final answer, reverse the trade (撤销: unpaid is closed, paid is returned), retrying as WeChat asks.
   */
  private async takeCode(
    c: NewCheckout,
    authCode: string,
    storeCode: string,
  ): Promise<{ transactionId: string } | PaymentDeclinedError | PaymentUncertainError> {
    const { payments } = this.deps;
    const { intervalMs, tries } = this.deps.config.counterCodePoll;
    const answer = await payments
      .codePay({ outTradeNo: c.outTradeNo, authCode, totalFen: c.totalFen, description: '邻里便利 门店收银', storeCode })
      .catch((err: Error) => ({ state: 'UNKNOWN' as const, message: err.message }));
    if (answer.state === 'FAILED') return PaymentDeclinedError.of(answer.code, answer.message);
    if (answer.state === 'SUCCESS') {
      const ok = await this.trusted(c, answer.transaction);
      if (ok) return ok;
    } else {
      for (let i = 0; i < tries; i++) {
        await sleep(intervalMs);
        const trade = await payments.query(c.outTradeNo).catch(() => undefined);
        if (trade?.trade_state === 'SUCCESS') {
          const ok = await this.trusted(c, trade);
          if (ok) return ok;
          break;
        }
        if (trade && trade.trade_state !== 'USERPAYING') break;
      }
    }
    for (let i = 0; i < tries; i++) {
      if ((await payments.reverse(c.outTradeNo).catch(() => 'RETRY' as const)) === 'REVERSED')
        return PaymentDeclinedError.of('REVERSED', 'The payment was undone (reversed); nothing was charged');
      await sleep(intervalMs);
    }
    return PaymentUncertainError.of(c.outTradeNo);
  }

  /** A payment WeChat reports is taken only when it is this trade, this merchant, this amount, and a transaction no other checkout has. */
  private async trusted(c: NewCheckout, t: WechatTransaction): Promise<{ transactionId: string } | undefined> {
    const p = this.deps.payments;
    const ours =
      t.trade_state === 'SUCCESS' &&
      t.out_trade_no === c.outTradeNo &&
      t.mchid === p.mchId &&
      t.appid === p.appId &&
      t.amount?.total === c.totalFen &&
      t.amount.currency === 'CNY' &&
      !!t.transaction_id &&
      !(await transactionPaysAnother(this.em, t.transaction_id, c.id));
    if (!ours) console.warn('[counter] payment answer refused', c.outTradeNo);
    return ours ? { transactionId: t.transaction_id! } : undefined;
  }

  /** Paid: the checkout marked paid and its order sold and completed, in one transaction (ledger and points with it). */
  private async complete(c: NewCheckout, transactionId: string | null, clerk: CounterClerk, audit: (tx: EntityManager) => Promise<void>) {
    const steps = new OrderSteps(this.em, this.deps);
    const orders = await transactionWithEffects(this.em, this.deps, async (tx, effects) => {
      await lockCheckout(tx, { id: c.id });
      await markCheckoutPaid(tx, c.id, { transactionId, paidFen: c.totalFen, at: this.now });
      // Audited with the sale it was given on (a refused payment gives no discount to audit).
      await audit(tx);
      return steps.completeCounterSale(tx, c.id, { kind: 'CLERK', name: clerk.actor }, effects);
    });
    return this.done(c.shopperId, orders[0]!, c.counter!, false);
  }

  private async done(shopperId: string, order: OrderView, counter: NonNullable<NewCheckout['counter']>, replayed: boolean) {
    return Object.assign(new CounterSaleDone(), {
      order: asCustomerOrder(order),
      tender: counter.tender,
      tenderedFen: counter.tenderedFen,
      changeFen: counter.changeFen ?? 0,
      memberPoints: shopperId === WALK_IN_SHOPPER_ID ? null : await pointsBalanceOf(this.em, shopperId),
      replayed,
    });
  }

  /** The same sale asked again (the tablet lost the answer): the completed sale, never a second charge. */
  private async replay(earlier: Checkout) {
    if (earlier.channel !== 'COUNTER' || earlier.state !== 'PAID') return IdempotencyKeyReusedError.of(earlier.id);
    const order = await this.em.findOneOrFail(CustomerOrder, { clusterId: earlier.clusterId, checkoutId: earlier.id });
    const counter = {
      tender: earlier.tender as CounterTender,
      tenderedFen: earlier.tenderedFen ?? null,
      changeFen: earlier.changeFen ?? null,
    };
    return this.done(earlier.shopperId, order, counter, true);
  }
}
