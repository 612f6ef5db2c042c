// Subscribe messages (订阅消息) as WeChat's subscribeMessage.send takes them, and the two senders: the real
// WeChat client and a recording one (development and tests), chosen by SUBSCRIBE_MESSAGE_SENDER.
import type { NotifyTemplate } from '../order/order-states';
import { WechatAccessToken } from './wechat-access-token';
import type { OrderView } from '../../common/order-view';

/** The body of POST /cgi-bin/message/subscribe/send. */
export interface SubscribeMessage {
  touser: string;
  template_id: string;
  /** The mini-program page the message opens. */
  page: string;
  data: Record<string, { value: string }>;
  miniprogram_state: 'developer' | 'trial' | 'formal';
  lang: 'zh_CN';
}

export type SendOutcome = { ok: true } | { ok: false; refused: true; detail: string };

export interface SubscribeMessageSender {
  readonly name: 'recording' | 'wechat';
  /** Throws on faults worth retrying (network, WeChat busy); answers `refused` when WeChat will not take it. */
  send(message: SubscribeMessage): Promise<SendOutcome>;
}

export class RecordingSubscribeSender implements SubscribeMessageSender {
  readonly name = 'recording' as const;
  readonly sent: SubscribeMessage[] = [];
  async send(message: SubscribeMessage): Promise<SendOutcome> {
    this.sent.push(message);
    return { ok: true };
  }
}

/**
 * WeChat errcodes after which sending again cannot help: 43101 the user refused or has no acceptance left,
 * 47003 data does not fit the template, 40003 unknown openid, 40037 unknown template.
 */
const REFUSED = new Set([43101, 47003, 40003, 40037]);

export class WechatSubscribeSender implements SubscribeMessageSender {
  readonly name = 'wechat' as const;
  private readonly wechat: WechatAccessToken;

  constructor(app: { appId: string; appSecret: string }, fetchImpl: typeof fetch = fetch, baseUrl = 'https://api.weixin.qq.com') {
    this.wechat = new WechatAccessToken(app, fetchImpl, baseUrl);
  }

  async send(message: SubscribeMessage): Promise<SendOutcome> {
    const answer = await this.wechat.post('/cgi-bin/message/subscribe/send', message);
    if (!answer.errcode) return { ok: true };
    const detail = `${answer.errcode} ${answer.errmsg ?? ''}`.trim();
    if (REFUSED.has(answer.errcode)) return { ok: false, refused: true, detail };
    throw new Error(`subscribeMessage.send failed: ${detail}`);
  }
}

export function createSubscribeSender(config: {
  shop: { subscribeSender: 'recording' | 'wechat' };
  wechatAppId?: string;
  wechatAppSecret?: string;
}): SubscribeMessageSender {
  if (config.shop.subscribeSender === 'wechat')
    return new WechatSubscribeSender({ appId: config.wechatAppId!, appSecret: config.wechatAppSecret! });
  return new RecordingSubscribeSender();
}

/** What a message says about the order (and its checkout and store); the template's keywords come from these. */
export type MessageFacts = Pick<OrderView, 'totalFen' | 'refundedFen' | 'pickupDeadline'> & {
  outTradeNo: string;
  storeName: string;
  storeAddress: string;
  at: Date;
};

const yuan = (fen: number) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}元`;
/** WeChat's time keyword, in China time (the mini-program's shoppers are there). */
const chinaTime = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
/** thing.DATA keywords take at most 20 characters. */
const thing = (s: string) => [...s].slice(0, 20).join('');

/**
 * The keywords each template is expected to have. Pick templates with these keywords in the WeChat console
 * (docs/shopper-api.md lists them); changing a template means changing it here.
 */
export function messageData(template: NotifyTemplate, f: MessageFacts): Record<string, { value: string }> {
  switch (template) {
    case 'ORDER_READY':
      return {
        character_string1: { value: f.outTradeNo },
        thing2: { value: thing(f.storeName) },
        thing3: { value: thing(f.storeAddress) },
        time4: { value: chinaTime(f.pickupDeadline ?? f.at) },
        thing5: { value: '请凭取货码到店取货' },
      };
    case 'OUT_FOR_DELIVERY':
      return {
        character_string1: { value: f.outTradeNo },
        thing2: { value: thing(f.storeName) },
        time3: { value: chinaTime(f.at) },
        thing4: { value: '商品已出发，请保持电话畅通' },
      };
    case 'ORDER_REFUNDED':
      return {
        character_string1: { value: f.outTradeNo },
        amount2: { value: yuan(f.refundedFen) },
        time3: { value: chinaTime(f.at) },
        thing4: { value: '退款将原路退回' },
      };
  }
}

/** What the coupon-expiry reminder says: which coupon, what it takes off, and when it lapses (China time). */
export function couponExpiryData(c: {
  name: string;
  coupon_kind: string | null;
  threshold_fen: number;
  off_fen: number | null;
  off_bp: number | null;
  valid_until: string | Date;
}): Record<string, { value: string }> {
  const yuan = (fen: number) => `${fen % 100 ? (fen / 100).toFixed(2) : fen / 100}元`;
  const off =
    c.coupon_kind === 'PERCENT_OFF'
      ? `${(10 - (c.off_bp ?? 0) / 1000).toFixed(1).replace(/\.0$/, '')}折`
      : c.coupon_kind === 'DELIVERY_OFF'
        ? `运费减${yuan(c.off_fen ?? 0)}`
        : `减${yuan(c.off_fen ?? 0)}`;
  return {
    thing1: { value: thing(c.name) },
    thing2: { value: thing(c.threshold_fen > 0 ? `满${yuan(c.threshold_fen)}${off}` : `无门槛${off}`) },
    time3: { value: chinaTime(new Date(c.valid_until)) },
    thing4: { value: '优惠券快到期了，别忘了用' },
  };
}
