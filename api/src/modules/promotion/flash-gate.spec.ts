import { describe, expect, it } from 'vitest';
import { FlashGate, IN_FLIGHT_PER_ITEM } from './flash-gate';

// Without Redis: the door's own rules (the marks are only an early answer; PostgreSQL decides).
describe('the flash door', () => {
  it('lets 8 checkouts of an item in at once, queues the rest in order, and refuses the queue when told sold out', async () => {
    const gate = new FlashGate(null, 'test');
    const inside = await Promise.all(Array.from({ length: IN_FLIGHT_PER_ITEM }, () => gate.enter('item', ['shopper:a'])));
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

  it("turns away a buyer's queued requests once one of them reached the limit, without asking Redis", async () => {
    const gate = new FlashGate(null, 'test');
    const inside = await Promise.all(Array.from({ length: IN_FLIGHT_PER_ITEM }, (_, i) => gate.enter('item', [`shopper:${i + 1}`])));
    // A scripted buyer's second request waits behind those inside while its first one wins.
    const again = gate.enter('item', ['shopper:1']);
    const other = gate.enter('item', ['shopper:9']);
    await gate.buyerDone('item', ['shopper:1']);
    (inside[0] as { leave: () => void }).leave();
    expect(await again).toEqual({ refused: 'LIMIT_REACHED' });
    // Its place went to the next one waiting.
    expect('leave' in (await other)).toBe(true);
    expect(await gate.enter('item', ['shopper:1'])).toEqual({ refused: 'LIMIT_REACHED' });
  });
});
