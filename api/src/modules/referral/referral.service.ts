// Referral commission (分销) and 导购: promoters, the buyer's binding, the ledger's accruals and releases, and
// withdrawals paid by 商家转账. One level only: a promoter earns on the orders of buyers they bound, never on a
// promoter they recruited, and nothing through their own link.
import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../common/clock';
import type { Config } from '../../common/config';
import { badUserInput, forbidden } from '../../common/errors';
import { transaction, UUID } from '../../common/sql';
import { qrPngDataUrl } from './png';
import { Role, type Viewer } from '../../common/viewer';
import { OrderState } from '../../common/order-state';
import { lockOrder } from '../order/order.repository';
import { balances, lineCommission, MAX_RATE_BP, releasable, releaseLine, settleLine } from './commission';
import {
  bindBuyer,
  bindDays,
  commissionReport,
  deleteRule,
  ensurePromoter,
  hasOpenCase,
  insertEntries,
  insertWithdrawal,
  linkStaffShopper,
  liveBinding,
  listRules,
  lockPromoter,
  markFailureSeen,
  markReleased,
  moveWithdrawal,
  promoterBalances,
  promoterBy,
  promoterOfShopper,
  promoterPage,
  promoterStats,
  referredOrder,
  releaseCandidates,
  setBindDays,
  setPromoterState,
  staffShopper,
  upsertRule,
  withdrawalById,
  withdrawalByBillNo,
  withdrawals,
  type PromoterRow,
  type WithdrawalRow,
} from './referral.repository';
import { TransferError, transferSettles, type TransferOutcome, type TransferProvider } from './transfer-provider';
import { ReferralError, ReferralRefusal } from './referral.types';

export interface ReferralDeps {
  clock: Clock;
  config: Pick<Config, 'shop' | 'authSecret' | 'publicUrl'>;
  transfers: TransferProvider;
}

/** A promoter's share code: 10 of [a-z0-9], short enough for a mini-program code's scene (≤ 32 characters). */
function newCode(): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyz23456789';
  return [...randomBytes(10)].map((b) => alphabet[b % alphabet.length]).join('');
}

/** Books a referred order's lines to what they earn now (after a payment or a refund), under the order's lock. */
export async function settleOrder(tx: EntityManager, order: { id: string; clusterId: string }, at: Date): Promise<void> {
  const orderId = order.id;
  const referred = await referredOrder(tx, order.clusterId, orderId);
  if (!referred) return;
  const released = referred.releasedAt !== null;
  const rows = referred.lines.flatMap((l) =>
    settleLine(lineCommission(l, l.rateBp), l.bookedFen, released).map((e) => ({ ...e, orderId, lineId: l.lineId })),
  );
  await insertEntries(tx, referred.promoterId, rows, at);
}

