import { mulberry32 } from '@linli/geo-data';
import { describe, expect, it } from 'vitest';
import { planSplit, type StockLookup } from './routing-rules';
import type { CartLine, StoreFacts } from './routing.repository';

const store = (id: string, distanceM: number): StoreFacts => ({
  storeId: id,
  distanceM,
  status: 'ACTIVE',
  canPickup: true,
  canDeliver: true,
  deliversHere: true,
  open: true,
  available: new Map(),
});

/** Oracle: every subset of stores, smallest first, least total distance among those. */
function bruteForceSize(lines: CartLine[], stores: StoreFacts[], stock: StockLookup, max: number) {
  let best: { size: number; distance: number } | undefined;
  for (let mask = 1; mask < 1 << stores.length; mask++) {
    const set = stores.filter((_, i) => mask & (1 << i));
    if (set.length > max) continue;
    if (!lines.every((l) => set.some((s) => stock(s.storeId, l.skuId) >= l.quantity))) continue;
    const distance = set.reduce((sum, s) => sum + s.distanceM, 0);
    if (!best || set.length < best.size || (set.length === best.size && distance < best.distance)) best = { size: set.length, distance };
  }
  return best;
}

describe('planSplit', () => {
  it('uses the fewest stores, then the least total distance, over random carts', () => {
    const rand = mulberry32(7);
    for (let round = 0; round < 300; round++) {
      const stores = Array.from({ length: 2 + Math.floor(rand() * 7) }, (_, i) => store(`s${i}`, Math.floor(rand() * 5000)));
      const lines = Array.from({ length: 1 + Math.floor(rand() * 4) }, (_, i) => ({
        skuId: `k${i}`,
        quantity: 1 + Math.floor(rand() * 3),
      }));
      const table = new Map<string, number>();
      for (const s of stores) for (const l of lines) if (rand() < 0.4) table.set(`${s.storeId}|${l.skuId}`, Math.floor(rand() * 5));
      const stock: StockLookup = (s, k) => table.get(`${s}|${k}`) ?? 0;

      const plan = planSplit(lines, stores, stock, 3);
      const oracle = bruteForceSize(lines, stores, stock, 3);
      if (!oracle) {
        expect(plan).toBeUndefined();
        continue;
      }
      expect(plan).toBeDefined();
      expect(plan!.length).toBe(oracle.size);
      expect(plan!.reduce((sum, p) => sum + p.store.distanceM, 0)).toBe(oracle.distance);
      const assigned = plan!.flatMap((p) => p.lines.map((l) => ({ l, s: p.store.storeId })));
      expect(assigned.map((a) => a.l.skuId).sort()).toEqual(lines.map((l) => l.skuId).sort());
      for (const a of assigned) expect(stock(a.s, a.l.skuId)).toBeGreaterThanOrEqual(a.l.quantity);
    }
  });
});
