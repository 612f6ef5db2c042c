// 付费会员 bought and refunded: a purchase is its own payable (a WeChat Pay trade of its own, LM…, no shop order, no
// stock), paid through the same provider and notification webhook as orders. The payment starts the time bought (or
// extends the time running: it starts where that ends), exactly once however often WeChat repeats the notification;
// HQ's refund ends the membership now and gives back each purchase's unused whole days, pro rata, floored to the fen.
// The money is HQ's: posted to the ledger against the purchase, no store's share.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../common/clock';
import type { Config } from '../../common/config';
import { transactionWithEffects } from '../../common/effects';
import { transaction } from '../../common/sql';
import { Shopper } from '../auth/auth.entity';
import { purchaseWindow, proRataRefund } from '../member/paid-plans';
import {
  insertPurchase,
  lockLivePurchases,
  lockPurchaseByTrade,
  markPurchasePaid,
  markPurchaseRefunded,
  planById,
  purchaseOf,
  runningEndOf,
  setPurchasePrepay,
  setRefundState,
  transactionPaysAnotherPurchase,
  type PurchaseRow,
} from '../member/paid-plan.repository';
import { MembershipPaymentParams, MembershipPlanNotFoundError, MembershipRefunded, NothingToRefundError } from '../member/paid-plan.types';
import { toPurchase } from '../member/paid-plan.service';
import { newOutTradeNo } from '../order/checkout.service';
import { PaymentUnavailableError } from '../order/order.errors';
import { membershipEntries, postMembership } from './membership-ledger.repository';
import { notifyUrl, type PaymentProvider } from './payment-provider';
import { transactionPaysAnother } from './payment.repository';
import type { WechatTransaction } from './wechatpay/notification';

/** Trades of membership purchases start LM (orders' start LL): the webhook tells them apart by it. */
export const MEMBERSHIP_TRADE_PREFIX = 'LM';
export const isMembershipTrade = (outTradeNo: string) => outTradeNo.startsWith(MEMBERSHIP_TRADE_PREFIX);

export interface MembershipPurchaseDeps {
  config: Pick<Config, 'publicUrl' | 'paymentTimeoutMin' | 'paymentFeeBp' | 'chainTimeZone'>;
  clock: Clock;
  payments: PaymentProvider;
  /** The outbox relay, told after a refund's commit to send its job now. */
  outbox?: { kick(ids?: readonly string[]): void };
}

/** What a notification did to its purchase (the webhook's outcomes, as for a checkout). */
export type MembershipTradeOutcome =
  | 'PAID'
  | 'DUPLICATE'
  | 'UNKNOWN_TRADE'
  | 'MERCHANT_MISMATCH'
  | 'NOT_SUCCESS'
  | 'AMOUNT_MISMATCH'
  | 'CURRENCY_MISMATCH'
  | 'TRANSACTION_MISMATCH';

