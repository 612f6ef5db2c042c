// WeChat profit sharing simulated in Redis, asynchronous as WeChat is: a split is PROCESSING when requested and
// FINISHED from the next query on; a receiver account starting with "FAIL" is CLOSED (e.g. not a receiver), and
// `failNext(n)` makes the next n calls throw as a WeChat outage would, so retries and failures can be tested.
import type { Redis } from 'ioredis';
import { WechatPayApiError } from '../payment/wechatpay/wechatpay-client';
import type { ProfitSharingProvider, ReturnOutcome, SplitOutcome, SplitReceiver } from './profit-sharing-provider';

const TTL_S = 30 * 24 * 3600;

interface StoredSplit {
  transactionId: string;
  receivers: SplitReceiver[];
  unfreezeUnsplit: boolean;
  queries: number;
}

export class SandboxProfitSharing implements ProfitSharingProvider {
  constructor(
    private readonly redis: Redis,
    private readonly ns: string,
  ) {}

  /** The next `n` calls fail with SYSTEM_ERROR (500), as during a WeChat outage. */
  async failNext(n: number): Promise<void> {
    await this.redis.set(`${this.ns}:fail-next`, n, 'EX', 3600);
  }

  /** Every call made, oldest first, as [method, outNo]: what a test checks WeChat was asked. */
  async calls(): Promise<[string, string][]> {
    return (await this.redis.lrange(`${this.ns}:calls`, 0, -1)).map((c) => JSON.parse(c) as [string, string]);
  }

  async split(outOrderNo: string): Promise<StoredSplit | undefined> {
    const raw = await this.redis.get(`${this.ns}:split:${outOrderNo}`);
    return raw ? (JSON.parse(raw) as StoredSplit) : undefined;
  }

  private async call(method: string, outNo: string): Promise<void> {
    await this.redis.rpush(`${this.ns}:calls`, JSON.stringify([method, outNo]));
    await this.redis.expire(`${this.ns}:calls`, TTL_S);
    const left = await this.redis.decr(`${this.ns}:fail-next`);
    if (left >= 0) throw new WechatPayApiError(500, 'SYSTEM_ERROR', 'sandbox: simulated WeChat Pay outage');
  }

  private outcome(outOrderNo: string, s: StoredSplit, finished: boolean): SplitOutcome {
    return {
      state: finished ? 'FINISHED' : 'PROCESSING',
      providerOrderId: `3008${outOrderNo.slice(-20)}`,
      receivers: s.receivers.map((r) => {
        const bad = r.account.startsWith('FAIL');
        return {
          account: r.account,
          amountFen: r.amountFen,
          result: !finished ? 'PENDING' : bad ? 'CLOSED' : 'SUCCESS',
          ...(finished && bad ? { failReason: 'NO_RELATION' } : {}),
        };
      }),
    };
  }

  async requestSplit(req: {
    transactionId: string;
    outOrderNo: string;
    receivers: SplitReceiver[];
    unfreezeUnsplit: boolean;
  }): Promise<SplitOutcome> {
    await this.call('requestSplit', req.outOrderNo);
    const stored: StoredSplit = {
      transactionId: req.transactionId,
      receivers: req.receivers,
      unfreezeUnsplit: req.unfreezeUnsplit,
      queries: 0,
    };
    // Same out_order_no, same split: WeChat answers a repeat with the first request's order.
    await this.redis.set(`${this.ns}:split:${req.outOrderNo}`, JSON.stringify(stored), 'EX', TTL_S, 'NX');
    return this.outcome(req.outOrderNo, (await this.split(req.outOrderNo))!, false);
  }

  async querySplit(_transactionId: string, outOrderNo: string): Promise<SplitOutcome> {
    await this.call('querySplit', outOrderNo);
    const s = await this.split(outOrderNo);
    if (!s) throw new WechatPayApiError(404, 'RESOURCE_NOT_EXISTS', 'sandbox: no such split');
    s.queries += 1;
    await this.redis.set(`${this.ns}:split:${outOrderNo}`, JSON.stringify(s), 'EX', TTL_S);
    return this.outcome(outOrderNo, s, s.queries >= 2);
  }

  async unfreeze(req: { transactionId: string; outOrderNo: string; description: string }): Promise<SplitOutcome> {
    await this.call('unfreeze', req.outOrderNo);
    const stored: StoredSplit = { transactionId: req.transactionId, receivers: [], unfreezeUnsplit: true, queries: 0 };
    await this.redis.set(`${this.ns}:split:${req.outOrderNo}`, JSON.stringify(stored), 'EX', TTL_S, 'NX');
    return this.outcome(req.outOrderNo, stored, false);
  }

  async requestReturn(req: {
    outOrderNo: string;
    outReturnNo: string;
    account: string;
    amountFen: number;
    description: string;
  }): Promise<ReturnOutcome> {
    await this.call('requestReturn', req.outReturnNo);
    const s = await this.split(req.outOrderNo);
    const got = s?.receivers.find((r) => r.account === req.account);
    if (!got || req.amountFen > got.amountFen) return { result: 'FAILED', failReason: 'AMOUNT_EXCEEDS_SPLIT' };
    await this.redis.set(`${this.ns}:return:${req.outReturnNo}`, JSON.stringify({ ...req, queries: 0 }), 'EX', TTL_S, 'NX');
    return { result: 'PROCESSING' };
  }

  async queryReturn(_outOrderNo: string, outReturnNo: string): Promise<ReturnOutcome> {
    await this.call('queryReturn', outReturnNo);
    const raw = await this.redis.get(`${this.ns}:return:${outReturnNo}`);
    if (!raw) throw new WechatPayApiError(404, 'RESOURCE_NOT_EXISTS', 'sandbox: no such return');
    return { result: 'SUCCESS' };
  }
}
