// Profit sharing through WeChat Pay APIv3 (ordinary merchant): request a split, query it, unfreeze the rest,
// and return-orders after a refund; signed and verified by the shared APIv3 client.
import type { WechatPayClient } from '../payment/wechatpay/wechatpay-client';
import { WechatPayApiError } from '../payment/wechatpay/wechatpay-client';
import {
  MAX_RECEIVERS,
  type ProfitSharingProvider,
  type ReturnOutcome,
  type SplitOutcome,
  type SplitReceiver,
} from './profit-sharing-provider';

/** out_order_no / out_return_no: 1–64 of [0-9A-Za-z_-|*@]. */
const OUT_NO = /^[0-9A-Za-z_\-|*@]{1,64}$/;

interface WechatSplitOrder {
  order_id: string;
  state: 'PROCESSING' | 'FINISHED';
  receivers?: { account: string; amount: number; result: 'PENDING' | 'SUCCESS' | 'CLOSED'; fail_reason?: string }[];
}

interface WechatReturnOrder {
  result: 'PROCESSING' | 'SUCCESS' | 'FAILED';
  fail_reason?: string;
}

function outNo(value: string): string {
  if (!OUT_NO.test(value)) throw new RangeError(`invalid out number ${JSON.stringify(value)}`);
  return value;
}

function toSplit(res: WechatSplitOrder | undefined): SplitOutcome {
  if (!res?.order_id || !res.state) throw new WechatPayApiError(200, 'MALFORMED_RESPONSE', 'profit sharing response has no order_id/state');
  return {
    state: res.state,
    providerOrderId: res.order_id,
    receivers: (res.receivers ?? []).map((r) => ({
      account: r.account,
      amountFen: r.amount,
      result: r.result,
      ...(r.fail_reason ? { failReason: r.fail_reason } : {}),
    })),
  };
}

function toReturn(res: WechatReturnOrder | undefined): ReturnOutcome {
  if (!res?.result) throw new WechatPayApiError(200, 'MALFORMED_RESPONSE', 'return response has no result');
  return { result: res.result, ...(res.fail_reason ? { failReason: res.fail_reason } : {}) };
}

export class WechatProfitSharing implements ProfitSharingProvider {
  constructor(
    private readonly client: WechatPayClient,
    private readonly appId: string,
  ) {}

  async requestSplit(req: { transactionId: string; outOrderNo: string; receivers: SplitReceiver[]; unfreezeUnsplit: boolean }) {
    if (req.receivers.length === 0 || req.receivers.length > MAX_RECEIVERS)
      throw new RangeError(`a split needs 1 to ${MAX_RECEIVERS} receivers`);
    if (req.receivers.some((r) => !Number.isSafeInteger(r.amountFen) || r.amountFen <= 0))
      throw new RangeError('receiver amounts must be positive fen');
    const body = {
      appid: this.appId,
      transaction_id: req.transactionId,
      out_order_no: outNo(req.outOrderNo),
      receivers: req.receivers.map((r) => ({
        type: 'MERCHANT_ID',
        account: r.account,
        amount: r.amountFen,
        description: r.description.slice(0, 80),
      })),
      unfreeze_unsplit: req.unfreezeUnsplit,
    };
    return toSplit(await this.client.request<WechatSplitOrder>('POST', '/v3/profitsharing/orders', body));
  }

  async querySplit(transactionId: string, outOrderNo: string) {
    const path = `/v3/profitsharing/orders/${encodeURIComponent(outNo(outOrderNo))}?transaction_id=${encodeURIComponent(transactionId)}`;
    return toSplit(await this.client.request<WechatSplitOrder>('GET', path));
  }

  async unfreeze(req: { transactionId: string; outOrderNo: string; description: string }) {
    const body = { transaction_id: req.transactionId, out_order_no: outNo(req.outOrderNo), description: req.description.slice(0, 80) };
    return toSplit(await this.client.request<WechatSplitOrder>('POST', '/v3/profitsharing/orders/unfreeze', body));
  }

  async requestReturn(req: { outOrderNo: string; outReturnNo: string; account: string; amountFen: number; description: string }) {
    const body = {
      out_order_no: outNo(req.outOrderNo),
      out_return_no: outNo(req.outReturnNo),
      return_mchid: req.account,
      amount: req.amountFen,
      description: req.description.slice(0, 80),
    };
    return toReturn(await this.client.request<WechatReturnOrder>('POST', '/v3/profitsharing/return-orders', body));
  }

  async queryReturn(outOrderNo: string, outReturnNo: string) {
    const path = `/v3/profitsharing/return-orders/${encodeURIComponent(outNo(outReturnNo))}?out_order_no=${encodeURIComponent(outNo(outOrderNo))}`;
    return toReturn(await this.client.request<WechatReturnOrder>('GET', path));
  }
}
