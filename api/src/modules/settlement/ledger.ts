// Posting orders' splits to the ledger, driven by order steps: at payment the order keeps its referring store
// and the rule set in force; at hand-over (picked up or delivered) the split is posted; a refund after that
// posts the difference to the split of the new net, so the totals always equal an exact split (no drift).
import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../common/sql';
import type { Config } from '../../common/config';
import type { Effects } from '../../common/effects';
import { OrderEvent, OrderState } from '../order/order-states';
import type { StepListener, StepRecord } from '../order/order-steps';
import { entriesToReach, splitForOrder, targetBalances } from './order-split';
import { appendPosting, loadPostingBasis } from './ledger.repository';

export const SALE_EVENT = 'SALE';
export const refundEvent = (refundId: string) => `REFUND:${refundId}`;

export type LedgerConfig = Pick<Config, 'paymentFeeBp'>;

/** What a posting did, for whoever reacts after it (profit sharing): `sharingOpened`, a sale opened its split. */
export type PostedHook = (tx: EntityManager, orderId: string, eventKey: string, effects: Effects, posted: { sharingOpened: boolean }) => Promise<void>;

/**
 * Posts the order's split for one event, under the order's row lock (steps hold it). Returns false when the
 * event was posted before, or when it is a refund of an order whose sale is not posted yet (the sale will
 * take the net as it is then); else whether a sale opened the order's profit-sharing row.
 */
export async function postOrderSplit(tx: EntityManager, config: LedgerConfig, orderId: string, eventKey: string, at: Date): Promise<false | { sharingOpened: boolean }> {
  const kind = eventKey === SALE_EVENT ? 'SALE' : 'REFUND';
  const basis = await loadPostingBasis(tx, orderId, eventKey, SALE_EVENT);
  if (!basis) throw new Error(`no order ${orderId}`);
  if (basis.posted || (kind === 'REFUND' && !basis.salePosted)) return false;
  const { order, rules, storeGroups } = basis;
  const ruleSetId = order.ruleSetId;
  const split = splitForOrder(order, rules, storeGroups, config.paymentFeeBp);
  const entries = entriesToReach(targetBalances(order, split), basis.balances);
  return (await appendPosting(tx, { orderId, eventKey, kind, ruleSetId, receivedFen: split.receivedFen, feeFen: split.feeFen, at, storeId: order.storeId, entries })) ?? false;
}

/**
 * At payment: the shopper's home store becomes the order's referring store, and the rule set in force then
 * is the one its split will use, whenever it completes.
 */
export async function recordSplitBasis(tx: EntityManager, orderId: string, at: Date): Promise<void> {
  await query(
    tx,
    `UPDATE customer_order o SET
       referring_store_id = (SELECT home_store_id FROM shopper WHERE id = o.shopper_id),
       split_rule_set_id = (SELECT id FROM split_rule_set WHERE status = 'PUBLISHED' AND effective_at <= :at::timestamptz
                            ORDER BY effective_at DESC, version DESC LIMIT 1)
     WHERE o.id = :id::uuid`,
    { id: orderId, at: at.toISOString() },
  );
}

export class SettlementStepListener implements StepListener {
  constructor(
    private readonly config: LedgerConfig,
    private readonly afterPosting?: PostedHook,
  ) {}

  async afterStep(tx: EntityManager, step: StepRecord, effects: Effects): Promise<void> {
    const { order, transition, at } = step;
    let eventKey: string | undefined;
    if (transition.event === OrderEvent.PAY) await recordSplitBasis(tx, order.id, at);
    else if (step.refund) eventKey = refundEvent(step.refund.id);
    else if (transition.to === OrderState.PICKED_UP || transition.to === OrderState.DELIVERED) eventKey = SALE_EVENT;
    const posted = eventKey && (await postOrderSplit(tx, this.config, order.id, eventKey, at));
    if (eventKey && posted) await this.afterPosting?.(tx, order.id, eventKey, effects, posted);
  }
}
