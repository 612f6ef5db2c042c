// What the counter says for each pickup outcome: one big line readable from a metre and one detail line.
import { actorName, when } from '../../lib/time';
import { t } from '../../strings';

export type Tone = 'ok' | 'warn' | 'bad';
export interface Feedback {
  tone: Tone;
  title: string;
  detail?: string;
}

/** The error results pickupPreview and verifyPickup share (fields as the fragment asks for them). */
export interface PickupErrorLike {
  __typename: string;
  errorCode?: string;
  attemptsLeft?: number;
  retryAfterSeconds?: number;
  pickedUpAt?: string;
  pickedUpBy?: string;
  expiredAt?: string;
  state?: string;
  reason?: string;
}

function untilAfter(seconds: number, timeZone?: string): string {
  return when(new Date(Date.now() + seconds * 1000).toISOString(), timeZone);
}

/**
 * `viaQr`: a signed QR that no order of this store matches belongs to another store (or was replaced).
 * Times read on the store's clock (`timeZone`).
 */
export function feedbackOfError(e: PickupErrorLike, viaQr: boolean, timeZone?: string): Feedback {
  switch (e.__typename) {
    case 'AlreadyPickedUpError':
      return {
        tone: 'warn',
        title: t.counter.alreadyPickedUp,
        detail: t.counter.alreadyDetail(when(e.pickedUpAt, timeZone), actorName(e.pickedUpBy ?? '')),
      };
    case 'PickupExpiredError':
      return { tone: 'bad', title: t.counter.expired, detail: t.counter.expiredDetail(when(e.expiredAt, timeZone)) };
    case 'PickupLockedError':
      return { tone: 'bad', title: t.counter.locked, detail: t.counter.lockedDetail(untilAfter(e.retryAfterSeconds ?? 0, timeZone)) };
    case 'PickupCodeNotFoundError':
      return viaQr
        ? { tone: 'bad', title: t.counter.notThisStore }
        : { tone: 'bad', title: t.counter.notFound, detail: t.counter.notFoundDetail(e.attemptsLeft ?? 0) };
    case 'PickupRefusedError':
      switch (e.reason) {
        case 'ORDER_REFUNDED':
          return { tone: 'bad', title: t.counter.refunded };
        case 'ORDER_CANCELLED':
          return { tone: 'bad', title: t.counter.cancelled };
        case 'NOT_ACCEPTED':
          return { tone: 'warn', title: t.counter.notReady };
        case 'NOT_PAID':
          return { tone: 'bad', title: t.counter.notPaid };
        case 'CODE_REPLACED':
          return { tone: 'bad', title: t.counter.replaced };
        case 'PICKED_UP':
          return { tone: 'warn', title: t.counter.alreadyPickedUp };
      }
  }
  return { tone: 'bad', title: t.errors.generic };
}

export interface PreviewLike {
  state: string;
  codeStatus: string;
  expiresAt: string;
  handedOverAt?: string | null;
  handedOverBy?: string | null;
}

/** A preview that already shows the order cannot be handed over gets its feedback straight away. */
export function feedbackOfPreview(p: PreviewLike, now = Date.now(), timeZone?: string): Feedback | null {
  if (p.codeStatus === 'USED' || p.handedOverAt) {
    return {
      tone: 'warn',
      title: t.counter.alreadyPickedUp,
      detail: t.counter.alreadyDetail(when(p.handedOverAt, timeZone), actorName(p.handedOverBy ?? '')),
    };
  }
  if (p.state === 'REFUNDED') return { tone: 'bad', title: t.counter.refunded };
  if (p.state === 'CANCELLED') return { tone: 'bad', title: t.counter.cancelled };
  if (p.codeStatus !== 'LIVE') return { tone: 'bad', title: t.counter.replaced };
  if (Date.parse(p.expiresAt) <= now)
    return { tone: 'bad', title: t.counter.expired, detail: t.counter.expiredDetail(when(p.expiresAt, timeZone)) };
  return null;
}
