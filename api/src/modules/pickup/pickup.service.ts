// The counter's side of pickup (preview and verify a code or QR, rate limited and audited) and the shopper's
// (see, re-show and regenerate the code). Code lifecycle inside order steps is in pickup-codes.ts.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../common/clock';
import { badUserInput, type ErrorResult } from '../../common/errors';
import { decodeCursor, isKeyCursor, toPage, type Page } from '../../common/pagination';
import { transaction, UUID } from '../../common/sql';
import type { Config } from '../../common/config';
import { Role } from '../auth/auth.entity';
import type { Viewer } from '../../common/viewer';
import { asCustomerOrder, CustomerOrder, OrderLine } from '../order/order.entity';
import { OrderNotFoundError } from '../order/order.errors';
import type { OrderView } from '../../common/order-view';
import { extendPickupDeadline, lockOrder } from '../order/order.repository';
import { actorOf } from '../order/order.service';
import { OrderState } from '../order/order-states';
import { OrderSteps, type StepDeps } from '../order/order-steps';
import { clusterOfStore } from '../store/store-cluster';
import { groupCode, isWellFormedCode, maskName, maskPhone, readQrToken } from './pickup-code';
import type { PickupCodes } from './pickup-codes';
import type { Admission, Refusal, Ticket } from '../../common/attempt-limiter';
import type { LockScope, Lockout, PickupAttemptLimiter } from './pickup-limiter';
import {
  AlreadyPickedUpError,
  PickupCodeNotFoundError,
  PickupExpiredError,
  PickupLockedError,
  PickupRefusalReason,
  PickupRefusedError,
} from './pickup.errors';
import {
  claimCode,
  endLiveCode,
  findCode,
  listAttempts,
  liveCode,
  lockCode,
  recordAttempt,
  type AttemptRecord,
  type CodeKey,
  type PickupCodeRow,
} from './pickup.repository';
import {
  PickupAttemptOutcome as Outcome,
  PickupCode,
  PickupCodeStatus,
  PickupPreview,
  PickupVerified,
  type PickupAttempt,
  type PickupAttemptsArgs,
  type PickupProofInput,
} from './pickup.types';

type Clerk = Extract<Viewer, { role: Role.CLERK }>;
type Method = 'CODE' | 'QR';
type CodeRefusal = { outcome: Outcome; result: ErrorResult };

/** Thrown inside the hand-over transaction to roll back a claim made during a lockout. */
class LockedOutDuringClaim extends Error {
  constructor(readonly lock: Refusal) {
    super(`pickup ${lock.scope} locked out`);
  }
}

export interface PickupDeps extends StepDeps {
  config: Config;
  clock: Clock;
  pickupCodes: PickupCodes;
  pickupLimiter: PickupAttemptLimiter;
}

/** Orders that can still be collected; a code is shown (or issued again) only for these. */
const COLLECTABLE = [OrderState.PAID, OrderState.ACCEPTED, OrderState.READY_FOR_PICKUP];
/** Orders a clerk can hand over now (an ACCEPTED one is marked ready on the way). */
const HANDABLE = [OrderState.ACCEPTED, OrderState.READY_FOR_PICKUP];

