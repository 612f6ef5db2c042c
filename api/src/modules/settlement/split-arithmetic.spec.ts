// Property tests over thousands of seeded random cases: parts always sum to the whole, rounding is the
// closest possible, and reversals posted as differences land exactly on the split of the new net.
import { mulberry32 } from '@linli/geo-data';
import { describe, expect, it } from 'vitest';
import { capParts, largestRemainder, paymentFee, splitOrder, WHOLE_BP, type SplitBucket } from './split-arithmetic';

const int = (rand: () => number, lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

function randomBuckets(rand: () => number): SplitBucket[] {
  return Array.from({ length: int(rand, 1, 5) }, () => {
    const fulfillingBp = int(rand, 0, 3000);
    return { weightFen: int(rand, 0, 50_000), fulfillingBp, referringBp: int(rand, 0, 3000 - fulfillingBp) };
  }).concat([{ weightFen: int(rand, 1, 1200), fulfillingBp: int(rand, 0, 2000), referringBp: 0 }]);
}

describe('largestRemainder', () => {
  it('splits exactly, each part within one fen of its exact share, over 20,000 random cases', () => {
    const rand = mulberry32(20261124);
    for (let n = 0; n < 20_000; n++) {
      const weights: number[] = Array.from({ length: int(rand, 1, 8) }, () =>
        rand() < 0.2 ? 0 : int(rand, 1, rand() < 0.1 ? 2 ** 40 : 20_000),
      );
      if (!weights.some((w) => w > 0)) weights[0] = 1;
      const total = int(rand, 0, rand() < 0.1 ? 2 ** 45 : 1_000_000);
      const parts = largestRemainder(total, weights);
      expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
      const sum = weights.reduce((a, b) => a + b, 0);
      parts.forEach((p, i) => {
        const exact = (total * weights[i]!) / sum;
        expect(p).toBeGreaterThanOrEqual(Math.floor(exact) - (exact > 2 ** 50 ? 1 : 0));
        expect(p).toBeLessThanOrEqual(Math.floor(exact) + 1);
        if (weights[i] === 0) expect(p).toBe(0);
      });
    }
  });

  it('gives left-over fen to the largest remainders, ties to the earlier party, the same every time', () => {
    expect(largestRemainder(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(largestRemainder(2, [1, 1, 1])).toEqual([1, 1, 0]);
    expect(largestRemainder(10, [3333, 3333, 3334])).toEqual([3, 3, 4]);
    expect(largestRemainder(7, [0, 5, 0])).toEqual([0, 7, 0]);
    expect(largestRemainder(0, [0, 0])).toEqual([0, 0]);
    expect(() => largestRemainder(1, [0, 0])).toThrow(RangeError);
    expect(() => largestRemainder(-1, [1])).toThrow(RangeError);
    expect(() => largestRemainder(1.5, [1])).toThrow(RangeError);
  });
});

describe('paymentFee', () => {
  it('rounds half up to the fen', () => {
    expect(paymentFee(10_000, 60)).toBe(60);
    expect(paymentFee(83, 60)).toBe(0); // 0.498
    expect(paymentFee(84, 60)).toBe(1); // 0.504
    expect(paymentFee(2500, 20)).toBe(5);
    expect(paymentFee(2499, 20)).toBe(5); // 4.998
    expect(paymentFee(1234, 0)).toBe(0);
  });
});

describe('splitOrder', () => {
  it('parts sum to the net and the net plus the fee to what was received, over 10,000 random orders', () => {
    const rand = mulberry32(7);
    for (let n = 0; n < 10_000; n++) {
      const buckets = randomBuckets(rand);
      const received = buckets.reduce((a, b) => a + b.weightFen, 0);
      const s = splitOrder(received, int(rand, 0, 100), buckets, rand() < 0.7);
      expect(s.fulfillingFen + s.referringFen + s.hqFen).toBe(s.netFen);
      expect(s.netFen + s.feeFen).toBe(received);
      for (const v of [s.fulfillingFen, s.referringFen, s.hqFen, s.feeFen]) expect(v).toBeGreaterThanOrEqual(0);
    }
  });

  it('gives the referring share to HQ when the shopper has no home store', () => {
    const buckets = [{ weightFen: 10_000, fulfillingBp: 1500, referringBp: 500 }];
    expect(splitOrder(10_000, 0, buckets, true)).toMatchObject({ fulfillingFen: 1500, referringFen: 500, hqFen: 8000 });
    expect(splitOrder(10_000, 0, buckets, false)).toMatchObject({ fulfillingFen: 1500, referringFen: 0, hqFen: 8500 });
    expect(splitOrder(10_000, 60, buckets, true)).toMatchObject({
      feeFen: 60,
      netFen: 9940,
      fulfillingFen: 1491,
      referringFen: 497,
      hqFen: 7952,
    });
  });

  it('reversals posted as differences end exactly on the split of the new net, with no drift, over 3,000 orders', () => {
    const rand = mulberry32(99);
    for (let n = 0; n < 3000; n++) {
      const buckets = randomBuckets(rand);
      const feeBp = rand() < 0.5 ? 60 : 0;
      const ref = rand() < 0.6;
      const ledger = { fee: 0, f: 0, r: 0, hq: 0 };
      const post = (s: ReturnType<typeof splitOrder>) => {
        // What the ledger does: post the target minus what is already there, per party.
        const diff = { fee: s.feeFen - ledger.fee, f: s.fulfillingFen - ledger.f, r: s.referringFen - ledger.r, hq: s.hqFen - ledger.hq };
        ledger.fee += diff.fee;
        ledger.f += diff.f;
        ledger.r += diff.r;
        ledger.hq += diff.hq;
        return diff;
      };
      post(
        splitOrder(
          buckets.reduce((a, b) => a + b.weightFen, 0),
          feeBp,
          buckets,
          ref,
        ),
      );
      // Refunds take goods away bucket by bucket, until perhaps nothing is left.
      const live = buckets.map((b) => ({ ...b }));
      for (let k = int(rand, 1, 4); k > 0; k--) {
        const i = int(rand, 0, live.length - 1);
        live[i]!.weightFen -= int(rand, 0, live[i]!.weightFen);
        const received = live.reduce((a, b) => a + b.weightFen, 0);
        const target = splitOrder(received, feeBp, live, ref);
        const diff = post(target);
        expect(diff.fee + diff.f + diff.r + diff.hq).toBe(
          target.receivedFen - (ledger.fee - diff.fee + ledger.f - diff.f + ledger.r - diff.r + ledger.hq - diff.hq),
        );
        expect(ledger).toEqual({ fee: target.feeFen, f: target.fulfillingFen, r: target.referringFen, hq: target.hqFen });
      }
      live.forEach((b) => (b.weightFen = 0));
      post(splitOrder(0, feeBp, live, ref));
      expect(ledger).toEqual({ fee: 0, f: 0, r: 0, hq: 0 });
    }
  });

  it('never pays stores more than their basis points of the net, rounded up by at most a fen per bucket', () => {
    const rand = mulberry32(3);
    for (let n = 0; n < 5000; n++) {
      const buckets = randomBuckets(rand);
      const received = buckets.reduce((a, b) => a + b.weightFen, 0);
      const s = splitOrder(received, 0, buckets, true);
      const maxBp = Math.max(...buckets.map((b) => b.fulfillingBp + b.referringBp));
      expect(s.fulfillingFen + s.referringFen).toBeLessThanOrEqual(Math.floor((s.netFen * maxBp) / WHOLE_BP) + 2 * buckets.length);
    }
  });
});

describe('capParts', () => {
  it('takes the excess from the largest parts and never goes below zero', () => {
    expect(capParts([1, 0], 0)).toEqual([0, 0]);
    expect(capParts([300, 100], 1000)).toEqual([300, 100]);
    expect(capParts([301, 100], 400)).toEqual([300, 100]);
    expect(capParts([300, 300], 598)).toEqual([299, 299]);
    expect(capParts([500, 100, 100], 300)).toEqual([100, 100, 100]);
    const rand = mulberry32(11);
    for (let n = 0; n < 2000; n++) {
      const parts = Array.from({ length: int(rand, 1, 5) }, () => int(rand, 0, 1000));
      const cap = int(rand, 0, 3000);
      const capped = capParts(parts, cap);
      const total = parts.reduce((a, b) => a + b, 0);
      expect(capped.reduce((a, b) => a + b, 0)).toBe(Math.min(total, cap));
      capped.forEach((c, i) => {
        expect(c).toBeGreaterThanOrEqual(0);
        expect(c).toBeLessThanOrEqual(parts[i]!);
      });
    }
  });
});
