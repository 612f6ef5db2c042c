// What paying a promoter out needs from WeChat Pay: 商家转账 (merchant transfer to a user's change), asked once per
// withdrawal (out_bill_no makes it idempotent) and asked again for its state. The new 商家转账 lets the user
// confirm in the mini-program: WAIT_USER_CONFIRM carries the package_info that wx.requestMerchantTransfer takes.
// WeChat Pay's APIv3 (transfer-wechat.ts) and a Redis sandbox (transfer-sandbox.ts) implement it.

export type TransferState =
  'ACCEPTED' | 'PROCESSING' | 'WAIT_USER_CONFIRM' | 'TRANSFERING' | 'SUCCESS' | 'FAIL' | 'CANCELING' | 'CANCELLED';

export interface TransferOutcome {
  state: TransferState;
  transferBillNo: string;
  /** For wx.requestMerchantTransfer when the user must confirm. */
  packageInfo?: string;
  failReason?: string;
}

export interface TransferRequest {
  /** Our number for this withdrawal: 5–32 of [0-9A-Za-z]; the same number never pays twice. */
  outBillNo: string;
  openid: string;
  amountFen: number;
  /** Shown to the user: at most 32 characters. */
  remark: string;
}

export interface TransferProvider {
  transfer(req: TransferRequest): Promise<TransferOutcome>;
  query(outBillNo: string): Promise<TransferOutcome>;
}

/** Where a transfer in this state leaves the withdrawal: paid, failed (money back to available), or still on its way. */
export function transferSettles(state: TransferState): 'PAID' | 'FAILED' | 'PENDING' {
  if (state === 'SUCCESS') return 'PAID';
  if (state === 'FAIL' || state === 'CANCELLED') return 'FAILED';
  return 'PENDING';
}
