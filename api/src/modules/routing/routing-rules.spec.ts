import { mulberry32 } from '@linli/geo-data';
import { describe, expect, it } from 'vitest';
import { planSplit, planSplitInOneCluster, type StockLookup } from './routing-rules';
import type { CartLine, StoreFacts } from './routing.repository';

const store = (id: string, distanceM: number): StoreFacts => ({
  storeId: id,
  distanceM,
  status: 'ACTIVE',
  canPickup: true,
  canDeliver: true,
  deliversHere: true,
  open: true,
  clusterId: 'SH',
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

describe('planSplitInOneCluster', () => {
  const inCluster = (id: string, distanceM: number, clusterId: string) => ({ ...store(id, distanceM), clusterId });
  const lines = [
    { skuId: 'a', quantity: 1 },
    { skuId: 'b', quantity: 1 },
  ];
  const holds: Record<string, string[]> = { sh1: ['a'], hz1: ['b'], sh2: ['b'], hz2: ['a'] };
  const stock: StockLookup = (s, k) => (holds[s]?.includes(k) ? 5 : 0);

  it('keeps the split in the cluster of the nearest store, though a cross-cluster pair is nearer', () => {
    const stores = [inCluster('sh1', 100, 'SH'), inCluster('hz1', 200, 'HZ'), inCluster('sh2', 3000, 'SH'), inCluster('hz2', 4000, 'HZ')];
    expect(planSplit(lines, stores, stock, 3)!.map((p) => p.store.storeId)).toEqual(['sh1', 'hz1']);
    expect(planSplitInOneCluster(lines, stores, stock, 3)!.map((p) => p.store.storeId)).toEqual(['sh1', 'sh2']);
  });

  it('falls back to the next cluster, and finds nothing that only two clusters together could serve', () => {
    const stores = [inCluster('sh1', 100, 'SH'), inCluster('hz1', 200, 'HZ'), inCluster('hz2', 4000, 'HZ')];
    expect(planSplitInOneCluster(lines, stores, stock, 3)!.map((p) => p.store.storeId)).toEqual(['hz1', 'hz2']);
    expect(planSplitInOneCluster(lines, stores.slice(0, 2), stock, 3)).toBeUndefined();
  });
});