export class ReferralService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: ReferralDeps,
  ) {}

  private now() {
    return this.deps.clock.now();
  }

  /** A shopper opts in (free, no purchase needed); a clerk is their store's 导购. Idempotent. */
  async becomePromoter(viewer: Viewer): Promise<PromoterRow> {
    if (viewer.role === Role.SHOPPER)
      return ensurePromoter(
        this.em,
        { id: randomUUID(), code: newCode(), kind: 'SHOPPER', shopperId: viewer.shopperId, staffId: null, storeId: null, displayName: '' },
        this.now(),
      );
    if (viewer.role === Role.CLERK)
      return ensurePromoter(
        this.em,
        {
          id: randomUUID(),
          code: newCode(),
          kind: 'CLERK',
          shopperId: null,
          staffId: viewer.staffId,
          storeId: viewer.storeId,
          displayName: viewer.username,
        },
        this.now(),
      );
    throw forbidden('Only shoppers and clerks can promote');
  }

  /** A shopper account a clerk linked as their own shares, earns and withdraws as that clerk's 导购. */
  async myPromoter(viewer: Viewer): Promise<PromoterRow | undefined> {
    if (viewer.role === Role.SHOPPER) return promoterOfShopper(this.em, viewer.shopperId);
    if (viewer.role === Role.CLERK) return promoterBy(this.em, { staffId: viewer.staffId });
    return undefined;
  }

  async centre(promoter: PromoterRow) {
    const [b, stats] = await Promise.all([promoterBalances(this.em, promoter.id), promoterStats(this.em, promoter.id)]);
    return { frozenFen: b.FROZEN, availableFen: b.AVAILABLE, ...stats };
  }

  /**
   * The buyer opened a promoter's share (card, code or link): bound to them for HQ's window, unless already
   * bound to another promoter whose window is still open. A promoter's own link binds nobody.
   */
  async bind(viewer: Viewer, code: string): Promise<{ promoterId: string; bound: boolean } | ReferralError> {
    if (viewer.role !== Role.SHOPPER) throw forbidden('Only shoppers are bound to a promoter');
    const promoter = /^[a-z0-9]{4,32}$/.test(code) ? await promoterBy(this.em, { code }) : undefined;
    if (!promoter || promoter.state !== 'ACTIVE') return ReferralError.of(ReferralRefusal.PROMOTER_NOT_FOUND, 'No such promoter');
    const own = promoter.shopperId ?? (promoter.staffId ? await staffShopper(this.em, promoter.staffId) : null);
    if (own === viewer.shopperId) return ReferralError.of(ReferralRefusal.SELF_REFERRAL, 'Your own link earns you nothing');
    const at = this.now();
    const days = await bindDays(this.em);
    const boundTo = await bindBuyer(this.em, viewer.shopperId, promoter.id, at, new Date(at.getTime() + days * 86_400_000));
    return { promoterId: promoter.id, bound: boundTo === promoter.id };
  }

  /** Whether the shopper is bound to a promoter now (no personal data of the promoter). */
  async boundNow(viewer: Viewer): Promise<boolean> {
    if (viewer.role !== Role.SHOPPER) return false;
    return (await liveBinding(this.em, viewer.shopperId, this.now())) !== undefined;
  }

  // ---- a clerk's own shopper account

  /**
   * A clerk's link token (10 minutes), shown as a QR in the store app: scanned in the mini-program it makes that
   * shopper account the clerk's own, which then earns nothing through any 导购 link of theirs.
   */
  staffLinkToken(viewer: Viewer): string {
    if (viewer.role !== Role.CLERK) throw forbidden('Only clerks link a shopper account');
    const body = `${viewer.staffId}.${Math.floor(this.now().getTime() / 1000) + 600}`;
    return `${body}.${this.linkSignature(body)}`;
  }

  /**
   * The link code as the store app shows it: the token, the H5 link that opens the mini-program's link page with it
   * (what the QR holds; WeChat's scan of a plain link opens the same page once the link rule is registered), its
   * QR as a PNG data URL, and when it expires.
   */
  staffLinkCode(viewer: Viewer): { token: string; link: string; qrDataUrl: string; expiresAt: Date } {
    const token = this.staffLinkToken(viewer);
    const link = `${this.deps.config.publicUrl}/m/#/packages/promoter/link/index?token=${encodeURIComponent(token)}`;
    const expiresAt = new Date(Number(token.split('.')[1]) * 1000);
    return { token, link, qrDataUrl: qrPngDataUrl(link), expiresAt };
  }

  /** Whether this clerk has linked their own shopper account (their WeChat). */
  async staffAccountLinked(viewer: Viewer): Promise<boolean> {
    if (viewer.role !== Role.CLERK) throw forbidden('Only clerks link a shopper account');
    return (await staffShopper(this.em, viewer.staffId)) !== null;
  }

  async linkStaffAccount(viewer: Viewer, token: string): Promise<boolean> {
    if (viewer.role !== Role.SHOPPER) throw forbidden('Open the link in the mini-program');
    const [staffId = '', until = '', sig = ''] = token.split('.');
    const expected = Buffer.from(this.linkSignature(`${staffId}.${until}`));
    const given = Buffer.from(sig);
    if (given.length !== expected.length || !timingSafeEqual(given, expected) || !UUID.test(staffId))
      throw badUserInput('Not a link code', 'token');
    if (Number(until) * 1000 < this.now().getTime()) throw badUserInput('The link code has expired: show a new one', 'token');
    return linkStaffShopper(this.em, staffId, viewer.shopperId);
  }

  private linkSignature(body: string): string {
    return createHmac('sha256', this.deps.config.authSecret).update(`staff-link:${body}`).digest('base64url').slice(0, 22);
  }

  // ---- HQ

  rules() {
    return listRules(this.em);
  }

  async setRule(input: { categoryId?: string | null; productId?: string | null; rateBp: number }) {
    const categoryId = input.categoryId ?? null;
    const productId = input.productId ?? null;
    if ((categoryId === null) === (productId === null)) throw badUserInput('Name a category or a product', 'categoryId');
    if (!UUID.test(categoryId ?? productId!)) throw badUserInput('Not an id', categoryId ? 'categoryId' : 'productId');
    if (!Number.isInteger(input.rateBp) || input.rateBp < 0 || input.rateBp > MAX_RATE_BP)
      throw badUserInput(`rateBp must be 0–${MAX_RATE_BP}`, 'rateBp');
    if (!(await upsertRule(this.em, { id: randomUUID(), categoryId, productId, rateBp: input.rateBp }, this.now())))
      throw badUserInput('No such category or product', categoryId ? 'categoryId' : 'productId');
    return listRules(this.em);
  }

  async removeRule(id: string) {
    if (!UUID.test(id) || !(await deleteRule(this.em, id))) throw badUserInput('No such rule', 'id');
    return listRules(this.em);
  }

  bindDays() {
    return bindDays(this.em);
  }

  async setBindDays(days: number) {
    if (!Number.isInteger(days) || days < 1 || days > 365) throw badUserInput('days must be 1–365', 'days');
    await setBindDays(this.em, days, this.now());
    return days;
  }

  promoters(limit: number) {
    return promoterPage(this.em, limit);
  }

  async setPromoterState(id: string, state: 'ACTIVE' | 'SUSPENDED') {
    if (!UUID.test(id) || !(await setPromoterState(this.em, id, state))) throw badUserInput('No such promoter', 'id');
    return (await promoterBy(this.em, { id }))!;
  }

  report(from: Date, to: Date, storeId: string | null, viewer: Viewer) {
    if (viewer.role === Role.CLERK) storeId = viewer.storeId;
    if (!(from < to)) throw badUserInput('from must be before to', 'from');
    return commissionReport(this.em, from, to, storeId);
  }

  // ---- release

  /**
   * Makes available the commission of every referred order whose after-sales window has closed with no case open.
   * Each order is checked again under its lock, so a refund or a request racing the sweep is either before it
   * (a reversal, or no release) or after it (a receivable).
   */
  async releaseDue(limit = 200): Promise<number> {
    const now = this.now();
    const days = this.deps.config.shop.afterSaleDays;
    let released = 0;
    for (const orderId of await releaseCandidates(this.em, now, days, limit)) {
      const done = await transaction(this.em, async (tx) => {
        const order = await lockOrder(tx, orderId);
        const referred = order && (await referredOrder(tx, order.clusterId, orderId));
        if (!order || !referred || referred.releasedAt) return false;
        const facts = {
          handedOverAt: order.handedOverAt,
          closedWithoutHandOver: !order.handedOverAt && (order.state === OrderState.CANCELLED || order.state === OrderState.REFUNDED),
          openCase: await hasOpenCase(tx, order.clusterId, orderId),
        };
        if (!releasable(facts, now, days)) return false;
        const rows = referred.lines.flatMap((l) => releaseLine(l.frozenFen).map((e) => ({ ...e, orderId, lineId: l.lineId })));
        await insertEntries(tx, referred.promoterId, rows, now);
        await markReleased(tx, order.clusterId, orderId, now);
        return true;
      });
      if (done) released++;
    }
    return released;
  }

  // ---- withdrawals

  /**
   * Takes `amountFen` out of the available balance into a withdrawal for HQ to review. Under the promoter's lock,
   * so two at once can never take more than is available between them.
   */
  async requestWithdrawal(viewer: Viewer, amountFen: number): Promise<WithdrawalRow | ReferralError> {
    if (viewer.role !== Role.SHOPPER) throw forbidden('Withdraw in the mini-program (a clerk links their WeChat first)');
    // 商家转账 pays no less than 0.3 yuan to a user.
    if (!Number.isSafeInteger(amountFen) || amountFen < 30) throw badUserInput('At least 0.3 yuan (30 fen)', 'amountFen');
    // A clerk's 导购 commission is withdrawn from the shopper account they linked (its WeChat is paid).
    const mine = await this.myPromoter(viewer);
    if (!mine) return ReferralError.of(ReferralRefusal.PROMOTER_NOT_FOUND, 'Join as a promoter first');
    const id = randomUUID();
    const outcome = await transaction(this.em, async (tx) => {
      const promoter = await lockPromoter(tx, mine.id);
      if (!promoter || promoter.state !== 'ACTIVE') return ReferralError.of(ReferralRefusal.PROMOTER_NOT_FOUND, 'Promoter suspended');
      const { AVAILABLE } = await promoterBalances(tx, promoter.id);
      if (amountFen > AVAILABLE)
        return ReferralError.of(ReferralRefusal.EXCEEDS_AVAILABLE, `Only ${AVAILABLE} fen is available`, Math.max(AVAILABLE, 0));
      const at = this.now();
      await insertWithdrawal(tx, { id, promoterId: promoter.id, amountFen, outBillNo: `cw${id.replace(/-/g, '')}`.slice(0, 32), at });
      await insertEntries(tx, promoter.id, [{ kind: 'WITHDRAW', bucket: 'AVAILABLE', amountFen: -amountFen, withdrawalId: id }], at);
      return null;
    });
    return outcome ?? (await withdrawalById(this.em, id))!;
  }

  async myWithdrawals(viewer: Viewer, limit: number) {
    const mine = await this.myPromoter(viewer);
    return mine ? withdrawals(this.em, { promoterId: mine.id }, limit) : [];
  }

  withdrawals(state: WithdrawalRow['state'] | undefined, limit: number, notSeen = false) {
    return withdrawals(this.em, { state, notSeen }, limit);
  }

  /** HQ has dealt with a transfer WeChat refused for good: 打款异常 leaves it out from now on. */
  async markFailureSeen(viewer: Viewer, id: string): Promise<WithdrawalRow | ReferralError> {
    const found = UUID.test(id) ? await withdrawalById(this.em, id) : undefined;
    if (!found) return ReferralError.of(ReferralRefusal.WITHDRAWAL_NOT_FOUND, 'No such withdrawal');
    if (!(await markFailureSeen(this.em, id, actor(viewer), this.now())))
      return ReferralError.of(ReferralRefusal.ALREADY_DECIDED, `Only a failed transfer not yet marked can be (it is ${found.state})`);
    return (await withdrawalById(this.em, id))!;
  }

  /** HQ turns a withdrawal down: the money goes back to available. */
  async rejectWithdrawal(viewer: Viewer, id: string, reason: string): Promise<WithdrawalRow | ReferralError> {
    return this.finish(id, ['REQUESTED'], 'REJECTED', { by: actor(viewer), failReason: reason.trim().slice(0, 200) || '未通过' });
  }

  /** HQ approves: the transfer is asked of WeChat (idempotent per out_bill_no), then the withdrawal follows its state. */
  async approveWithdrawal(viewer: Viewer, id: string): Promise<WithdrawalRow | ReferralError> {
    const found = UUID.test(id) ? await withdrawalById(this.em, id) : undefined;
    if (!found) return ReferralError.of(ReferralRefusal.WITHDRAWAL_NOT_FOUND, 'No such withdrawal');
    if (!found.openid) return ReferralError.of(ReferralRefusal.NOT_PAYABLE, 'This promoter has no WeChat account to pay');
    const moved = await transaction(this.em, (tx) =>
      moveWithdrawal(tx, id, ['REQUESTED'], 'PAYING', { by: actor(viewer), at: this.now() }),
    );
    if (!moved) return ReferralError.of(ReferralRefusal.ALREADY_DECIDED, `The withdrawal is ${found.state}`);
    return this.pay(found, false);
  }

  /** WeChat's bill of this number, or undefined when it has none. */
  private async billOf(outBillNo: string): Promise<TransferOutcome | undefined> {
    try {
      return await this.deps.transfers.query(outBillNo);
    } catch (err) {
      if (err instanceof TransferError && err.failure === 'NOT_FOUND') return undefined;
      throw err;
    }
  }

  /** Left PAYING with the error noted (HQ's review shows it); the sweep asks again with the same out_bill_no. */
  private async keepPaying(w: WithdrawalRow, err: TransferError): Promise<WithdrawalRow> {
    console.warn(`[referral] transfer ${w.outBillNo} not settled, asked again by the sweep: ${err.reason}`);
    await transaction(this.em, (tx) => moveWithdrawal(tx, w.id, ['PAYING'], 'PAYING', { at: this.now(), failReason: err.reason }));
    return (await withdrawalById(this.em, w.id))!;
  }

  /**
   * Asks WeChat for a PAYING withdrawal's transfer and books the answer. `askFirst` (the sweep: an earlier attempt
   * may have made the bill) asks for the bill by out_bill_no before asking to transfer again with the same number.
   * A refusal WeChat calls final is checked the same way before the money goes back, so money paid is never also
   * given back; anything else leaves it PAYING with the error noted, for the sweep to ask again.
   */
  private async pay(w: WithdrawalRow, askFirst: boolean): Promise<WithdrawalRow | ReferralError> {
    let outcome: TransferOutcome | undefined;
    try {
      if (askFirst) outcome = await this.billOf(w.outBillNo);
      outcome ??= await this.deps.transfers.transfer({
        outBillNo: w.outBillNo,
        openid: w.openid!,
        amountFen: w.amountFen,
        remark: '推广佣金提现',
      });
    } catch (err) {
      const refused = asTransferError(err);
      if (refused.failure !== 'FINAL') return this.keepPaying(w, refused);
      try {
        outcome = await this.billOf(w.outBillNo);
      } catch (queried) {
        return this.keepPaying(w, asTransferError(queried));
      }
      if (!outcome) return this.finish(w.id, ['PAYING'], 'FAILED', { failReason: refused.reason });
    }
    const settles = transferSettles(outcome.state);
    if (settles === 'PENDING') {
      await transaction(this.em, (tx) =>
        moveWithdrawal(tx, w.id, ['PAYING'], 'PAYING', {
          at: this.now(),
          transferBillNo: outcome.transferBillNo,
          packageInfo: outcome.packageInfo ?? null,
          // On its way: an error noted by an earlier attempt no longer holds.
          failReason: '',
        }),
      );
      return (await withdrawalById(this.em, w.id))!;
    }
    return this.finish(w.id, ['PAYING'], settles, { transferBillNo: outcome.transferBillNo, failReason: outcome.failReason ?? null });
  }

  /**
   * WeChat's word on a transfer (its notification, or a query): a PAYING withdrawal becomes PAID, or FAILED with
   * its money booked back to available. Idempotent: a repeat finds it finished and changes nothing.
   */
  async settleTransfer(bill: {
    outBillNo: string;
    state: TransferOutcome['state'];
    transferBillNo: string;
    amountFen?: number;
    failReason?: string;
  }): Promise<'SETTLED' | 'DUPLICATE' | 'PENDING' | 'UNKNOWN_BILL' | 'AMOUNT_MISMATCH' | 'CONFLICT'> {
    const found = await withdrawalByBillNo(this.em, bill.outBillNo);
    if (!found) return 'UNKNOWN_BILL';
    if (bill.amountFen !== undefined && bill.amountFen !== found.amountFen) return 'AMOUNT_MISMATCH';
    const settles = transferSettles(bill.state);
    if (settles === 'PENDING') return 'PENDING';
    if (found.state === settles) return 'DUPLICATE';
    const done = await this.finish(found.id, ['PAYING'], settles, {
      transferBillNo: bill.transferBillNo || null,
      failReason: settles === 'FAILED' ? (bill.failReason ?? bill.state) : null,
    });
    if (!(done instanceof ReferralError)) return 'SETTLED';
    // Decided meanwhile (a racing duplicate, or the sweep's query): the same end is a duplicate.
    return (await withdrawalById(this.em, found.id))?.state === settles ? 'DUPLICATE' : 'CONFLICT';
  }

  /** Withdrawals left PAYING (a timeout, a user yet to confirm): asked again. */
  async payPending(limit = 50): Promise<number> {
    let n = 0;
    for (const w of await withdrawals(this.em, { state: 'PAYING' }, limit)) {
      if ((await this.pay(w, true)) instanceof ReferralError) continue;
      n++;
    }
    return n;
  }

  /** Ends a withdrawal; a rejected or failed one books its money back to available, under the promoter's lock. */
  private async finish(
    id: string,
    from: WithdrawalRow['state'][],
    to: 'PAID' | 'FAILED' | 'REJECTED',
    fields: { by?: string; transferBillNo?: string | null; failReason?: string | null },
  ): Promise<WithdrawalRow | ReferralError> {
    const found = UUID.test(id) ? await withdrawalById(this.em, id) : undefined;
    if (!found) return ReferralError.of(ReferralRefusal.WITHDRAWAL_NOT_FOUND, 'No such withdrawal');
    const moved = await transaction(this.em, async (tx) => {
      await lockPromoter(tx, found.promoterId);
      const at = this.now();
      if (!(await moveWithdrawal(tx, id, from, to, { ...fields, at }))) return false;
      if (to !== 'PAID')
        await insertEntries(
          tx,
          found.promoterId,
          [{ kind: 'WITHDRAW_RETURN', bucket: 'AVAILABLE', amountFen: found.amountFen, withdrawalId: id }],
          at,
        );
      return true;
    });
    const now = (await withdrawalById(this.em, id))!;
    if (!moved) return ReferralError.of(ReferralRefusal.ALREADY_DECIDED, `The withdrawal is ${now.state}`);
    return now;
  }
}

/** Our own checks before anything is sent are final (nothing went to WeChat); anything unknown is asked about again. */
function asTransferError(err: unknown): TransferError {
  if (err instanceof TransferError) return err;
  if (err instanceof RangeError) return new TransferError('FINAL', 'INVALID_REQUEST', err.message);
  return new TransferError('RETRY', 'UNKNOWN', (err as Error)?.message ?? String(err));
}

function actor(viewer: Viewer): string {
  return viewer.role === Role.HQ_ADMIN || viewer.role === Role.CLERK ? `staff:${viewer.username}` : 'system';
}

/** balances() over rows, re-exported for the report's own checks. */
export { balances };
