// WeChat profit sharing driven by the ledger: a handed-over order's store shares are requested as a split
// (amounts in fen, one receiver per store, the rest released), polled until WeChat has finished, and after a
// refund each store's fall is pulled back (return-orders). Failed calls are retried with backoff and, after
// MAX_ATTEMPTS, left FAILED for HQ to see and retry. Every step reloads its row and acts only from the state it saw.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../common/clock';
import { badUserInput } from '../../common/errors';
import { UUID } from '../../common/sql';
import type { Config } from '../../common/config';
import { NotDueYet, type Jobs } from '../../common/queues';
import type { Effects } from '../../common/effects';
import { MAX_RECEIVERS, type ProfitSharingProvider } from './profit-sharing-provider';
import {
  createReturns,
  isLastOfTransaction,
  loadReturn,
  receivedOfOrder,
  receiversOf,
  returnsOfOrder,
  setReceiverAccount,
  failedSharings,
  sharingOfOrder,
  updateReturn,
  updateSharing,
  type SharingReceiverRow,
  type SharingRow,
} from './profit-sharing.repository';
import { SALE_EVENT } from './ledger';
import { capParts, WHOLE_BP } from './split-arithmetic';
import { ProfitSharingStatus } from './profit-sharing.types';

export const MAX_ATTEMPTS = 5;
/** A split still processing after this is shown to HQ among the issues. */
export const STALE_AFTER_MS = 24 * 3600_000;

export interface ProfitSharingDeps {
  profitSharing: ProfitSharingProvider;
  clock: Clock;
  config: Pick<Config, 'profitSharingPollMs' | 'paymentProvider' | 'profitSharingMaxBp'>;
  jobs: Jobs;
}

/** Called inside the step's transaction after a posting: a sale creates the split, a refund its returns. */
export async function afterLedgerPosting(
  tx: EntityManager,
  orderId: string,
  eventKey: string,
  effects: Effects,
  at: Date,
  posted: { sharingOpened: boolean },
): Promise<void> {
  // The sale's posting opened the split in its own statement (appendPosting); it only needs requesting.
  if (eventKey === SALE_EVENT) {
    if (posted.sharingOpened) effects.job('profit-sharing-request', { orderId });
    return;
  }
  const sharing = await sharingOfOrder(tx, orderId);
  // Not requested yet: the request will send the balances as they are by then, refund included.
  if (!sharing || sharing.state === 'PENDING' || sharing.state === 'FAILED') return;
  for (const returnId of await createReturns(tx, sharing, eventKey, at)) effects.job('profit-sharing-return', { returnId });
}

