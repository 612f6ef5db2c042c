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
  /** Throws TransferError when WeChat refuses or cannot be reached. */
  transfer(req: TransferRequest): Promise<TransferOutcome>;
  /** Throws TransferError NOT_FOUND when WeChat has no bill of that number. */
  query(outBillNo: string): Promise<TransferOutcome>;
}

/**
 * What a refused or unanswered transfer means for the withdrawal:
 * - RETRY: WeChat may or may not have made the bill (SYSTEM_ERROR, a rate limit, a timeout, a 5xx, an answer we
 *   could not trust): ask for the bill by out_bill_no before asking again with the same number.
 * - FINAL: WeChat refused the request and made no bill (NOT_ENOUGH, NO_AUTH, PARAM_ERROR, INVALID_REQUEST, a
 *   signature it refused): retrying the same request cannot succeed until HQ acts, so the money goes back.
 * - NOT_FOUND: the query found no bill of that number.
 */
export type TransferFailure = 'RETRY' | 'FINAL' | 'NOT_FOUND';

export class TransferError extends Error {
  constructor(
    readonly failure: TransferFailure,
    /** WeChat's code (NOT_ENOUGH, SYSTEM_ERROR, ...), or NETWORK_ERROR / HTTP_<status> when it gave none. */
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'TransferError';
  }

  /** The reason kept on the withdrawal (HQ's review shows it): the code, then WeChat's words. */
  get reason(): string {
    return `${this.code} ${this.message}`.trim().slice(0, 200);
  }
}

/** Codes WeChat documents for transfer-bills whose request was refused outright: no bill exists. */
const FINAL_CODES = new Set(['NOT_ENOUGH', 'NO_AUTH', 'PARAM_ERROR', 'INVALID_REQUEST', 'SIGN_ERROR', 'ACCOUNT_ERROR']);
/** Codes that say nothing certain about the bill. */
const RETRY_CODES = new Set(['SYSTEM_ERROR', 'FREQUENCY_LIMITED', 'RATELIMIT_EXCEEDED', 'NETWORK_ERROR', 'MALFORMED_RESPONSE']);

/**
 * Classifies WeChat's answer to a transfer (`op` 'transfer') or a query (`op` 'query') by HTTP status and code.
 * Anything not known to be final is RETRY: a retry asks for the bill first, so treating an unknown answer as
 * retryable can never pay twice, while treating it as final could give back money that was paid.
 */
export function classifyTransferError(op: 'transfer' | 'query', status: number, code: string): TransferFailure {
  if (op === 'query' && (status === 404 || code === 'NOT_FOUND')) return 'NOT_FOUND';
  if (RETRY_CODES.has(code) || status === 0 || status === 429 || status >= 500) return 'RETRY';
  if (op === 'transfer' && FINAL_CODES.has(code)) return 'FINAL';
  return 'RETRY';
}

/** Where a transfer in this state leaves the withdrawal: paid, failed (money back to available), or still on its way. */
export function transferSettles(state: TransferState): 'PAID' | 'FAILED' | 'PENDING' {
  if (state === 'SUCCESS') return 'PAID';
  if (state === 'FAIL' || state === 'CANCELLED') return 'FAILED';
  return 'PENDING';
}
