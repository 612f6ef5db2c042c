// Messages to shoppers (order ready, out for delivery, refunded) go through this interface. Every message is
// recorded in shopper_notification (once per order and template); it is sent as a WeChat subscribe message
// only when the shopper has an unused acceptance of that template (one message per acceptance), through the
// configured sender: WeChat's subscribeMessage.send, or the recording sender in development and tests.
import type { EntityManager } from '@mikro-orm/postgresql';
import { transaction } from '../../common/sql';
import type { Config } from '../../common/config';
import type { NotifyTemplate } from '../order/order-states';
import { couponExpiryData, messageData, type SubscribeMessageSender } from './subscribe-message';
import { messageFacts, openNotification, setDelivery } from './subscriptions.repository';
import { couponFacts, openCouponNotification } from './coupon-expiry.repository';

export interface ShopperNotification {
  shopperId: string;
  orderId: string;
  template: NotifyTemplate;
  payload: Record<string, unknown>;
  at: Date;
}

export type NotifyOutcome = 'SENT' | 'ALREADY_SENT' | 'NOT_SUBSCRIBED' | 'REFUSED';

export interface Notifier {
  /** Sends at most once per order and template, however often it is called. */
  send(em: EntityManager, notification: ShopperNotification): Promise<NotifyOutcome>;
  /** The reminder that a coupon lapses soon: at most once per coupon, and only on an acceptance of it. */
  couponExpiring(em: EntityManager, coupon: { couponId: string; shopperId: string; at: Date }): Promise<NotifyOutcome>;
}

type NotifierConfig = Pick<Config, 'env' | 'shop'>;

export class SubscribeMessageNotifier implements Notifier {
  constructor(
    readonly sender: SubscribeMessageSender,
    private readonly config: NotifierConfig,
  ) {}

  async send(em: EntityManager, n: ShopperNotification): Promise<NotifyOutcome> {
    // The acceptance is spent with the record in one transaction; a send that fails with a fault leaves it
    // PENDING, and the job's retry sends it on the same acceptance.
    const row = await transaction(em, (tx) => openNotification(tx, n));
    if (row.delivery === 'NOT_SUBSCRIBED') return 'NOT_SUBSCRIBED';
    if (row.delivery !== 'PENDING') return 'ALREADY_SENT';
    const facts = await messageFacts(em, n.orderId);
    if (!facts) return 'ALREADY_SENT';
    const outcome = await this.sender.send({
      touser: facts.openid,
      template_id: this.config.shop.subscribeTemplateIds[n.template],
      page: `pages/order/index?id=${n.orderId}`,
      data: messageData(n.template, {
        outTradeNo: facts.out_trade_no,
        storeName: facts.store_name,
        storeAddress: facts.store_address,
        totalFen: facts.total_fen,
        refundedFen: facts.refunded_fen,
        pickupDeadline: facts.pickup_deadline ? new Date(facts.pickup_deadline) : null,
        at: n.at,
      }),
      miniprogram_state: this.config.env === 'production' ? 'formal' : 'developer',
      lang: 'zh_CN',
    });
    await setDelivery(em, row.id, outcome.ok ? 'SENT' : 'REFUSED', outcome.ok ? null : outcome.detail);
    return outcome.ok ? 'SENT' : 'REFUSED';
  }

  async couponExpiring(em: EntityManager, c: { couponId: string; shopperId: string; at: Date }): Promise<NotifyOutcome> {
    const row = await transaction(em, (tx) => openCouponNotification(tx, { ...c, payload: {} }));
    if (!row) return 'NOT_SUBSCRIBED';
    if (row.delivery !== 'PENDING') return 'ALREADY_SENT';
    const facts = await couponFacts(em, c.couponId);
    if (!facts) return 'ALREADY_SENT';
    const outcome = await this.sender.send({
      touser: facts.openid,
      template_id: this.config.shop.subscribeTemplateIds.COUPON_EXPIRING,
      page: 'packages/coupon/mine/index',
      data: couponExpiryData(facts),
      miniprogram_state: this.config.env === 'production' ? 'formal' : 'developer',
      lang: 'zh_CN',
    });
    await setDelivery(em, row.id, outcome.ok ? 'SENT' : 'REFUSED', outcome.ok ? null : outcome.detail);
    return outcome.ok ? 'SENT' : 'REFUSED';
  }
}
