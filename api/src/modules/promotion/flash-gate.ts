// The flash sale's door: turns buyers away early once PostgreSQL has said an item is sold out (or that a buyer has
// reached its limit), and lets only a few checkouts per item into the database at once in this process, so a crowd
// waits here, not in a queue of row locks, and learns of the sell-out as soon as it happens. The door admits no more
// buyers than PostgreSQL has units left (read when the door opens, less the takes since): one more while those inside
// already claim every unit is answered BUSY at once instead of queueing behind them until they sell it out.
//
// Redis is never the truth: a mark is written only after PostgreSQL refused a take, lives a few seconds, and a
// missing or unreadable mark lets the buyer through to the database, which decides. Units an unpaid expiry gives
// back are sold again once the mark has lapsed (SOLD_OUT_TTL_MS at most).
import type { Redis } from 'ioredis';

const SOLD_OUT_TTL_MS = 2_000;
/**
 * How long an item read for checkouts is reused (item): its price, limits and window do not change while it sells,
 * and what does (its session stopped, its units) the placing statement checks again, under the rows' locks.
 */
const ITEM_TTL_MS = 1_000;
const BUYER_DONE_TTL_MS = 5_000;
/**
 * Checkouts of one item past the door at once, per process. They route and price side by side and place one at a
 * time (placing): the next ones are ready when a placing statement ends, and the rest wait here, not in the pool.
 */
export const IN_FLIGHT_PER_ITEM = 8;

/**
 * Buyers let in beyond the units left: some of those inside fail for reasons of their own (a route, a limit reached on
 * another device), and a unit an expiry gave back is not in the hint; these few wait for PostgreSQL's answer instead.
 */
export const BUSY_SLACK = IN_FLIGHT_PER_ITEM;

/**
 * The longest the edge reads nothing more from a connection whose request the door just refused (whenThrough): long
 * enough for the admitted buyers of a sale to be placed, short beside the 300 ms a refused buyer may wait for an answer.
 */
export const HOLD_REFUSED_MS = 200;

export type GateRefusal = 'SOLD_OUT' | 'LIMIT_REACHED' | 'BUSY';

/** Placings of one item that go together at most (one transaction: the item's row is held for all of them). */
export const PLACED_TOGETHER = 16;

/** A placing waiting its turn in an item's line; `key` null: it goes alone. */
interface Placing {
  key: string | null;
  ask: unknown;
  alone: () => Promise<unknown>;
  together?: (asks: unknown[]) => Promise<unknown[]>;
  settle: (result: { ok: true; value: unknown } | { ok: false; error: unknown }) => void;
}

interface PlacingLine {
  running: number;
  waiting: Placing[];
}

/**
 * A place at an item's door taken at the HTTP edge, before GraphQL: the checkout for this item and these buyers uses
 * it instead of entering again. Given back once (by the checkout, or when the response ends whatever happened).
 */
export interface FlashTicket {
  itemId: string;
  buyers: readonly string[];
  leave: () => void;
}

interface Door {
  inFlight: number;
  waiting: { admit: () => void; refuse: (why: GateRefusal) => void }[];
  soldOutUntil: number;
  /**
   * Units PostgreSQL had left when the door opened, less this process's takes since (0 once PostgreSQL refused one
   * for want of quota); null until read. Only a hint: PostgreSQL's conditional UPDATE still decides every take.
   * Other processes' takes make it high (more buyers let in), a unit an unpaid expiry gives back meanwhile makes it
   * one low until the door empties and reads again.
   */
  remaining: number | null;
  reading?: Promise<void>;
  /** Buyers inside (in flight or waiting), by their first key (the shopper): one request of each at a time. */
  inside: Set<string>;
  /** Settles when no checkout of the item is in flight here any more, or HOLD_REFUSED_MS after it was made. */
  through?: Promise<void>;
  letThrough?: () => void;
}

