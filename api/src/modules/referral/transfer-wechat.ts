// 商家转账 through WeChat Pay APIv3 (the 2025 version with user confirmation): POST
// /v3/fund-app/mch-transfer/transfer-bills, and the query by out_bill_no; signed and verified by the shared client.
// WeChat posts the result to notify_url (transfer-notify.ts); the withdrawal sweep also asks for the state of bills
// still on their way, should a callback be lost. Scene 1005 (佣金报酬) reports the post (岗位类型) and what the pay
// is for (报酬说明).
import type { WechatPayClient } from '../payment/wechatpay/wechatpay-client';
import { WechatPayApiError } from '../payment/wechatpay/wechatpay-client';
import {
  classifyTransferError,
  TransferError,
  type TransferOutcome,
  type TransferProvider,
  type TransferRequest,
  type TransferState,
} from './transfer-provider';

interface WechatTransferBill {
  out_bill_no: string;
  transfer_bill_no: string;
  state: TransferState;
  package_info?: string;
  fail_reason?: string;
}

function toOutcome(res: WechatTransferBill | undefined): TransferOutcome {
  if (!res?.transfer_bill_no || !res.state) throw new WechatPayApiError(200, 'MALFORMED_RESPONSE', 'transfer response has no bill/state');
  return {
    state: res.state,
    transferBillNo: res.transfer_bill_no,
    ...(res.package_info ? { packageInfo: res.package_info } : {}),
    ...(res.fail_reason ? { failReason: res.fail_reason } : {}),
  };
}

/** WeChat's error (or its absence) as the withdrawal's view of it: retry after a query, final, or no such bill. */
async function classified<T>(op: 'transfer' | 'query', call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    if (!(err instanceof WechatPayApiError)) throw err;
    // A forged or unsigned answer proves nothing about the bill: it is asked for again.
    const code = err.code === 'INVALID_RESPONSE_SIGNATURE' ? 'SYSTEM_ERROR' : err.code;
    throw new TransferError(classifyTransferError(op, err.status, code), err.code, err.message);
  }
}

export class WechatTransfers implements TransferProvider {
  constructor(
    private readonly client: WechatPayClient,
    private readonly appId: string,
    /** Public HTTPS, no query string. */
    private readonly notifyUrl: string,
    private readonly sceneId = '1005',
  ) {}

  async transfer(req: TransferRequest): Promise<TransferOutcome> {
    if (!/^[0-9A-Za-z]{5,32}$/.test(req.outBillNo)) throw new RangeError(`invalid out_bill_no ${req.outBillNo}`);
    if (!Number.isSafeInteger(req.amountFen) || req.amountFen < 1) throw new RangeError('transfer_amount must be ≥ 1 fen');
    // Amounts of 2,000 yuan and more need the user's real name (encrypted with the platform key): not offered here.
    if (req.amountFen >= 200_000) throw new RangeError('transfers of 2000 yuan or more need user_name');
    const body = {
      appid: this.appId,
      out_bill_no: req.outBillNo,
      transfer_scene_id: this.sceneId,
      openid: req.openid,
      transfer_amount: req.amountFen,
      transfer_remark: req.remark.slice(0, 32),
      notify_url: this.notifyUrl,
      user_recv_perception: '劳务报酬',
      transfer_scene_report_infos: [
        { info_type: '岗位类型', info_content: '推广员' },
        { info_type: '报酬说明', info_content: '推广佣金' },
      ],
    };
    return classified('transfer', async () =>
      toOutcome(await this.client.request<WechatTransferBill>('POST', '/v3/fund-app/mch-transfer/transfer-bills', body)),
    );
  }

  async query(outBillNo: string): Promise<TransferOutcome> {
    const path = `/v3/fund-app/mch-transfer/transfer-bills/out-bill-no/${encodeURIComponent(outBillNo)}`;
    return classified('query', async () => toOutcome(await this.client.request<WechatTransferBill>('GET', path)));
  }
}
