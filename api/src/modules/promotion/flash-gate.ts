// The flash sale's door: turns buyers away early once PostgreSQL has said an item is sold out (or that a buyer has
// reached its limit), and lets only a few checkouts per item into the database at once in this process, so a crowd
// waits here, not in a queue of row locks, and learns of the sell-out as soon as it happens.
//
// Redis is never the truth: a mark is written only after PostgreSQL refused a take, lives a few seconds, and a
// missing or unreadable mark lets the buyer through to the database, which decides. Units an unpaid expiry gives
// back are sold again once the mark has lapsed (SOLD_OUT_TTL_MS at most).
import type { Redis } from 'ioredis';

const SOLD_OUT_TTL_MS = 2_000;
const BUYER_DONE_TTL_MS = 5_000;
/**
 * Checkouts of one item in the database at once, per process: the item row is the one they all update. A checkout
 * holds that row's lock for about one round trip (its take, then COMMIT) of the seven or so it makes, so 4 at a time
 * left the row idle most of the time and the crowd's winners waited at the door; 8 keep it busy and fit the pool
 * (10) now that the losers' reads go in one batched statement (order/placed-keys.ts).
 */
export const IN_FLIGHT_PER_ITEM = 8;

export type GateRefusal = 'SOLD_OUT' | 'LIMIT_REACHED';

interface Door {
  inFlight: number;
  waiting: { admit: () => void; refuse: (why: GateRefusal) => void }[];
  soldOutUntil: number;
}

export class FlashGate {
  private readonly doors = new Map<string, Door>();
  /** Buyers this process saw reach their limit ("item buyer" → until when): turned away without Redis. */
  private readonly done = new Map<string, number>();
  private readonly prefix: string;

  constructor(
    private readonly redis: Redis | null,
    prefix: string,
    private readonly now: () => number = Date.now,
  ) {
    this.prefix = `${prefix}:flash`;
  }

  // One hash tag per item: its marks are read in one MGET, which Redis Cluster serves only within a slot.
  private soldOutKey = (itemId: string) => `{${this.prefix}:${itemId}}:sold-out`;
  private buyerKey = (itemId: string, buyer: string) => `{${this.prefix}:${itemId}}:done:${buyer}`;

  private door(itemId: string): Door {
    let d = this.doors.get(itemId);
    if (!d) this.doors.set(itemId, (d = { inFlight: 0, waiting: [], soldOutUntil: 0 }));
    return d;
  }

  /**
   * Waits for a place at the item's door; refuses at once when a mark says sold out or the buyer is done. Returns
   * a function that gives the place back (call it once the checkout has answered).
   */
  async enter(itemId: string, buyers: readonly string[]): Promise<{ refused: GateRefusal } | { leave: () => void }> {
    if ((this.doors.get(itemId)?.soldOutUntil ?? 0) > this.now()) return { refused: 'SOLD_OUT' };
    if (this.knownDone(itemId, buyers)) return { refused: 'LIMIT_REACHED' };
    const marks = await this.read([this.soldOutKey(itemId), ...buyers.map((b) => this.buyerKey(itemId, b))]);
    if (marks[0]) {
      this.door(itemId).soldOutUntil = this.now() + SOLD_OUT_TTL_MS / 2;
      return { refused: 'SOLD_OUT' };
    }
    if (marks.slice(1).some(Boolean)) return { refused: 'LIMIT_REACHED' };
    // Taken after the read: a door that emptied meanwhile was dropped, and this is the one now in use.
    const d = this.door(itemId);
    if (d.inFlight >= IN_FLIGHT_PER_ITEM) {
      const outcome = await new Promise<GateRefusal | null>((resolve) =>
        d.waiting.push({ admit: () => resolve(null), refuse: (why) => resolve(why) }),
      );
      if (outcome) return { refused: outcome };
      // The same buyer's other requests (scripted buying) waited here too: one that won meanwhile settles them.
      if (this.knownDone(itemId, buyers)) {
        this.pass(itemId, d);
        return { refused: 'LIMIT_REACHED' };
      }
    } else d.inFlight++;
    let left = false;
    return {
      leave: () => {
        if (left) return;
        left = true;
        this.pass(itemId, d);
      },
    };
  }

  /** A place at the door is given back: to the next one waiting, or freed. */
  private pass(itemId: string, d: Door): void {
    const next = d.waiting.shift();
    if (next) return next.admit();
    d.inFlight--;
    // An empty door with no sold-out memory is dropped, so ids that name no item leave nothing behind.
    if (d.inFlight === 0 && d.soldOutUntil <= this.now() && this.doors.get(itemId) === d) this.doors.delete(itemId);
  }

  private knownDone(itemId: string, buyers: readonly string[]): boolean {
    const now = this.now();
    return buyers.some((b) => (this.done.get(`${itemId} ${b}`) ?? 0) > now);
  }

  /** PostgreSQL refused a take for want of quota: everyone waiting here is told now, later buyers for a while. */
  async soldOut(itemId: string): Promise<void> {
    const d = this.door(itemId);
    d.soldOutUntil = this.now() + SOLD_OUT_TTL_MS / 2;
    for (const w of d.waiting.splice(0)) w.refuse('SOLD_OUT');
    await this.write(this.soldOutKey(itemId), SOLD_OUT_TTL_MS);
  }

  /** A buyer that reached its limit (by this take or a refused one) is turned away here for a while. */
  async buyerDone(itemId: string, buyers: readonly string[]): Promise<void> {
    const now = this.now();
    // Kept small: lapsed marks go once there are many (a sale's crowd, seconds each).
    if (this.done.size > 50_000) for (const [k, until] of this.done) if (until <= now) this.done.delete(k);
    for (const b of buyers) this.done.set(`${itemId} ${b}`, now + BUYER_DONE_TTL_MS / 2);
    for (const b of buyers) await this.write(this.buyerKey(itemId, b), BUYER_DONE_TTL_MS);
  }

  private async read(keys: string[]): Promise<(string | null)[]> {
    if (!this.redis) return keys.map(() => null);
    try {
      return await this.redis.mget(...keys);
    } catch {
      return keys.map(() => null);
    }
  }

  private async write(key: string, ttlMs: number): Promise<void> {
    if (!this.redis) return;
    try {
      await this.redis.set(key, '1', 'PX', ttlMs);
    } catch {
      // The mark only saves the database work; without it the database refuses as before.
    }
  }
}
