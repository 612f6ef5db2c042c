import { describe, expect, it, vi } from 'vitest';
import { BUSY_SLACK, FlashGate, HOLD_REFUSED_MS, IN_FLIGHT_PER_ITEM } from './flash-gate';

// Without Redis: the door's own rules (the marks are only an early answer; PostgreSQL decides).
describe('the flash door', () => {
  it('lets 8 checkouts of an item in at once, queues the rest in order, and refuses the queue when told sold out', async () => {
    const gate = new FlashGate(null, 'test');
    const inside = await Promise.all(Array.from({ length: IN_FLIGHT_PER_ITEM }, (_, i) => gate.enter('item', [`shopper:${i}`])));
    expect(inside.every((x) => 'leave' in x)).toBe(true);
    const order: string[] = [];
    const fifth = gate.enter('item', ['shopper:e']).then((x) => (order.push('fifth'), x));
    const sixth = gate.enter('item', ['shopper:f']).then((x) => (order.push('sixth'), x));
    await new Promise((r) => setTimeout(r, 10));
    expect(order).toEqual([]);
    (inside[0] as { leave: () => void }).leave();
    expect('leave' in (await fifth)).toBe(true);
    await gate.soldOut('item');
    expect(await sixth).toEqual({ refused: 'SOLD_OUT' });
    // Later buyers are turned away at once while the sell-out is remembered.
    expect(await gate.enter('item', ['shopper:g'])).toEqual({ refused: 'SOLD_OUT' });
  });

  it('keeps nothing for an id once its checkouts have left and it is not sold out', async () => {
    let now = 1_000_000;
    const gate = new FlashGate(null, 'test', () => now);
    const a = await gate.enter('nothing', ['shopper:a']);
    if (!('leave' in a)) throw new Error('refused');
    a.leave();
    a.leave();
    expect((gate as unknown as { doors: Map<string, unknown> }).doors.size).toBe(0);
    await gate.soldOut('x');
    now += 60_000;
    const b = await gate.enter('x', ['shopper:b']);
    expect('leave' in b).toBe(true);
  });

  it("turns away a buyer's other requests while one is inside, and a device's once one of its shoppers reached the limit", async () => {
    const gate = new FlashGate(null, 'test');
    const inside = await Promise.all(
      Array.from({ length: IN_FLIGHT_PER_ITEM }, (_, i) => gate.enter('item', [`shopper:${i + 1}`, `device:${i + 1}`])),
    );
    // A scripted buyer's second request is turned away at once while its first one is inside.
    expect(await gate.enter('item', ['shopper:1'])).toEqual({ refused: 'BUSY' });
    expect(gate.knownRefusal('item', ['shopper:1'])).toBe('BUSY');
    // Another shopper on the first one's device waits behind those inside while the first one wins.
    const sameDevice = gate.enter('item', ['shopper:x', 'device:1']);
    const other = gate.enter('item', ['shopper:9']);
    await gate.buyerDone('item', ['shopper:1', 'device:1']);
    (inside[0] as { leave: () => void }).leave();
    expect(await sameDevice).toEqual({ refused: 'LIMIT_REACHED' });
    // Its place went to the next one waiting.
    expect('leave' in (await other)).toBe(true);
    expect(await gate.enter('item', ['shopper:1'])).toEqual({ refused: 'LIMIT_REACHED' });
  });

  it('answers BUSY at once to buyers past the units PostgreSQL has left (and a few more) while those inside claim them', async () => {
    const gate = new FlashGate(null, 'test');
    let reads = 0;
    const left = (n: number) => async () => (reads++, n);
    const units = 2;
    const answers: ({ refused: string } | { leave: () => void })[] = [];
    const crowd = Array.from({ length: units + BUSY_SLACK + 3 }, (_, i) =>
      gate.enter('item', [`shopper:${i}`], left(units)).then((x) => (answers.push(x), x)),
    );
    await new Promise((r) => setTimeout(r, 10));
    // One read of PostgreSQL for the crowd arriving together.
    expect(reads).toBe(1);
    // 8 inside at once, the rest of the units (and a few more) waiting, the 3 past them refused.
    const inside = answers.filter((x) => 'leave' in x) as { leave: () => void }[];
    expect(inside.length).toBe(IN_FLIGHT_PER_ITEM);
    expect(answers.filter((x) => 'refused' in x)).toEqual(Array.from({ length: 3 }, () => ({ refused: 'BUSY' })));
    expect(gate.knownRefusal('item', ['shopper:new'])).toBe('BUSY');
    // One of those inside took a unit and left: one fewer is claimed and one fewer is left, still full.
    gate.took('item', 1);
    inside[0]!.leave();
    expect(gate.knownRefusal('item', ['shopper:new'])).toBe('BUSY');
    // One left without taking (refused by PostgreSQL for a reason of its own): its place opens for the next buyer.
    inside[1]!.leave();
    expect(gate.knownRefusal('item', ['shopper:new'])).toBe(null);
    // The ones waiting were let in as places freed.
    expect((await Promise.all(crowd)).filter((x) => 'leave' in x).length).toBe(units + BUSY_SLACK);
  });

  it('never refuses while the door is empty: the next buyer goes to PostgreSQL, and a unit an expiry gave back sells again', async () => {
    let now = 1_000_000;
    const gate = new FlashGate(null, 'test', () => now);
    // PostgreSQL said sold out: the door remembers it for a moment, and knows no unit is left.
    const first = await gate.enter('item', ['shopper:a'], async () => 1);
    if (!('leave' in first)) throw new Error('refused');
    await gate.soldOut('item');
    first.leave();
    expect(gate.knownRefusal('item', ['shopper:b'])).toBe('SOLD_OUT');
    // An unpaid expiry gave a unit back in PostgreSQL. Once the mark lapsed, the empty door lets the next buyer through
    // although its own hint says none is left; PostgreSQL decides.
    now += 60_000;
    expect(gate.knownRefusal('item', ['shopper:b'])).toBe(null);
    const again = await gate.enter('item', ['shopper:b'], async () => 1);
    expect('leave' in again).toBe(true);
    // And a door that emptied reads PostgreSQL again when it opens.
    (again as { leave: () => void }).leave();
    let reads = 0;
    const fresh = await gate.enter('other', ['shopper:c'], async () => (reads++, 0));
    expect('leave' in fresh).toBe(true);
    (fresh as { leave: () => void }).leave();
    await gate.enter('other', ['shopper:d'], async () => (reads++, 0));
    expect(reads).toBe(2);
  });

  it('reads an item once for the buyers of a second, again after it, and keeps no failed read', async () => {
    let now = 1_000_000;
    const gate = new FlashGate(null, 'test', () => now);
    let reads = 0;
    const read = async () => ({ n: ++reads });
    const together = await Promise.all([gate.item('item', read), gate.item('item', read), gate.item('item', read)]);
    expect(together).toEqual([{ n: 1 }, { n: 1 }, { n: 1 }]);
    now += 999;
    expect(await gate.item('item', read)).toEqual({ n: 1 });
    now += 1;
    expect(await gate.item('item', read)).toEqual({ n: 2 });
    now += 1_000;
    await expect(gate.item('item', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await gate.item('item', read)).toEqual({ n: 3 });
  });

  it('holds refused connections until no checkout of the item is in flight, or for HOLD_REFUSED_MS at most', async () => {
    vi.useFakeTimers();
    try {
      const gate = new FlashGate(null, 'test');
      expect(gate.whenThrough('item')).toBeNull();
      const [a, b] = await Promise.all([gate.enter('item', ['shopper:a']), gate.enter('item', ['shopper:b'])]);
      if (!('leave' in a) || !('leave' in b)) throw new Error('refused');
      const settled: string[] = [];
      const first = gate.whenThrough('item')!;
      void first.then(() => settled.push('first'));
      // Everyone refused meanwhile waits for the same moment.
      expect(gate.whenThrough('item')).toBe(first);
      a.leave();
      await vi.advanceTimersByTimeAsync(0);
      expect(settled).toEqual([]);
      b.leave();
      await vi.advanceTimersByTimeAsync(0);
      expect(settled).toEqual(['first']);
      expect(gate.whenThrough('item')).toBeNull();
      // A checkout that stays in flight holds nobody longer than HOLD_REFUSED_MS.
      const c = await gate.enter('item', ['shopper:c']);
      if (!('leave' in c)) throw new Error('refused');
      void gate.whenThrough('item')!.then(() => settled.push('lapsed'));
      await vi.advanceTimersByTimeAsync(HOLD_REFUSED_MS - 1);
      expect(settled).toEqual(['first']);
      await vi.advanceTimersByTimeAsync(1);
      expect(settled).toEqual(['first', 'lapsed']);
      c.leave();
    } finally {
      vi.useRealTimers();
    }
  });

  it("runs an item's placing statements one at a time in arrival order, other items' beside them, a failure passing the turn on", async () => {
    const gate = new FlashGate(null, 'test');
    const log: string[] = [];
    const release: Record<string, () => void> = {};
    const step =
      (name: string, fail = false) =>
      () =>
        new Promise<string>((resolve, reject) => {
          log.push(`start ${name}`);
          release[name] = () => (log.push(`end ${name}`), fail ? reject(new Error(name)) : resolve(name));
        });
    const a = gate.placing('item', step('a', true));
    const b = gate.placing('item', step('b'));
    const other = gate.placing('other', step('other'));
    await Promise.resolve();
    expect(log).toEqual(['start a', 'start other']);
    release.a!();
    await expect(a).rejects.toThrow('a');
    expect(log).toEqual(['start a', 'start other', 'end a', 'start b']);
    release.b!();
    release.other!();
    expect(await Promise.all([b, other])).toEqual(['b', 'other']);
    expect((gate as unknown as { placingLines: Map<string, unknown> }).placingLines.size).toBe(0);
  });

  it('places those waiting with the same rows together, in arrival order, the others alone after them; a failed batch fails its own', async () => {
    const gate = new FlashGate(null, 'test');
    const log: string[] = [];
    const release: (() => void)[] = [];
    const held = (name: string) => () =>
      new Promise<string>((resolve) => {
        log.push(name);
        release.push(() => resolve(name));
      });
    const together = (fail: boolean) => (asks: string[]) =>
      new Promise<string[]>((resolve, reject) => {
        log.push(asks.join('+'));
        release.push(() => (fail ? reject(new Error(asks.join('+'))) : resolve(asks.map((a) => `placed ${a}`))));
      });
    const first = gate.placingTogether('item', 'rows-a', '1', held('1 alone'), together(false));
    const waiting = [
      gate.placingTogether('item', 'rows-a', '2', held('2 alone'), together(true)),
      gate.placingTogether('item', 'rows-b', '3', held('3 alone'), together(false)),
      gate.placingTogether('item', 'rows-a', '4', held('4 alone'), together(false)),
      gate.placing('item', held('5 alone')),
      gate.placingTogether('item', 'rows-b', '6', held('6 alone'), together(false)),
    ];
    const settled = waiting.map((p) =>
      p.then(
        (v) => `ok ${v}`,
        (e: Error) => `failed ${e.message}`,
      ),
    );
    // Nothing waits in front of the first: it goes alone, at once.
    expect(log).toEqual(['1 alone']);
    release.shift()!();
    expect(await first).toBe('1 alone');
    // 2 and 4 lock the same rows: one batch (the first one's), which fails for both of them only.
    await vi.waitFor(() => expect(log).toEqual(['1 alone', '2+4']));
    release.shift()!();
    await vi.waitFor(() => expect(log).toEqual(['1 alone', '2+4', '3+6']));
    release.shift()!();
    await vi.waitFor(() => expect(log).toEqual(['1 alone', '2+4', '3+6', '5 alone']));
    release.shift()!();
    expect(await Promise.all(settled)).toEqual(['failed 2+4', 'ok placed 3', 'failed 2+4', 'ok 5 alone', 'ok placed 6']);
    expect((gate as unknown as { placingLines: Map<string, unknown> }).placingLines.size).toBe(0);
  });
});
