// The checkout's side of its WeChat trade: whether it was closed, and which cancelled checkouts still need asking.
import type { EntityManager } from '@mikro-orm/postgresql';
import { preparedQuery } from '../../common/sql';

export interface CheckoutTrade {
  id: string;
  state: string;
  outTradeNo: string;
  /** Whether a trade was ever opened at WeChat (a prepay id asked for); without one nothing can be paid. */
  hasTrade: boolean;
  transactionId: string | null;
  tradeClosedAt: Date | null;
  createdAt: Date;
  paymentExpiresAt: Date;
}

const COLUMNS = `id, state, out_trade_no, prepay_id IS NOT NULL AS has_trade, transaction_id, trade_closed_at, created_at, payment_expires_at`;

function toTrade(r: Record<string, unknown>): CheckoutTrade {
  return {
    id: r.id as string,
    state: r.state as string,
    outTradeNo: r.out_trade_no as string,
    hasTrade: r.has_trade as boolean,
    transactionId: r.transaction_id as string | null,
    tradeClosedAt: r.trade_closed_at ? new Date(r.trade_closed_at as string) : null,
    createdAt: new Date(r.created_at as string),
    paymentExpiresAt: new Date(r.payment_expires_at as string),
  };
}

export async function checkoutTrade(em: EntityManager, checkoutId: string): Promise<CheckoutTrade | undefined> {
  const [r] = await preparedQuery<Record<string, unknown>>(em, `SELECT ${COLUMNS} FROM checkout WHERE id = :id::uuid`, { id: checkoutId });
  return r && toTrade(r);
}

/** WeChat confirmed the trade closed: it can never be paid, so there is nothing left to reconcile. */
export async function markTradeClosed(em: EntityManager, checkoutId: string, at: Date): Promise<void> {
  await preparedQuery(
    em,
    `UPDATE checkout SET trade_closed_at = :at::timestamptz, reconciled_at = coalesce(reconciled_at, :at::timestamptz) WHERE id = :id::uuid`,
    {
      id: checkoutId,
      at: at.toISOString(),
    },
  );
}

/** Asked WeChat after the payment window: not paid, and it can no longer be. */
export async function markReconciled(em: EntityManager, checkoutId: string, at: Date): Promise<void> {
  await preparedQuery(em, `UPDATE checkout SET reconciled_at = :at::timestamptz WHERE id = :id::uuid AND reconciled_at IS NULL`, {
    id: checkoutId,
    at: at.toISOString(),
  });
}

/**
 * Cancelled checkouts created since `since` that had a trade at WeChat, with no payment recorded and not reconciled
 * yet, oldest first after the (createdAt, id) key given: the reconcile sweep's batches.
 */
export async function tradesToReconcile(
  em: EntityManager,
  since: Date,
  after: { at: Date; id: string } | null,
  limit: number,
): Promise<CheckoutTrade[]> {
  const rows = await preparedQuery<Record<string, unknown>>(
    em,
    `SELECT ${COLUMNS} FROM checkout
     WHERE state = 'CANCELLED' AND transaction_id IS NULL AND reconciled_at IS NULL AND prepay_id IS NOT NULL
       AND created_at >= :since::timestamptz
       AND (:afterAt::timestamptz IS NULL OR (created_at, id) > (:afterAt::timestamptz, :afterId::uuid))
     ORDER BY created_at, id LIMIT :limit::int`,
    { since: since.toISOString(), afterAt: after?.at.toISOString() ?? null, afterId: after?.id ?? null, limit },
  );
  return rows.map(toTrade);
}