export class MembershipPurchaseService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: MembershipPurchaseDeps,
  ) {}

  /** The shopper buys a plan on sale: a new purchase and its wx.requestPayment parameters. */
  async buy(shopperId: string, planId: string) {
    const plan = /^[0-9a-f-]{36}$/i.test(planId) ? await planById(this.em, planId) : undefined;
    if (!plan || !plan.onSale) return MembershipPlanNotFoundError.of();
    const now = this.deps.clock.now();
    const id = randomUUID();
    const outTradeNo = newOutTradeNo(now, MEMBERSHIP_TRADE_PREFIX);
    const paymentExpiresAt = new Date(now.getTime() + this.deps.config.paymentTimeoutMin * 60_000);
    await insertPurchase(this.em, { id, shopperId, plan, outTradeNo, paymentExpiresAt, at: now });
    const shopper = await this.em.findOneOrFail(Shopper, { id: shopperId });
    let prepayId: string;
    try {
      ({ prepayId } = await this.deps.payments.prepay({
        outTradeNo,
        description: `Linli 邻里 ${plan.name}`,
        totalFen: plan.priceFen,
        openid: shopper.openid,
        expiresAt: paymentExpiresAt,
        notifyUrl: notifyUrl(this.deps.config),
      }));
    } catch (err) {
      console.error('[membership] prepay failed', outTradeNo, err);
      return PaymentUnavailableError.of('WeChat Pay did not answer; try again');
    }
    await setPurchasePrepay(this.em, id, prepayId, new Date(now.getTime() + 2 * 3600_000));
    return Object.assign(new MembershipPaymentParams(), {
      purchaseId: id,
      totalFen: plan.priceFen,
      ...this.deps.payments.paymentParams(prepayId),
    });
  }

  /**
   * A successful WeChat transaction for a membership trade, from the webhook. The purchase row lock makes a repeated
   * notification wait for the first and then see it paid (DUPLICATE): one extension per purchase. A payment that comes
   * after the payment window is still honoured: nothing was held for it, and the shopper paid for the time.
   */
  async applyTransaction(trade: WechatTransaction): Promise<MembershipTradeOutcome> {
    return transaction(this.em, async (tx): Promise<MembershipTradeOutcome> => {
      const p = await lockPurchaseByTrade(tx, trade.out_trade_no);
      if (!p) return 'UNKNOWN_TRADE';
      if (trade.mchid !== this.deps.payments.mchId || trade.appid !== this.deps.payments.appId) return 'MERCHANT_MISMATCH';
      if (trade.trade_state !== 'SUCCESS') return 'NOT_SUCCESS';
      if (trade.amount?.total !== p.priceFen) return 'AMOUNT_MISMATCH';
      if (trade.amount.currency !== 'CNY') return 'CURRENCY_MISMATCH';
      if (p.transactionId) return p.transactionId === trade.transaction_id ? 'DUPLICATE' : 'TRANSACTION_MISMATCH';
      if (
        !trade.transaction_id ||
        (await transactionPaysAnotherPurchase(tx, trade.transaction_id, p.id)) ||
        (await transactionPaysAnother(tx, trade.transaction_id, p.id))
      )
        return 'TRANSACTION_MISMATCH';
      const paidAt = trade.success_time ? new Date(trade.success_time) : this.deps.clock.now();
      const window = purchaseWindow(paidAt, await runningEndOf(tx, p.shopperId, paidAt), p.durationDays);
      await markPurchasePaid(tx, { id: p.id, transactionId: trade.transaction_id, paidAt, ...window });
      const entries = membershipEntries(0, p.priceFen, this.deps.config.paymentFeeBp);
      await postMembership(tx, {
        purchaseId: p.id,
        eventKey: 'SALE',
        kind: 'MEMBERSHIP_SALE',
        receivedFen: p.priceFen,
        feeFen: entries.find((e) => e.account === 'FEE')?.amountFen ?? 0,
        entries,
        at: paidAt,
        timeZone: this.deps.config.chainTimeZone,
      });
      return 'PAID';
    });
  }

  /**
   * HQ refunds a member's paid membership: it ends now. Each purchase with time left gives back its unused whole days'
   * share of its price, floored to the fen (a purchase not yet started gives back all of it). The refunds are asked of
   * the provider by the membership-refund-submit job, recorded in the same transaction and retried until it answers.
   */
  async refund(shopperId: string, by: string): Promise<MembershipRefunded | NothingToRefundError> {
    const now = this.deps.clock.now();
    const refunds = await transactionWithEffects(this.em, this.deps, async (tx, effects) => {
      const live = await lockLivePurchases(tx, shopperId, now);
      const done: { purchase: PurchaseRow; refundFen: number }[] = [];
      for (const p of live) {
        const refundFen = proRataRefund({ priceFen: p.priceFen, durationDays: p.durationDays, startsAt: p.startsAt! }, now);
        const outRefundNo = `RM${p.outTradeNo.slice(2)}`;
        await markPurchaseRefunded(tx, { id: p.id, refundFen, outRefundNo, at: now, by });
        const entries = membershipEntries(p.priceFen, p.priceFen - refundFen, this.deps.config.paymentFeeBp);
        if (entries.length)
          await postMembership(tx, {
            purchaseId: p.id,
            eventKey: `REFUND:${outRefundNo}`,
            kind: 'MEMBERSHIP_REFUND',
            receivedFen: -refundFen,
            feeFen: entries.find((e) => e.account === 'FEE')?.amountFen ?? 0,
            entries,
            at: now,
            timeZone: this.deps.config.chainTimeZone,
          });
        // Asked of the provider by a job recorded in this transaction (the outbox relays it after COMMIT), as order
        // refunds are: a provider outage or a crash after the commit leaves it to be retried, never lost or doubled.
        if (refundFen === 0) await setRefundState(tx, p.id, 'SUCCEEDED');
        else effects.job('membership-refund-submit', { purchaseId: p.id });
        done.push({ purchase: p, refundFen });
      }
      return done;
    });
    if (refunds.length === 0) return NothingToRefundError.of();
    const purchases = [];
    for (const r of refunds) purchases.push(toPurchase((await purchaseOf(this.em, shopperId, r.purchase.id))!));
    return Object.assign(new MembershipRefunded(), { refundedFen: refunds.reduce((s, r) => s + r.refundFen, 0), purchases });
  }
}
