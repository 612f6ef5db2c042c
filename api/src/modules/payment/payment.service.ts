// Taking the money: prepay parameters for the mini-program, and the notification webhook that turns a
// successful WeChat Pay transaction into paid orders, exactly once however often WeChat repeats it.
import { randomUUID } from 'node:crypto';
import { newClusterId } from '../../common/cluster';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../common/clock';
import { UUID } from '../../common/sql';
import type { Config } from '../../common/config';
import type { Jobs } from '../../common/queues';
import { Shopper } from '../auth/auth.entity';
import { transactionWithEffects, type Effects, type StoreEventPublisher } from '../../common/effects';
import { Checkout, CheckoutState } from '../order/order.entity';
import { CheckoutNotFoundError, PaymentUnavailableError } from '../order/order.errors';
import { OrderSteps, type StepConfig } from '../order/order-steps';
import { lockCheckout, lockCheckoutOrders } from '../order/order.repository';
import { retakeExpiredFlashCheckout } from '../order/late-flash-payment';
import { markCheckoutRevived } from '../order/late-payment.repository';
import { isMembershipTrade, MembershipPurchaseService } from './membership-purchase.service';
import { notifyUrl, type PaymentProvider } from './payment-provider';
import { insertLatePaymentRefund, insertPaymentEvent, markCheckoutPaid, setPrepay, transactionPaysAnother } from './payment.repository';
import { CheckoutNotPayableError, PaymentParams } from './payment.types';
import { isValidOutTradeNo } from './wechatpay/wechatpay-crypto';
import { clusterFilter } from '../../common/cluster';
import {
  decryptNotificationResource,
  parseNotificationBody,
  verifyNotification,
  type HeaderBag,
  type WechatTransaction,
} from './wechatpay/notification';

export interface PaymentDeps {
  config: StepConfig & Pick<Config, 'publicUrl' | 'paymentMinAheadMs' | 'paymentTimeoutMin' | 'paymentFeeBp' | 'chainTimeZone'>;
  clock: Clock;
  jobs: Jobs;
  publisher: StoreEventPublisher;
  /** The outbox relay, told after a commit that wrote after-commit work. */
  outbox?: { kick(): void };
  payments: PaymentProvider;
}

export interface WebhookReply {
  status: number;
  body?: { code: string; message: string };
}

export type TransactionOutcome =
  | 'PAID'
  /** A flash checkout paid after its unpaid expiry, whose goods and unit could be taken again. */
  | 'PAID_AFTER_EXPIRY'
  | 'DUPLICATE'
  | 'LATE_PAYMENT_REFUNDED'
  | 'UNKNOWN_TRADE'
  | 'AMOUNT_MISMATCH'
  | 'CURRENCY_MISMATCH'
  | 'MERCHANT_MISMATCH'
  /** The transaction pays another checkout, or this checkout was paid by another transaction. */
  | 'TRANSACTION_MISMATCH'
  | 'NOT_SUCCESS';

/** WeChat retries anything that is not 2xx; a failure reply must say FAIL with a reason. */
const fail = (status: number, message: string): WebhookReply => ({ status, body: { code: 'FAIL', message } });

