// 商家转账 simulated in Redis: a transfer succeeds at once unless the openid starts with "o-fail" (FAIL, as for a
// user WeChat refuses) or "o-wait" (WAIT_USER_CONFIRM until the result arrives by notification); the same
// out_bill_no answers the bill it made before and never pays twice. A test makes it answer as WeChat errs
// (failNext): refused outright, or a timeout after the bill was made, classified as the real client classifies.
import type { Redis } from 'ioredis';
import {
  classifyTransferError,
  TransferError,
  type TransferOutcome,
  type TransferProvider,
  type TransferRequest,
} from './transfer-provider';

/** An error the sandbox answers once, as WeChat would: its HTTP status and code; `afterBill` makes the bill first. */
export interface SandboxTransferFault {
  op: 'transfer' | 'query';
  status: number;
  code: string;
  message?: string;
  afterBill?: boolean;
}

const TTL_S = 30 * 24 * 3600;

export class SandboxTransfers implements TransferProvider {
  constructor(
    private readonly redis: Redis,
    private readonly ns: string,
  ) {}

  async transfer(req: TransferRequest): Promise<TransferOutcome> {
    if (!/^[0-9A-Za-z]{5,32}$/.test(req.outBillNo)) throw new RangeError(`invalid out_bill_no ${req.outBillNo}`);
    if (!Number.isSafeInteger(req.amountFen) || req.amountFen < 1) throw new RangeError('transfer_amount must be ≥ 1 fen');
    await this.redis.rpush(`${this.ns}:calls`, req.outBillNo);
    await this.redis.expire(`${this.ns}:calls`, TTL_S);
    const fault = await this.nextFault('transfer');
    if (fault && !fault.afterBill) throw this.errorOf(fault);
    const transferBillNo = `sbx${req.outBillNo}`;
    const outcome: TransferOutcome = req.openid.startsWith('o-fail')
      ? { state: 'FAIL', transferBillNo, failReason: 'ACCOUNT_FROZEN' }
      : req.openid.startsWith('o-wait')
        ? { state: 'WAIT_USER_CONFIRM', transferBillNo, packageInfo: `sbxpkg${req.outBillNo}` }
        : { state: 'SUCCESS', transferBillNo };
    const key = `${this.ns}:bill:${req.outBillNo}`;
    await this.redis.set(key, JSON.stringify({ ...outcome, amountFen: req.amountFen, openid: req.openid }), 'EX', TTL_S, 'NX');
    if (fault) throw this.errorOf(fault);
    return this.read(req.outBillNo);
  }

  async query(outBillNo: string): Promise<TransferOutcome> {
    const fault = await this.nextFault('query');
    if (fault) throw this.errorOf(fault);
    await this.redis.rpush(`${this.ns}:queries`, outBillNo);
    await this.redis.expire(`${this.ns}:queries`, TTL_S);
    return this.read(outBillNo);
  }

  private async read(outBillNo: string): Promise<TransferOutcome> {
    const raw = await this.redis.get(`${this.ns}:bill:${outBillNo}`);
    if (!raw) throw new TransferError('NOT_FOUND', 'NOT_FOUND', '记录不存在');
    const { state, transferBillNo, failReason, packageInfo } = JSON.parse(raw) as TransferOutcome;
    return { state, transferBillNo, ...(failReason ? { failReason } : {}), ...(packageInfo ? { packageInfo } : {}) };
  }

  /** The next call of `op` answers this error (queued: several faults answer in turn). */
  async failNext(fault: SandboxTransferFault): Promise<void> {
    await this.redis.rpush(`${this.ns}:faults:${fault.op}`, JSON.stringify(fault));
    await this.redis.expire(`${this.ns}:faults:${fault.op}`, TTL_S);
  }

  private async nextFault(op: SandboxTransferFault['op']): Promise<SandboxTransferFault | undefined> {
    const raw = await this.redis.lpop(`${this.ns}:faults:${op}`);
    return raw ? (JSON.parse(raw) as SandboxTransferFault) : undefined;
  }

  private errorOf(f: SandboxTransferFault): TransferError {
    return new TransferError(classifyTransferError(f.op, f.status, f.code), f.code, f.message ?? '');
  }

  /** Every query asked (out_bill_no), oldest first. */
  async queries(): Promise<string[]> {
    return this.redis.lrange(`${this.ns}:queries`, 0, -1);
  }

  /** Every transfer asked for (out_bill_no), oldest first: what a test checks WeChat was asked. */
  async calls(): Promise<string[]> {
    return this.redis.lrange(`${this.ns}:calls`, 0, -1);
  }

  /** What was paid per bill: the sandbox's own record of money sent. */
  async paidFen(outBillNo: string): Promise<number> {
    const raw = await this.redis.get(`${this.ns}:bill:${outBillNo}`);
    const bill = raw ? (JSON.parse(raw) as TransferOutcome & { amountFen: number }) : undefined;
    return bill?.state === 'SUCCESS' ? bill.amountFen : 0;
  }
}