export class PickupService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: PickupDeps,
  ) {}

  private get codes() {
    return this.deps.pickupCodes;
  }

  async preview(viewer: Clerk, input: PickupProofInput) {
    const found = await this.find(viewer, input, 'PREVIEW');
    if (!('row' in found)) return found;
    const { row, method } = found;
    const [order, lines] = await Promise.all([
      this.em.findOneOrFail(CustomerOrder, { clusterId: found.clusterId, id: row.orderId }),
      this.em.find(OrderLine, { clusterId: found.clusterId, orderId: row.orderId }, { orderBy: { position: 'asc' } }),
    ]);
    await this.audit(viewer, 'PREVIEW', method, Outcome.PREVIEWED, row.orderId);
    return Object.assign(new PickupPreview(), {
      orderId: order.id,
      state: order.state,
      codeStatus: row.status as PickupCodeStatus,
      expiresAt: row.expiresAt,
      pickupDeadline: order.pickupDeadline,
      contactName: maskName(order.contactName),
      contactPhone: maskPhone(order.contactPhone),
      totalFen: order.totalFen,
      lines,
      handedOverAt: row.usedAt,
      handedOverBy: row.usedBy,
    });
  }

  /**
   * Single use: one statement finds the code, locks its order and uses the code (logging the attempt) when the
   * order can be handed over here, in the same transaction as the hand-over step; only when it did not apply is
   * the code re-read under the lock to say why (already picked up: when and by whom). A typed code is admitted by
   * the attempt limiter (counted first, so a burst cannot slip past the limit) beside that statement; when it is
   * refused the transaction is rolled back, whatever it found.
   */
  async verify(viewer: Clerk, input: PickupProofInput) {
    const { method, key, miss } = this.readProof(viewer, input, await clusterOfStore(this.em, viewer.storeId));
    const gate = this.admit(viewer, method);
    if (!key) {
      const admission = await gate;
      return admission?.admitted === false
        ? this.lockedOut(viewer, 'VERIFY', method, admission.refusal)
        : this.missed(viewer, 'VERIFY', method, miss, admission?.ticket);
    }
    const now = this.deps.clock.now();
    const attempt = this.attempt(viewer, 'VERIFY', method, Outcome.VERIFIED, null, now);
    const steps = new OrderSteps(this.em, this.deps);
    let codeId = '';
    let ticket: Ticket | undefined;
    const outcome = await steps
      .handOverWithProof<CodeRefusal>(actorOf(viewer), `pickup code verified (${method})`, {
        claim: async (tx) => {
          const [admission, claim] = await Promise.all([gate, claimCode(tx, key, HANDABLE, attempt)]);
          if (admission?.admitted === false) throw new LockedOutDuringClaim(admission.refusal);
          ticket = admission?.ticket;
          codeId = claim?.codeId ?? '';
          return claim;
        },
        refuse: async (tx, order) => {
          const code = await lockCode(tx, order.clusterId, codeId);
          // Re-routed since the lookup: the code now belongs to another store, which this clerk may not learn of.
          if (!code || code.storeId !== viewer.storeId || order.storeId !== viewer.storeId)
            return { outcome: Outcome.NOT_FOUND, result: PickupCodeNotFoundError.of(this.deps.config.pickup.clerkMaxFailures) };
          return (
            refusalOf(code, order, now) ?? {
              outcome: Outcome.REFUSED,
              result: PickupRefusedError.of(order.id, order.state, PickupRefusalReason.CODE_REPLACED),
            }
          );
        },
      })
      .catch((err: unknown) => {
        if (err instanceof LockedOutDuringClaim) return err;
        throw err;
      });
    if (outcome instanceof LockedOutDuringClaim) return this.lockedOut(viewer, 'VERIFY', method, outcome.lock);
    if (!outcome.ok && outcome.kind === 'NOT_FOUND') return this.missed(viewer, 'VERIFY', method, miss, ticket);
    // Not a miss: the attempt stops counting. Off the answer's path; a lost release only errs towards a lockout.
    if (ticket) this.releaseLater(ticket);
    if (outcome.ok)
      return Object.assign(new PickupVerified(), {
        orderId: outcome.order.id,
        pickedUpAt: now,
        pickedUpBy: attempt.actor,
        handedOver: asCustomerOrder(outcome.order),
      });
    await recordAttempt(this.em, {
      ...attempt,
      orderId: outcome.orderId,
      outcome: outcome.refusal.outcome,
      detail: outcome.refusal.result.message,
    });
    return outcome.refusal.result;
  }

  /** The code or token as this clerk's store knows it, or the error to answer (the preview's lookup). */
  private async find(
    viewer: Clerk,
    input: PickupProofInput,
    action: 'PREVIEW' | 'VERIFY',
  ): Promise<{ row: PickupCodeRow; method: Method; clusterId: string } | PickupCodeNotFoundError | PickupLockedError> {
    const { method, key, miss } = this.readProof(viewer, input, await clusterOfStore(this.em, viewer.storeId));
    // Admission and the lookup go out together; the lookup's answer is ignored when the attempt is refused.
    const [admission, row] = await Promise.all([this.admit(viewer, method), key ? findCode(this.em, key) : undefined]);
    if (admission?.admitted === false) return this.lockedOut(viewer, action, method, admission.refusal);
    if (row) {
      if (admission) this.releaseLater(admission.ticket);
      return { row, method, clusterId: key!.clusterId };
    }
    return this.missed(viewer, action, method, miss, admission?.ticket);
  }

  /**
   * What the clerk showed, read: how to look its code up at their store, or (no key) why it names none. `cluster`:
   * the store's (undefined for a store that does not exist, which has no codes).
   */
  private readProof(viewer: Clerk, input: PickupProofInput, cluster: string | undefined): { method: Method; key?: CodeKey; miss: Outcome } {
    const code = input.code?.replace(/ /g, '');
    if ((code === undefined) === (input.qrToken === undefined))
      throw badUserInput('Give either code or qrToken', code === undefined ? 'code' : 'qrToken');
    const digits = this.deps.config.pickup.codeDigits;
    const storeId = viewer.storeId;
    if (code !== undefined) {
      return {
        method: 'CODE',
        key: cluster && isWellFormedCode(code, digits) ? { clusterId: cluster, storeId, hash: this.codes.hash(storeId, code) } : undefined,
        miss: Outcome.NOT_FOUND,
      };
    }
    const claims = readQrToken(this.codes.keys, input.qrToken!, digits);
    if (!claims) return { method: 'QR', miss: Outcome.BAD_QR_TOKEN };
    return {
      method: 'QR',
      key: cluster
        ? {
            clusterId: cluster,
            storeId,
            hash: this.codes.hash(storeId, claims.code),
            qr: { orderId: claims.orderId, generation: claims.generation },
          }
        : undefined,
      miss: Outcome.NOT_FOUND,
    };
  }

  /**
   * Typed codes are counted before they are evaluated and refused during a lockout; a QR token is not (it is
   * signed, so it cannot be guessed), which keeps the counter working. Undefined for QR tokens.
   */
  private admit(viewer: Clerk, method: Method): Promise<Admission | undefined> {
    return method === 'CODE' ? this.deps.pickupLimiter.admit(viewer.staffId, viewer.storeId) : Promise.resolve(undefined);
  }

  private releaseLater(ticket: Ticket): void {
    this.deps.pickupLimiter.release(ticket).catch((err: unknown) => console.error('[pickup] releasing an attempt failed', err));
  }

  private async lockedOut(
    viewer: Clerk,
    action: 'PREVIEW' | 'VERIFY',
    method: Method,
    lock: Lockout | Refusal,
  ): Promise<PickupLockedError> {
    const scope = lock.scope as LockScope;
    const detail =
      'locked' in lock && !lock.locked
        ? `${scope} limit reached by attempts in flight; retry in ${lock.retryAfterSeconds} s`
        : `${scope} locked for ${lock.retryAfterSeconds} s`;
    await this.audit(viewer, action, method, Outcome.LOCKED_OUT, null, detail);
    return PickupLockedError.of(scope, lock.retryAfterSeconds);
  }

  /** Every miss counts against the clerk and the store, and previews count like verifications (else preview would be a free oracle). */
  private async missed(
    viewer: Clerk,
    action: 'PREVIEW' | 'VERIFY',
    method: Method,
    miss: Outcome,
    ticket?: Ticket,
  ): Promise<PickupCodeNotFoundError> {
    const { attemptsLeft } = await this.deps.pickupLimiter.recordFailure(viewer.staffId, viewer.storeId, ticket);
    await this.audit(viewer, action, method, miss, null, `${attemptsLeft} attempts left`);
    return PickupCodeNotFoundError.of(attemptsLeft);
  }

  private attempt(
    viewer: Clerk,
    action: 'PREVIEW' | 'VERIFY',
    method: Method,
    outcome: Outcome,
    orderId: string | null,
    at: Date,
    detail: string | null = null,
  ): AttemptRecord {
    return {
      id: randomUUID(),
      at,
      storeId: viewer.storeId,
      staffId: viewer.staffId,
      actor: actorOf(viewer).name,
      action,
      method,
      outcome,
      orderId,
      detail,
    };
  }

  private audit(
    viewer: Clerk,
    action: 'PREVIEW' | 'VERIFY',
    method: Method,
    outcome: Outcome,
    orderId: string | null,
    detail: string | null = null,
  ) {
    return recordAttempt(this.em, this.attempt(viewer, action, method, outcome, orderId, this.deps.clock.now(), detail));
  }

  /** Order.pickupCode: the live code, for the order's own shopper only. */
  async shopperCode(viewer: Viewer, order: CustomerOrder): Promise<PickupCode | null> {
    if (viewer.role !== Role.SHOPPER || viewer.shopperId !== order.shopperId || order.fulfilment !== 'PICKUP') return null;
    const row = await liveCode(this.em, order.id);
    return row ? this.toPickupCode(row) : null;
  }

  /** Shows the code again; issues one if a collectable order has none (e.g. paid before codes existed). */
  resend(viewer: Viewer, orderId: string) {
    return this.reissue(viewer, orderId, false);
  }

  /** A new code; the old one stops working at once (the shopper thinks it was seen by someone else). */
  regenerate(viewer: Viewer, orderId: string) {
    return this.reissue(viewer, orderId, true);
  }

  private async reissue(viewer: Viewer, orderId: string, replace: boolean) {
    if (viewer.role !== Role.SHOPPER || !UUID.test(orderId)) return OrderNotFoundError.of(orderId);
    const now = this.deps.clock.now();
    return transaction(this.em, async (tx): Promise<PickupCode | OrderNotFoundError | PickupRefusedError> => {
      const order = await lockOrder(tx, orderId);
      if (!order || order.shopperId !== viewer.shopperId || order.fulfilment !== 'PICKUP') return OrderNotFoundError.of(orderId);
      if (!COLLECTABLE.includes(order.state)) return PickupRefusedError.of(orderId, order.state, stateRefusal(order.state));
      const live = await liveCode(tx, orderId);
      if (live && !replace) return this.toPickupCode(live);
      if (live) await endLiveCode(tx, orderId, 'REVOKED');
      return this.toPickupCode(await this.codes.issue(tx, orderId, order.storeId, await this.deadline(tx, order, now), now));
    });
  }

  /**
   * The new code's expiry is the order's pickup deadline. Under PICKUP_EXPIRY_POLICY=KEEP an order can outlive
   * it; a code asked for then gets a new deadline PICKUP_HOLD_HOURS ahead, so the order can still be collected.
   */
  private async deadline(tx: EntityManager, order: OrderView, now: Date): Promise<Date> {
    const deadline = order.pickupDeadline!;
    if (deadline > now || this.deps.config.pickupExpiryPolicy !== 'KEEP') return deadline;
    const extended = new Date(now.getTime() + this.deps.config.pickupHoldHours * 3600_000);
    await extendPickupDeadline(tx, order, extended);
    return extended;
  }

  private toPickupCode(row: PickupCodeRow): PickupCode {
    const shown = this.codes.show(row);
    return Object.assign(new PickupCode(), { ...shown, display: groupCode(shown.code) });
  }

  async attempts(args: PickupAttemptsArgs): Promise<Page<PickupAttempt>> {
    if (args.storeId != null && !UUID.test(args.storeId)) throw badUserInput('storeId is not an id', 'storeId');
    const after = decodeCursor(args.after, isKeyCursor);
    if (after && !/^[0-9]+$/.test(after.k)) throw badUserInput('after is not a cursor this list gave out', 'after');
    const rows = await listAttempts(this.em, args.storeId ?? null, after?.k ?? null, args.first + 1);
    return toPage(rows as (PickupAttempt & { seq: string })[], args.first, (r) => ({ k: r.seq }));
  }
}

