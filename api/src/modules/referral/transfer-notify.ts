// WeChat Pay's callback for a 商家转账 result (MCHTRANSFER.BILL.FINISHED): verified (signature, serial, timestamp)
// and decrypted like the payment notification, then the withdrawal settled once: PAID, or FAILED with its money
// booked back to available. WeChat retries for about a day until it gets 200/204, so duplicates are normal.
import { decryptNotificationResource, parseNotificationBody, verifyNotification, type HeaderBag } from '../payment/wechatpay/notification';
import type { PlatformKeys } from '../payment/wechatpay/platform-keys';
import type { ReferralService } from './referral.service';
import type { TransferState } from './transfer-provider';

/** The decrypted resource (original_type mch_payment). */
export interface WechatTransferBillResource {
  mch_id: string;
  out_bill_no: string;
  transfer_bill_no: string;
  transfer_amount: number;
  state: TransferState;
  openid: string;
  fail_reason?: string;
  create_time: string;
  update_time: string;
}

export const TRANSFER_NOTIFY_PATH = '/referral/wechat/transfer-notify';

export interface TransferNotifyKeys {
  notificationKeys: PlatformKeys;
  apiV3Key: string;
  mchId: string;
}

export type NotifyReply = { status: 204 } | { status: number; body: { code: 'FAIL'; message: string } };

const fail = (status: number, message: string): NotifyReply => ({ status, body: { code: 'FAIL', message } });

export async function handleTransferNotification(
  service: ReferralService,
  keys: TransferNotifyKeys,
  headers: HeaderBag,
  rawBody: string,
  now: Date,
): Promise<NotifyReply> {
  const verdict = verifyNotification({ headers, rawBody, keys: keys.notificationKeys, now });
  if (!verdict.ok) return fail(401, `signature check failed: ${verdict.reason}`);
  let bill: WechatTransferBillResource;
  try {
    const notification = parseNotificationBody(rawBody);
    if (notification.event_type !== 'MCHTRANSFER.BILL.FINISHED') return { status: 204 };
    bill = decryptNotificationResource<WechatTransferBillResource>(notification, keys.apiV3Key);
    if (typeof bill.out_bill_no !== 'string' || !/^[0-9A-Za-z]{5,32}$/.test(bill.out_bill_no)) throw new Error('out_bill_no malformed');
    if (typeof bill.state !== 'string' || !Number.isSafeInteger(bill.transfer_amount)) throw new Error('state or amount missing');
  } catch (err) {
    console.warn('[referral] unreadable transfer notification:', (err as Error).message);
    return fail(400, 'unreadable notification');
  }
  if (bill.mch_id !== keys.mchId) return fail(400, 'MERCHANT_MISMATCH');
  const outcome = await service.settleTransfer({
    outBillNo: bill.out_bill_no,
    state: bill.state,
    transferBillNo: bill.transfer_bill_no ?? '',
    amountFen: bill.transfer_amount,
    failReason: bill.fail_reason,
  });
  switch (outcome) {
    case 'SETTLED':
    case 'DUPLICATE':
    case 'PENDING':
      return { status: 204 };
    case 'UNKNOWN_BILL':
      return fail(404, 'unknown out_bill_no');
    default:
      console.warn(`[referral] transfer notification for ${bill.out_bill_no} refused: ${outcome}`);
      return fail(400, outcome);
  }
}
