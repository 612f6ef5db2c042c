// 商家转账 simulated in Redis: a transfer succeeds at once unless the openid starts with "o-fail" (FAIL, as for a
// user WeChat refuses) or "o-wait" (WAIT_USER_CONFIRM until the result arrives by notification); the same
// out_bill_no answers the bill it made before and never pays twice.
import type { Redis } from 'ioredis';
import type { TransferOutcome, TransferProvider, TransferRequest } from './transfer-provider';

const TTL_S = 30 * 24 * 3600;

export class SandboxTransfers implements TransferProvider {
  constructor(
    private readonly redis: Redis,
    private readonly ns: string,
  ) {}

  async transfer(req: TransferRequest): Promise<TransferOutcome> {
    if (!/^[0-9A-Za-z]{5,32}$/.test(req.outBillNo)) throw new RangeError(`invalid out_bill_no ${req.outBillNo}`);
    if (!Number.isSafeInteger(req.amountFen) || req.amountFen < 1) throw new RangeError('transfer_amount must be ≥ 1 fen');
    const transferBillNo = `sbx${req.outBillNo}`;
    const outcome: TransferOutcome = req.openid.startsWith('o-fail')
      ? { state: 'FAIL', transferBillNo, failReason: 'ACCOUNT_FROZEN' }
      : req.openid.startsWith('o-wait')
        ? { state: 'WAIT_USER_CONFIRM', transferBillNo, packageInfo: `sbxpkg${req.outBillNo}` }
        : { state: 'SUCCESS', transferBillNo };
    const key = `${this.ns}:bill:${req.outBillNo}`;
    await this.redis.set(key, JSON.stringify({ ...outcome, amountFen: req.amountFen, openid: req.openid }), 'EX', TTL_S, 'NX');
    await this.redis.rpush(`${this.ns}:calls`, req.outBillNo);
    await this.redis.expire(`${this.ns}:calls`, TTL_S);
    return this.query(req.outBillNo);
  }

  async query(outBillNo: string): Promise<TransferOutcome> {
    const raw = await this.redis.get(`${this.ns}:bill:${outBillNo}`);
    if (!raw) return { state: 'FAIL', transferBillNo: '', failReason: 'NOT_FOUND' };
    const { state, transferBillNo, failReason, packageInfo } = JSON.parse(raw) as TransferOutcome;
    return { state, transferBillNo, ...(failReason ? { failReason } : {}), ...(packageInfo ? { packageInfo } : {}) };
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
