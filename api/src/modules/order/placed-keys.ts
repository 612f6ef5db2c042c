// Whether shoppers have a checkout under a key, asked by flash buyers the door turned away (each may be retrying a
// checkout it won). Under a crowd these asks are batched: one statement in flight at a time, and every ask that
// arrives meanwhile goes in the next, so a thousand losers cost a few round trips and pool places instead of a
// thousand indexed reads queueing for connections in front of the winners' checkouts. PostgreSQL still answers
// every ask.
import type { EntityManager } from '@mikro-orm/postgresql';
import { placedUnderKeys } from './checkout.repository';

interface Ask {
  shopperId: string;
  key: string;
  resolve: (placed: boolean) => void;
  reject: (err: unknown) => void;
}

/** Asks per statement at most (the rest wait for the next one). */
const MAX_BATCH = 500;

export class PlacedKeys {
  private waiting: Ask[] = [];
  private busy = false;

  /** Whether the shopper has a checkout under this idempotency key. */
  has(em: EntityManager, shopperId: string, key: string): Promise<boolean> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ shopperId, key, resolve, reject });
      // The first ask waits for the end of this turn of the event loop, so asks made in the same turn share it.
      if (!this.busy) {
        this.busy = true;
        setImmediate(() => void this.send(em));
      }
    });
  }

  private async send(em: EntityManager): Promise<void> {
    const batch = this.waiting.splice(0, MAX_BATCH);
    try {
      const found = await placedUnderKeys(
        em,
        batch.map((a) => ({ shopperId: a.shopperId, key: a.key })),
      );
      for (const a of batch) a.resolve(found.has(`${a.shopperId} ${a.key}`));
    } catch (err) {
      for (const a of batch) a.reject(err);
    }
    // Whatever arrived meanwhile goes now, on the em of a request still waiting for it.
    if (this.waiting.length) void this.send(em);
    else this.busy = false;
  }
}