/** Why this code cannot be handed over now, or undefined when it can. Checked under the order lock. */
function refusalOf(code: PickupCodeRow, order: OrderView, now: Date): CodeRefusal | undefined {
  if (code.status === 'USED')
    return { outcome: Outcome.ALREADY_PICKED_UP, result: AlreadyPickedUpError.of(order.id, code.usedAt!, code.usedBy!) };
  if (!COLLECTABLE.includes(order.state))
    return { outcome: Outcome.REFUSED, result: PickupRefusedError.of(order.id, order.state, stateRefusal(order.state)) };
  if (code.status !== 'LIVE')
    return { outcome: Outcome.REFUSED, result: PickupRefusedError.of(order.id, order.state, PickupRefusalReason.CODE_REPLACED) };
  if (code.expiresAt <= now) return { outcome: Outcome.EXPIRED, result: PickupExpiredError.of(order.id, code.expiresAt) };
  if (order.state === OrderState.PAID)
    return { outcome: Outcome.REFUSED, result: PickupRefusedError.of(order.id, order.state, PickupRefusalReason.NOT_ACCEPTED) };
  return undefined;
}

function stateRefusal(state: OrderState): PickupRefusalReason {
  switch (state) {
    case OrderState.REFUNDED:
      return PickupRefusalReason.ORDER_REFUNDED;
    case OrderState.CANCELLED:
      return PickupRefusalReason.ORDER_CANCELLED;
    case OrderState.PENDING_PAYMENT:
      return PickupRefusalReason.NOT_PAID;
    default:
      return PickupRefusalReason.PICKED_UP;
  }
}
