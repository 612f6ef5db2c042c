// Random orders and refund sequences, booked the way the ledger books them: the commission left always equals
// rate × kept net exactly, nothing is available before release, and every reversal is exact.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unitShare } from '../pricing/allocate';
import { balances, keptNet, lineCommission, releasable, releaseLine, settleLine, type CommissionLine, type Entry } from './commission';

const lineArb = fc.record({
  netFen: fc.integer({ min: 0, max: 5_000_000 }),
  quantity: fc.integer({ min: 1, max: 12 }),
  rateBp: fc.integer({ min: 0, max: 5000 }),
});

/** One step of an order's life after payment: refund k units of line i, or the release (once). */
const stepArb = fc.oneof(
  fc.record({ kind: fc.constant('REFUND' as const), line: fc.nat(), k: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('RELEASE' as const) }),
);

describe('commission ledger rules', () => {
  it('keeps commission = floor(rate × kept net) through any refund sequence, before and after release', () => {
    fc.assert(
      fc.property(fc.array(lineArb, { minLength: 1, maxLength: 5 }), fc.array(stepArb, { maxLength: 20 }), (specs, steps) => {
        const lines: (CommissionLine & { rateBp: number; entries: Entry[]; refundedFen: number })[] = specs.map((s) => ({
          ...s,
          refundedQuantity: 0,
          refundedFen: 0,
          entries: [],
        }));
        const booked = (l: (typeof lines)[number]) =>
          l.entries.filter((e) => e.kind !== 'RELEASE').reduce((sum, e) => sum + e.amountFen, 0);
        let released = false;
        // Payment: each line accrues what it earns, frozen.
        for (const l of lines) l.entries.push(...settleLine(lineCommission(l, l.rateBp), booked(l), released));
        for (const step of steps) {
          if (step.kind === 'RELEASE') {
            if (released) continue;
            for (const l of lines) l.entries.push(...releaseLine(balances(l.entries).frozenFen));
            released = true;
            continue;
          }
          const l = lines[step.line % lines.length]!;
          const k = Math.min(step.k, l.quantity - l.refundedQuantity);
          if (k === 0) continue;
          const before = booked(l);
          // What the refund path gives back for these k units (pricing's own share), independent of keptNet.
          const refundFen = unitShare(l.netFen, l.quantity, l.refundedQuantity, k);
          l.refundedFen += refundFen;
          l.refundedQuantity += k;
          const add = settleLine(lineCommission(l, l.rateBp), before, released);
          l.entries.push(...add);
          // The reversal is exactly what the commission on the refunded money was, never more.
          const taken = -add.reduce((s, e) => s + e.amountFen, 0);
          expect(taken).toBeGreaterThanOrEqual(0);
          expect(taken).toBeLessThanOrEqual(Math.ceil((refundFen * l.rateBp) / 10000));
          expect(add.every((e) => e.bucket === (released ? 'AVAILABLE' : 'FROZEN'))).toBe(true);
        }
        for (const l of lines) {
          const kept = l.netFen - l.refundedFen;
          expect(keptNet(l)).toBe(kept);
          // Exactly floor(kept × rate), computed independently in BigInt.
          expect(booked(l)).toBe(Number((BigInt(kept) * BigInt(l.rateBp)) / 10000n));
          const b = balances(l.entries);
          if (!released) expect(b.availableFen).toBe(0);
          else expect(b.frozenFen).toBe(0);
          expect(b.frozenFen + b.availableFen).toBe(booked(l));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('releases only once every window has closed and no case is open', () => {
    const handed = new Date('2026-11-01T00:00:00Z');
    const at = (days: number) => new Date(handed.getTime() + days * 86_400_000);
    const facts = { handedOverAt: handed, closedWithoutHandOver: false, openCase: false };
    expect(releasable(facts, at(7), 7)).toBe(false);
    expect(releasable(facts, new Date(at(7).getTime() + 1), 7)).toBe(true);
    expect(releasable({ ...facts, openCase: true }, at(30), 7)).toBe(false);
    expect(releasable({ ...facts, handedOverAt: null }, at(30), 7)).toBe(false);
    expect(releasable({ handedOverAt: null, closedWithoutHandOver: true, openCase: false }, handed, 7)).toBe(true);
  });
});