export class FlashGate {
  private readonly doors = new Map<string, Door>();
  /** Buyers this process saw reach their limit ("item buyer" → until when): turned away without Redis. */
  private readonly done = new Map<string, number>();
  private readonly prefix: string;
  /** Placing statements of an item running in this process, and those waiting their turn (placing). */
  private readonly placingLines = new Map<string, PlacingLine>();
  /**
   * Placing statements of one item at once in this process. Tests that race several statements at the item's row,
   * as several processes would, open it wider.
   */
  placingAtOnce = 1;
  /** Items as a checkout last read them (one read shared by the buyers admitted together), by id. */
  private readonly items = new Map<string, { until: number; read: Promise<unknown> }>();

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
    if (!d) this.doors.set(itemId, (d = { inFlight: 0, waiting: [], soldOutUntil: 0, remaining: null, inside: new Set() }));
    return d;
  }

  /**
   * What this process already knows to answer without Redis or the database (the HTTP edge asks before GraphQL):
   * sold out (PostgreSQL said so a moment ago), the buyer done, or the door full. Null: let the checkout in.
   */
  knownRefusal(itemId: string, buyers: readonly string[]): GateRefusal | null {
    const d = this.doors.get(itemId);
    if (d && d.soldOutUntil > this.now()) return 'SOLD_OUT';
    if (this.knownDone(itemId, buyers)) return 'LIMIT_REACHED';
    if (d && this.full(d, buyers[0]!)) return 'BUSY';
    return null;
  }

  /**
   * Whether the buyer has a request inside already, or the buyers inside already claim every unit left (and a few more),
   * so a new buyer could only win if one of them fails. Never while the door is empty: then the checkout goes to
   * PostgreSQL, which decides (a unit an expiry gave back is found).
   */
  private full(d: Door, buyer: string): boolean {
    // Scripted buying (several requests of one buyer at once): one is inside, the others are turned away at once.
    if (d.inside.has(buyer)) return true;
    return d.remaining !== null && d.inside.size > 0 && d.inside.size >= d.remaining + BUSY_SLACK;
  }

  /**
   * The item a flash checkout asks for, read at most once a second in this process: in a sale each read is a round
   * trip that waits for a turn of an event loop busy with the crowd and holds a pool connection until then. A failed
   * read is not kept.
   */
  item<T>(itemId: string, read: () => Promise<T>): Promise<T> {
    const now = this.now();
    const kept = this.items.get(itemId);
    if (kept && kept.until > now) return kept.read as Promise<T>;
    if (this.items.size > 1_000) for (const [k, v] of this.items) if (v.until <= now) this.items.delete(k);
    const fresh = read();
    this.items.set(itemId, { until: now + ITEM_TTL_MS, read: fresh });
    fresh.catch(() => this.items.get(itemId)?.read === fresh && this.items.delete(itemId));
    return fresh;
  }

  /**
   * While checkouts of the item are in flight here: a promise that settles once none is (or HOLD_REFUSED_MS after the
   * first ask, whichever comes first); else null. The edge reads no more from a refused buyer's connection until then:
   * one event loop serves the admitted checkouts and the crowd, and in a sale the crowd's next requests (each parsed
   * before the door can refuse it) took the turns the admitted ones' round trips waited for.
   */
  whenThrough(itemId: string): Promise<void> | null {
    const d = this.doors.get(itemId);
    if (!d || d.inFlight === 0) return null;
    if (!d.through) {
      d.through = new Promise<void>((resolve) => {
        const timer = setTimeout(() => d.letThrough?.(), HOLD_REFUSED_MS);
        timer.unref();
        d.letThrough = () => {
          clearTimeout(timer);
          d.through = undefined;
          d.letThrough = undefined;
          resolve();
        };
      });
    }
    return d.through;
  }

  /**
   * Runs an item's placing statement once the ones before it in this process are done (placingAtOnce at a time). Every
   * such statement locks the item's row and its SKU's stock row, so PostgreSQL runs them one after another anyway; the
   * ones queued there each held a pool connection that other buyers' reads then waited for, and each commit woke them
   * all to find the row locked again. Queued here they wait for nothing but this, while the next buyers admitted
   * route and price. Other processes' statements still meet this one at the row, which decides.
   */
  placing<T>(itemId: string, place: () => Promise<T>): Promise<T> {
    return this.inLine<T>(itemId, { key: null, ask: undefined, alone: place });
  }

  /**
   * As placing, but a placing that finds others of the same `key` waiting with it in the item's line goes with them:
   * `together` places them all at once (the first one's), each answered with its own result; one that goes alone, as
   * when nothing is waiting, runs `alone`. Each placed alone held the item's row for its commit and for the event
   * loop's turns between one statement and the next, which in a sale wait behind the crowd: a hundred units sold one
   * by one took the better part of a second.
   */
  placingTogether<A, T>(itemId: string, key: string, ask: A, alone: () => Promise<T>, together: (asks: A[]) => Promise<T[]>): Promise<T> {
    return this.inLine<T>(itemId, { key, ask, alone, together: together as (asks: unknown[]) => Promise<unknown[]> });
  }

  private inLine<T>(itemId: string, p: Omit<Placing, 'settle'>): Promise<T> {
    let line = this.placingLines.get(itemId);
    if (!line) this.placingLines.set(itemId, (line = { running: 0, waiting: [] }));
    return new Promise<T>((resolve, reject) => {
      const placing: Placing = { ...p, settle: (r) => (r.ok ? resolve(r.value as T) : reject(r.error)) };
      if (line.running < this.placingAtOnce) {
        line.running++;
        void this.place(itemId, line, [placing]);
      } else line.waiting.push(placing);
    });
  }

  private async place(itemId: string, line: PlacingLine, batch: Placing[]): Promise<void> {
    try {
      if (batch.length === 1) batch[0]!.settle({ ok: true, value: await batch[0]!.alone() });
      else {
        const results = await batch[0]!.together!(batch.map((b) => b.ask));
        batch.forEach((b, i) => b.settle({ ok: true, value: results[i] }));
      }
    } catch (error) {
      for (const b of batch) b.settle({ ok: false, error });
    }
    const next = this.nextBatch(line);
    if (next) void this.place(itemId, line, next);
    else if (--line.running === 0 && this.placingLines.get(itemId) === line) this.placingLines.delete(itemId);
  }

  /** The first placing waiting, with the others of its key behind it (PLACED_TOGETHER at most), in the order they came. */
  private nextBatch(line: PlacingLine): Placing[] | undefined {
    const first = line.waiting.shift();
    if (!first || first.key === null) return first && [first];
    const batch = [first];
    for (let i = 0; i < line.waiting.length && batch.length < PLACED_TOGETHER;) {
      if (line.waiting[i]!.key === first.key) batch.push(line.waiting.splice(i, 1)[0]!);
      else i++;
    }
    return batch;
  }

  /** A checkout took units (committed): the hint drops by as many. */
  took(itemId: string, quantity: number): void {
    const d = this.doors.get(itemId);
    if (d?.remaining != null) d.remaining = Math.max(0, d.remaining - quantity);
  }

  /**
   * Waits for a place at the item's door; refuses at once when a mark says sold out or the buyer is done, or (BUSY)
   * when the buyer has a request inside already or those inside claim every unit left. `remaining` reads the units
   * PostgreSQL has left, once as the door opens. Returns a function that gives the place back (call it once the
   * checkout has answered).
   */
  async enter(
    itemId: string,
    buyers: readonly string[],
    remaining?: () => Promise<number | null>,
  ): Promise<{ refused: GateRefusal } | { leave: () => void }> {
    const known = this.knownRefusal(itemId, buyers);
    if (known) return { refused: known };
    const marks = await this.read([this.soldOutKey(itemId), ...buyers.map((b) => this.buyerKey(itemId, b))]);
    if (marks[0]) {
      this.door(itemId).soldOutUntil = this.now() + SOLD_OUT_TTL_MS / 2;
      return { refused: 'SOLD_OUT' };
    }
    if (marks.slice(1).some(Boolean)) return { refused: 'LIMIT_REACHED' };
    // A door opening learns from PostgreSQL how many units are left (one read, shared by the crowd arriving with it).
    // The first buyer goes on without it (an empty door bounds nothing); the ones arriving with it wait for it.
    if (remaining && this.door(itemId).remaining === null) {
      const opening = this.door(itemId);
      opening.reading ??= remaining().then(
        (n) => void (opening.remaining ??= n === null ? null : Math.max(0, n)),
        () => undefined, // unread: no bound, PostgreSQL decides as before
      );
      if (opening.inside.size > 0) await opening.reading;
    }
    // Taken after the reads: a door that emptied meanwhile was dropped, and this is the one now in use.
    const d = this.door(itemId);
    const buyer = buyers[0]!;
    if (d.soldOutUntil > this.now()) return { refused: 'SOLD_OUT' };
    if (this.full(d, buyer)) return { refused: 'BUSY' };
    d.inside.add(buyer);
    if (d.inFlight >= IN_FLIGHT_PER_ITEM) {
      const outcome = await new Promise<GateRefusal | null>((resolve) =>
        d.waiting.push({ admit: () => resolve(null), refuse: (why) => resolve(why) }),
      );
      if (outcome) {
        d.inside.delete(buyer);
        return { refused: outcome };
      }
      // Another buyer sharing a key (the device) won meanwhile: that settles this one.
      if (this.knownDone(itemId, buyers)) {
        d.inside.delete(buyer);
        this.pass(itemId, d);
        return { refused: 'LIMIT_REACHED' };
      }
    } else d.inFlight++;
    let left = false;
    return {
      leave: () => {
        if (left) return;
        left = true;
        d.inside.delete(buyer);
        this.pass(itemId, d);
      },
    };
  }

  /** A place at the door is given back: to the next one waiting, or freed. */
  private pass(itemId: string, d: Door): void {
    const next = d.waiting.shift();
    if (next) return next.admit();
    d.inFlight--;
    if (d.inFlight === 0) d.letThrough?.();
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
    d.remaining = 0;
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