export class ProfitSharingService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: ProfitSharingDeps,
  ) {}

  private get now() {
    return this.deps.clock.now();
  }

  /** Backoff for failed calls: the poll interval doubled per attempt. */
  private backoff(attempts: number): NotDueYet {
    return new NotDueYet(this.deps.config.profitSharingPollMs * 2 ** Math.max(0, attempts - 1));
  }

  /**
   * Still processing at WeChat: ask again after half as long as it has been waiting (at least the poll interval,
   * at most an hour), so bull's limited attempts stretch over days rather than minutes.
   */
  private pollAgain(since: Date): NotDueYet {
    const waited = this.now.getTime() - since.getTime();
    return new NotDueYet(Math.min(3600_000, Math.max(this.deps.config.profitSharingPollMs, Math.floor(waited / 2))));
  }

  /** A failed call: retried later, or left FAILED (surfaced to HQ) once attempts run out. */
  private async failedCall(s: SharingRow, err: unknown): Promise<string> {
    const attempts = s.attempts + 1;
    const lastError = (err as Error).message ?? String(err);
    const giveUp = attempts >= MAX_ATTEMPTS;
    await updateSharing(this.em, s, s.state, { attempts, lastError, ...(giveUp ? { state: 'FAILED' as const } : {}) }, this.now);
    if (giveUp) return `failed after ${attempts} attempts: ${lastError}`;
    throw this.backoff(attempts);
  }

  async request(orderId: string): Promise<string> {
    const s = await sharingOfOrder(this.em, orderId);
    if (!s || s.state !== 'PENDING') return 'requested already';
    const shares = (await receiversOf(this.em, orderId)).filter((r) => r.account);
    // WeChat refuses more than the merchant's ratio of the order; rounding can pass it by a fen on tiny orders.
    const received = await receivedOfOrder(this.em, orderId);
    const capped = capParts(
      shares.map((r) => r.amountFen),
      Math.floor((received * this.deps.config.profitSharingMaxBp) / WHOLE_BP),
    );
    const receivers: SharingReceiverRow[] = shares
      .map((r, i) => ({ storeId: r.storeId, account: r.account!, amountFen: capped[i]!, result: 'PENDING' as const }))
      .filter((r) => r.amountFen > 0);
    if (receivers.length > MAX_RECEIVERS)
      throw new Error(`order ${orderId} has ${receivers.length} receivers; WeChat takes ${MAX_RECEIVERS}`);
    const last = await isLastOfTransaction(this.em, orderId, s.checkoutId);
    try {
      if (receivers.length === 0) {
        // Nothing for stores with a receiver account: release the rest if no other order will, else done.
        if (!last) {
          await updateSharing(this.em, s, 'PENDING', { state: 'FINISHED', receivers: [], finished: true, lastError: null }, this.now);
          return 'nothing to split';
        }
        const res = await this.deps.profitSharing.unfreeze({
          transactionId: s.transactionId,
          outOrderNo: s.outOrderNo,
          description: '解冻剩余资金',
        });
        await updateSharing(
          this.em,
          s,
          'PENDING',
          { state: 'PROCESSING', receivers: [], providerOrderId: res.providerOrderId, unfreezeUnsplit: true, lastError: null },
          this.now,
        );
      } else {
        const res = await this.deps.profitSharing.requestSplit({
          transactionId: s.transactionId,
          outOrderNo: s.outOrderNo,
          receivers: receivers.map((r) => ({
            account: r.account,
            amountFen: r.amountFen,
            description: `门店分账 ${shares.find((x) => x.storeId === r.storeId)!.code}`,
          })),
          unfreezeUnsplit: last,
        });
        await updateSharing(
          this.em,
          s,
          'PENDING',
          { state: 'PROCESSING', receivers, providerOrderId: res.providerOrderId, unfreezeUnsplit: last, lastError: null },
          this.now,
        );
      }
    } catch (err) {
      return this.failedCall(s, err);
    }
    await this.deps.jobs.enqueue('profit-sharing-poll', { orderId }, new Date(this.now.getTime() + this.deps.config.profitSharingPollMs));
    return 'requested';
  }

  async poll(orderId: string): Promise<string> {
    const s = await sharingOfOrder(this.em, orderId);
    if (!s || s.state !== 'PROCESSING') return 'not processing';
    let res;
    try {
      res = await this.deps.profitSharing.querySplit(s.transactionId, s.outOrderNo);
    } catch (err) {
      return this.failedCall(s, err);
    }
    if (res.state === 'PROCESSING') throw this.pollAgain(s.updatedAt);
    const receivers = s.receivers.map((r) => {
      const got = res.receivers.find((x) => x.account === r.account);
      return got ? { ...r, result: got.result, ...(got.failReason ? { failReason: got.failReason } : {}) } : r;
    });
    const closed = receivers.filter((r) => r.result === 'CLOSED');
    const lastError = closed.length ? closed.map((r) => `receiver ${r.account}: ${r.failReason ?? 'CLOSED'}`).join('; ') : null;
    await updateSharing(
      this.em,
      s,
      'PROCESSING',
      { state: closed.length ? 'FAILED' : 'FINISHED', receivers, lastError, finished: true },
      this.now,
    );
    return closed.length ? `finished with failures: ${lastError}` : 'finished';
  }

  async returnShare(returnId: string): Promise<string> {
    const r = await loadReturn(this.em, returnId);
    if (!r || r.state === 'SUCCEEDED' || r.state === 'FAILED') return 'settled already';
    const s = (await sharingOfOrder(this.em, r.orderId))!;
    if (s.state === 'PENDING' || s.state === 'PROCESSING') throw new NotDueYet(this.deps.config.profitSharingPollMs); // the split must finish first
    try {
      const res =
        r.state === 'PENDING'
          ? await this.deps.profitSharing.requestReturn({
              outOrderNo: s.outOrderNo,
              outReturnNo: r.outReturnNo,
              account: r.account,
              amountFen: r.amountFen,
              description: '退款回退分账',
            })
          : await this.deps.profitSharing.queryReturn(s.outOrderNo, r.outReturnNo);
      if (res.result === 'PROCESSING') {
        if (r.state === 'PENDING') await updateReturn(this.em, r, 'PENDING', { state: 'PROCESSING', lastError: null }, this.now);
        throw new NotDueYet(this.deps.config.profitSharingPollMs);
      }
      const ok = res.result === 'SUCCESS';
      await updateReturn(
        this.em,
        r,
        r.state,
        { state: ok ? 'SUCCEEDED' : 'FAILED', lastError: ok ? null : (res.failReason ?? 'FAILED') },
        this.now,
      );
      return ok ? 'returned' : `failed: ${res.failReason}`;
    } catch (err) {
      if (err instanceof NotDueYet) throw err;
      const attempts = r.attempts + 1;
      const giveUp = attempts >= MAX_ATTEMPTS;
      await updateReturn(
        this.em,
        r,
        r.state,
        { attempts, lastError: (err as Error).message, ...(giveUp ? { state: 'FAILED' as const } : {}) },
        this.now,
      );
      if (giveUp) return `failed after ${attempts} attempts`;
      throw this.backoff(attempts);
    }
  }

  /** HQ sends a failed split again (its receivers recomputed from the ledger), or failed returns. */
  async retry(orderId: string): Promise<boolean> {
    const s = await sharingOfOrder(this.em, orderId);
    if (!s) return false;
    if (s.state === 'FAILED' && s.receivers.every((r) => r.result === 'PENDING')) {
      // Never reached WeChat: ask again from the start, under the same out_order_no (idempotent there).
      await updateSharing(this.em, s, 'FAILED', { state: 'PENDING', attempts: 0, lastError: null }, this.now);
      await this.requeue('profit-sharing-request', { orderId });
      return true;
    }
    for (const r of (await returnsOfOrder(this.em, orderId)).filter((x) => x.state === 'FAILED')) {
      await updateReturn(this.em, r, 'FAILED', { state: 'PENDING', attempts: 0, lastError: null }, this.now);
      await this.requeue('profit-sharing-return', { returnId: r.id });
    }
    return true;
  }

  /** bull keeps finished jobs under their id for a while; a retry removes the old one so the add is not ignored. */
  private async requeue<N extends 'profit-sharing-request' | 'profit-sharing-return'>(
    name: N,
    payload: N extends 'profit-sharing-request' ? { orderId: string } : { returnId: string },
  ) {
    const old = await this.deps.jobs.find(name, payload as never);
    await old?.remove().catch(() => undefined);
    await this.deps.jobs.enqueue(name, payload as never);
  }

  /** An order's split as HQ sees it, with its returns. */
  async status(orderId: string): Promise<ProfitSharingStatus | null> {
    if (!UUID.test(orderId)) return null;
    return this.toStatus(await sharingOfOrder(this.em, orderId));
  }

  /** Splits or returns that failed for good, or splits WeChat has been processing for over a day, most recent first. */
  async issues(first: number): Promise<ProfitSharingStatus[]> {
    if (first < 1 || first > 100) throw badUserInput('first must be 1 to 100', 'first');
    const staleBefore = new Date(this.now.getTime() - STALE_AFTER_MS);
    return Promise.all((await failedSharings(this.em, first, staleBefore)).map(async (s) => (await this.toStatus(s))!));
  }

  /** The store's receiver account: a WeChat Pay merchant id (the sandbox also takes FAIL… to simulate a bad one). */
  async setAccount(storeId: string, account: string | null): Promise<boolean> {
    if (!UUID.test(storeId)) throw badUserInput('storeId is not a store id', 'storeId');
    const sandboxFailure = this.deps.config.paymentProvider === 'sandbox' && account?.startsWith('FAIL');
    if (account !== null && !/^\d{8,12}$/.test(account) && !sandboxFailure)
      throw badUserInput('account must be a WeChat Pay merchant id', 'account');
    return setReceiverAccount(this.em, storeId, account);
  }

  private async toStatus(s: SharingRow | undefined): Promise<ProfitSharingStatus | null> {
    if (!s) return null;
    const returns = await returnsOfOrder(this.em, s.orderId);
    return Object.assign(new ProfitSharingStatus(), {
      orderId: s.orderId,
      outOrderNo: s.outOrderNo,
      state: s.state,
      attempts: s.attempts,
      lastError: s.lastError,
      receivers: s.receivers.map((r) => ({ ...r, failReason: r.failReason ?? null })),
      returns: returns.map((r) => ({
        storeId: r.storeId,
        amountFen: r.amountFen,
        state: r.state,
        attempts: r.attempts,
        lastError: r.lastError,
      })),
      updatedAt: s.updatedAt,
    });
  }
}
