// Posting orders' splits to the ledger, driven by order steps: at payment the order keeps its referring store
// and the rule set in force; at hand-over (picked up or delivered) the split is posted; a refund after that
// posts the difference to the split of the new net, so the totals always equal an exact split (no drift).
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../common/config';
import type { Effects } from '../../common/effects';
import { OrderEvent, OrderState } from '../order/order-states';
import type { StepAhead, StepListener, StepRecord } from '../../common/order-step';
import type { SqlRider } from '../../common/sql';
import { entriesToReach, fundingForOrder, splitForOrder, targetBalances } from './order-split';
import { appendPosting, loadPostingBasis, postingBasisRead, saleWrites, type OrderToPost } from './ledger.repository';

export const SALE_EVENT = 'SALE';
export const refundEvent = (refundId: string) => `REFUND:${refundId}`;

export type LedgerConfig = Pick<Config, 'paymentFeeBp'>;

/** What a posting did, for whoever reacts after it (profit sharing): `sharingOpened`, a sale opened its split. */
export type PostedHook = (
  tx: EntityManager,
  orderId: string,
  eventKey: string,
  effects: Effects,
  posted: { sharingOpened: boolean },
) => Promise<void>;

/**
 * Posts the split of the order as the step left it (`stepOrder`: not read again), for one event, under the order's
 * row lock (steps hold it). Returns false when the
 * event was posted before, or when it is a refund of an order whose sale is not posted yet (the sale will
 * take the net as it is then); else whether a sale opened the order's profit-sharing row.
 */
export async function postOrderSplit(
  tx: EntityManager,
  config: LedgerConfig,
  stepOrder: OrderToPost,
  eventKey: string,
  at: Date,
  /** Given, a sale's posting is deferred to the transaction's outbox statement (saleWrites): one round trip fewer. */
  effects?: Effects,
  /** The basis's read, made with the step's statement (postingBasisRead), when it asked the same. */
  prefetched?: SqlRider<unknown>,
): Promise<false | { sharingOpened: boolean }> {
  const kind: 'SALE' | 'REFUND' = eventKey === SALE_EVENT ? 'SALE' : 'REFUND';
  const orderId = stepOrder.id;
  const basis = await loadPostingBasis(tx, stepOrder, eventKey, SALE_EVENT, prefetched);
  if (basis.posted || (kind === 'REFUND' && !basis.salePosted)) return false;
  const { order, rules, storeGroups } = basis;
  const ruleSetId = order.ruleSetId;
  const split = splitForOrder(order, rules, storeGroups, config.paymentFeeBp);
  // Each discount the order keeps goes to its funder; a refund's posting reverses exactly the refunded units' share.
  const funding = fundingForOrder(order, rules, storeGroups);
  const entries = entriesToReach(targetBalances(order, split, funding), basis.balances);
  const posting = {
    orderId,
    checkoutId: stepOrder.checkoutId,
    eventKey,
    kind,
    ruleSetId,
    receivedFen: split.receivedFen,
    feeFen: split.feeFen,
    at,
    storeId: order.storeId,
    clusterId: stepOrder.clusterId,
    entries,
  };
  if (effects && kind === 'SALE') {
    for (const w of saleWrites({ ...posting, sharing: basis.hasTrade })) effects.write(w);
    return { sharingOpened: basis.hasTrade };
  }
  return (await appendPosting(tx, posting)) ?? false;
}

export class SettlementStepListener implements StepListener {
  constructor(
    private readonly config: LedgerConfig,
    private readonly afterPosting?: PostedHook,
  ) {}

  /**
   * A sale's posting basis, read with the hand-over's own statement: the hand-over changes nothing in it, and no
   * listener before this one writes the ledger, the order's lines or its checkout.
   */
  prefetch({ order, transition }: StepAhead): SqlRider<unknown> | undefined {
    return transition.event !== OrderEvent.REFUND && isSale(transition.to) ? postingBasisRead(order, SALE_EVENT, SALE_EVENT) : undefined;
  }

  async afterStep(tx: EntityManager, step: StepRecord, effects: Effects): Promise<void> {
    const { order, transition, at } = step;
    let eventKey: string | undefined;
    // At payment the step itself recorded the split's basis (referring store, rule set in force): see applyStep.
    if (step.refund) eventKey = refundEvent(step.refund.id);
    else if (isSale(transition.to)) eventKey = SALE_EVENT;
    const posted = eventKey && (await postOrderSplit(tx, this.config, order, eventKey, at, effects, step.prefetched?.(this)));
    if (eventKey && posted) await this.afterPosting?.(tx, order.id, eventKey, effects, posted);
  }
}

const isSale = (to: OrderState) => to === OrderState.PICKED_UP || to === OrderState.DELIVERED;
