// The life of an order's pickup code, driven by its order steps (a StepListener, inside each step's
// transaction): issued at payment, moved with a re-route, used at hand-over, void when the order is closed.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { PickupConfig } from '../../common/config';
import type { Effects } from '../../common/effects';
import { OrderEvent, OrderState } from '../order/order-states';
import type { StepListener, StepRecord } from '../order/order-steps';
import { codeHash, derivePickupKeys, drawCode, openCode, sealCode, signQrToken, type PickupKeys } from './pickup-code';
import { endLiveCode, insertLiveCode, liveCode, moveLiveCode, nextGeneration, type PickupCodeRow } from './pickup.repository';

/** Draws again on a collision with a live code of the store; at 10^10 codes a second draw is already rare. */
const MAX_DRAWS = 8;

export interface ShownCode {
  code: string;
  qrToken: string;
  expiresAt: Date;
  generation: number;
}

export class PickupCodes implements StepListener {
  readonly keys: PickupKeys;

  constructor(readonly config: PickupConfig) {
    this.keys = derivePickupKeys(config.secret);
  }

  hash(storeId: string, code: string): Buffer {
    return codeHash(this.keys, storeId, code);
  }

  /** A new live code for the order (the caller has ended the previous one). */
  async issue(tx: EntityManager, orderId: string, storeId: string, expiresAt: Date, at: Date): Promise<PickupCodeRow> {
    const generation = await nextGeneration(tx, orderId);
    for (let draw = 0; draw < MAX_DRAWS; draw++) {
      const code = drawCode(this.config.codeDigits);
      const row = {
        id: randomUUID(),
        orderId,
        generation,
        storeId,
        codeHash: this.hash(storeId, code),
        codeSealed: sealCode(this.keys, code, orderId, generation),
        expiresAt,
        at,
      };
      const issued = await insertLiveCode(tx, row);
      if (issued) return issued;
    }
    throw new Error(`no free pickup code for order ${orderId} after ${MAX_DRAWS} draws`);
  }

  /** What the shopper is shown: the code (opened from its seal) and a QR token carrying it. */
  show(row: PickupCodeRow): ShownCode {
    const code = openCode(this.keys, row.codeSealed, row.orderId, row.generation);
    return {
      code,
      expiresAt: row.expiresAt,
      generation: row.generation,
      qrToken: signQrToken(this.keys, { orderId: row.orderId, generation: row.generation, code, expiresAt: row.expiresAt }),
    };
  }

  async afterStep(tx: EntityManager, step: StepRecord, _effects: Effects): Promise<void> {
    const { order, transition, at } = step;
    if (order.fulfilment !== 'PICKUP') return;
    switch (transition.event) {
      case OrderEvent.PAY:
      // 拼团: the code is issued when the group forms, never while the order waits for it.
      case OrderEvent.GROUP_FORMED:
        // The PAY (or GROUP_FORMED) step set the deadline on the order it hands over.
        await this.issue(tx, order.id, order.storeId, order.pickupDeadline!, at);
        return;
      case OrderEvent.REROUTE:
        return this.follow(tx, order.id, order.storeId, at);
      // HAND_OVER: verifyPickup marked the code used in this same transaction (claimCode), the only way a
      // pickup order is handed over.
      default:
        if (order.state === OrderState.REFUNDED || order.state === OrderState.CANCELLED) await endLiveCode(tx, order.id, 'VOID');
    }
  }

  /**
   * The order moved to another store: uniqueness is per store, so the code is re-keyed there and the shopper's
   * code and QR keep working; only if the new store already has that code live is a new one drawn.
   */
  private async follow(tx: EntityManager, orderId: string, storeId: string, at: Date): Promise<void> {
    const live = await liveCode(tx, orderId);
    if (!live) return;
    const code = openCode(this.keys, live.codeSealed, orderId, live.generation);
    if (await moveLiveCode(tx, orderId, storeId, this.hash(storeId, code))) return;
    await endLiveCode(tx, orderId, 'REVOKED');
    await this.issue(tx, orderId, storeId, live.expiresAt, at);
  }
}