export class PaymentService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: PaymentDeps,
  ) {}

  /** The parameters for wx.requestPayment; asks WeChat for a prepay id once, then reuses it while valid. */
  async payCheckout(shopperId: string, checkoutId: string) {
    const checkout = UUID.test(checkoutId)
      ? await this.em.findOne(Checkout, { ...clusterFilter([checkoutId]), id: checkoutId, shopperId })
      : null;
    if (!checkout) return CheckoutNotFoundError.of(checkoutId);
    const now = this.deps.clock.now();
    if (checkout.state !== CheckoutState.PENDING_PAYMENT)
      return CheckoutNotPayableError.of(checkout, `This checkout is ${checkout.state.toLowerCase().replace('_', ' ')}`);
    // WeChat wants time_expire at least a minute ahead; later than that the timeout job cancels anyway.
    const ahead = this.deps.config.paymentMinAheadMs;
    if (checkout.paymentExpiresAt.getTime() - now.getTime() < ahead)
      return CheckoutNotPayableError.of(checkout, 'The payment window has closed');
    let prepayId = checkout.prepayId;
    if (!prepayId || !checkout.prepayExpiresAt || checkout.prepayExpiresAt.getTime() - now.getTime() < ahead) {
      const shopper = await this.em.findOneOrFail(Shopper, { id: shopperId });
      try {
        ({ prepayId } = await this.deps.payments.prepay({
          outTradeNo: checkout.outTradeNo,
          description: 'Linli 邻里 order',
          totalFen: checkout.totalFen,
          openid: shopper.openid,
          expiresAt: checkout.paymentExpiresAt,
          notifyUrl: notifyUrl(this.deps.config),
        }));
      } catch (err) {
        console.error('[payment] prepay failed', checkout.outTradeNo, err);
        return PaymentUnavailableError.of('WeChat Pay did not answer; try paying again');
      }
      // A prepay id is valid for two hours.
      await setPrepay(this.em, checkout.id, prepayId, new Date(now.getTime() + 2 * 3600_000));
    }
    return Object.assign(new PaymentParams(), {
      checkoutId: checkout.id,
      totalFen: checkout.totalFen,
      ...this.deps.payments.paymentParams(prepayId),
    });
  }

  /** POST /payments/wechat/notify: verify, decrypt, apply; every attempt is recorded in payment_event. */
  async handleNotification(headers: HeaderBag, rawBody: string): Promise<WebhookReply> {
    const now = this.deps.clock.now();
    const verdict = verifyNotification({ headers, rawBody, keys: this.deps.payments.notificationKeys, now });
    if (!verdict.ok) {
      await this.record({ outcome: `REJECTED_${verdict.reason}`, detail: rawBody.slice(0, 500) });
      return fail(401, `signature check failed: ${verdict.reason}`);
    }
    let notificationId: string | undefined;
    let eventType: string | undefined;
    let resource: WechatTransaction;
    try {
      const notification = parseNotificationBody(rawBody);
      notificationId = notification.id;
      eventType = notification.event_type;
      resource = decryptNotificationResource<WechatTransaction>(notification, this.deps.payments.apiV3Key);
      // PostgreSQL text cannot hold NUL, and no field WeChat sends has one: such a resource is unreadable, not a 500.
      if (hasNul(resource)) throw new Error('NUL character in the resource');
      if (!isValidOutTradeNo(resource.out_trade_no)) throw new Error('out_trade_no malformed');
    } catch (err) {
      await this.record({ outcome: 'REJECTED_UNREADABLE', notificationId, eventType, detail: (err as Error).message });
      return fail(400, 'unreadable notification');
    }
    if (eventType !== 'TRANSACTION.SUCCESS') {
      // Refund results arrive here too; refunds are confirmed by the refund job, which asks the provider.
      await this.record({ outcome: 'IGNORED', notificationId, eventType, outTradeNo: resource.out_trade_no });
      return { status: 204 };
    }
    const outcome = isMembershipTrade(resource.out_trade_no)
      ? await this.applyMembership(resource, { notificationId, eventType })
      : await this.applyTransaction(resource, { notificationId, eventType });
    switch (outcome) {
      case 'PAID':
      case 'PAID_AFTER_EXPIRY':
      case 'DUPLICATE':
      case 'LATE_PAYMENT_REFUNDED':
        return { status: 204 };
      case 'UNKNOWN_TRADE':
        return fail(404, 'unknown out_trade_no');
      default:
        return fail(400, outcome);
    }
  }

  /**
   * Applies a WeChat transaction to its checkout: from the webhook, or from the timeout job when closing
   * found the trade already paid. The checkout row lock makes concurrent duplicates wait, then see PAID.
   */
  async applyTransaction(trade: WechatTransaction, source: { notificationId?: string; eventType?: string }): Promise<TransactionOutcome> {
    const steps = new OrderSteps(this.em, this.deps);
    const outcome = await transactionWithEffects(this.em, this.deps, async (tx, effects): Promise<TransactionOutcome> => {
      // The checkout first, then its orders (payCheckoutOrders): the global lock order (common/lock-order.ts).
      const c = await lockCheckout(tx, { outTradeNo: trade.out_trade_no });
      if (!c) return 'UNKNOWN_TRADE';
      if (trade.mchid !== this.deps.payments.mchId || trade.appid !== this.deps.payments.appId) return 'MERCHANT_MISMATCH';
      if (trade.trade_state !== 'SUCCESS') return 'NOT_SUCCESS';
      if (trade.amount?.total !== c.totalFen) return 'AMOUNT_MISMATCH';
      if (trade.amount.currency !== 'CNY') return 'CURRENCY_MISMATCH';
      // WeChat pays one out_trade_no with one transaction: any other pairing is forged or misdirected.
      if (c.transactionId) return c.transactionId === trade.transaction_id ? 'DUPLICATE' : 'TRANSACTION_MISMATCH';
      if (!trade.transaction_id || (await transactionPaysAnother(tx, trade.transaction_id, c.id))) return 'TRANSACTION_MISMATCH';
      const paidAt = trade.success_time ? new Date(trade.success_time) : this.deps.clock.now();
      await markCheckoutPaid(tx, c.id, { transactionId: trade.transaction_id, paidFen: trade.amount.total, at: paidAt });
      if (c.state === 'PENDING_PAYMENT') {
        await steps.payCheckoutOrders(tx, c.id, effects, c.groupId);
        // The after-purchase gift, once per paid checkout: the job finds nothing to do when no template offers one.
        effects.job('coupon-gift', { checkoutId: c.id });
        return 'PAID';
      }
      // Paid after the payment timeout cancelled a flash checkout: its goods, unit and buyers' counters are taken
      // again when they still can be, and the checkout goes on as paid.
      if ((await retakeExpiredFlashCheckout(tx, c.id, 'system:wechatpay', this.deps.clock.now())) === 'TAKEN') {
        await markCheckoutRevived(tx, c.id);
        await steps.payCheckoutOrders(tx, c.id, effects);
        effects.job('coupon-gift', { checkoutId: c.id });
        return 'PAID_AFTER_EXPIRY';
      }
      // Paid after we cancelled it (the close lost the race): the goods are gone, so the money goes back.
      await this.refundLatePayment(tx, c.id, effects);
      return 'LATE_PAYMENT_REFUNDED';
    }).catch((err: { code?: string; constraint?: string }) => {
      // Two checkouts claiming one transaction at the same moment: the unique index lets one through.
      if (err.code === '23505' && err.constraint === 'checkout_transaction_id') return 'TRANSACTION_MISMATCH' as const;
      throw err;
    });
    await this.record({
      outcome,
      notificationId: source.notificationId,
      eventType: source.eventType,
      outTradeNo: trade.out_trade_no,
      transactionId: trade.transaction_id,
    });
    return outcome;
  }

  /** A membership purchase's trade (付费会员): its own payable, applied exactly once like a checkout's. */
  private async applyMembership(trade: WechatTransaction, source: { notificationId?: string; eventType?: string }) {
    const outcome = await new MembershipPurchaseService(this.em, this.deps).applyTransaction(trade).catch((err: { code?: string }) => {
      // Two purchases claiming one transaction at the same moment: the unique index lets one through.
      if (err.code === '23505') return 'TRANSACTION_MISMATCH' as const;
      throw err;
    });
    await this.record({ outcome, ...source, outTradeNo: trade.out_trade_no, transactionId: trade.transaction_id });
    return outcome;
  }

  private async refundLatePayment(tx: EntityManager, checkoutId: string, effects: Effects): Promise<void> {
    const orders = (await lockCheckoutOrders(tx, checkoutId)).filter((o) => o.totalFen > 0);
    for (const o of orders) {
      const refundId = newClusterId(o.clusterId);
      await insertLatePaymentRefund(tx, {
        id: refundId,
        orderId: o.id,
        clusterId: o.clusterId,
        checkoutId,
        amountFen: o.totalFen,
        at: this.deps.clock.now(),
      });
      effects.submitRefund(refundId);
    }
  }

  private async record(raw: {
    outcome: string;
    notificationId?: string;
    eventType?: string;
    outTradeNo?: string;
    transactionId?: string;
    detail?: string;
  }) {
    // What was sent is kept as sent, except NUL (PostgreSQL text cannot hold it): a refusal is recorded, never a 500.
    const e = Object.fromEntries(
      Object.entries(raw).map(([k, v]) => [k, typeof v === 'string' ? v.replace(/\0/g, '\\u0000') : v]),
    ) as typeof raw;
    if (e.outcome.startsWith('REJECTED') || e.outcome.endsWith('MISMATCH'))
      console.warn('[payment] notification refused:', e.outcome, e.outTradeNo ?? '');
    await insertPaymentEvent(this.em, {
      id: randomUUID(),
      at: this.deps.clock.now(),
      notificationId: e.notificationId ?? null,
      eventType: e.eventType ?? null,
      outTradeNo: e.outTradeNo ?? null,
      transactionId: e.transactionId ?? null,
      outcome: e.outcome,
      detail: e.detail ?? null,
    });
  }
}

/** Whether any string in a parsed JSON value holds a NUL character. */
function hasNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\0');
  if (Array.isArray(value)) return value.some(hasNul);
  if (value && typeof value === 'object') return Object.entries(value).some(([k, v]) => k.includes('\0') || hasNul(v));
  return false;
}
