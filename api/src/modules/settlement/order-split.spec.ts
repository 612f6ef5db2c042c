// The ledger's arithmetic as a property over thousands of random orders, random rule sets and random refund
// sequences: every posting balances, the parties always hold exactly the net, totals land exactly on the split
// of the final state (no drift), a replay posts nothing, and a whole refund brings every account back to zero.
import { mulberry32 } from '@linli/geo-data';
import { describe, expect, it } from 'vitest';
import { entriesToReach, splitForOrder, targetBalances, type LedgerLine, type SplitOrderInput } from './order-split';
import { validateRuleSet, type SplitRuleDef } from './split-rules';

const int = (rand: () => number, lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
const pick = <T>(rand: () => number, xs: readonly T[]) => xs[int(rand, 0, xs.length - 1)]!;
const CATEGORIES = ['fresh', 'dairy', 'snacks', 'drinks'];
const STORES = ['s1', 's2', 's3'];
const GROUPS = new Map([['north', new Set(['s1', 's2'])]]);

function randomRules(rand: () => number): SplitRuleDef[] {
  const rules: SplitRuleDef[] = [];
  const add = (over: Partial<SplitRuleDef>) => {
    const fulfillingBp = int(rand, 0, 2500);
    rules.push({
      name: `r${rules.length}`,
      fulfilment: null,
      categoryId: null,
      storeId: null,
      storeGroupId: null,
      priority: rules.length,
      fulfillingBp,
      referringBp: int(rand, 0, 3000 - fulfillingBp),
      ...over,
    });
  };
  add({});
  for (let k = int(rand, 0, 6); k > 0; k--) {
    add({
      fulfilment: rand() < 0.5 ? pick(rand, ['DELIVERY', 'PICKUP'] as const) : null,
      categoryId: rand() < 0.5 ? pick(rand, CATEGORIES) : null,
      ...(rand() < 0.3 ? { storeId: pick(rand, STORES) } : rand() < 0.3 ? { storeGroupId: 'north' } : {}),
    });
  }
  return rules;
}

function randomOrder(rand: () => number): SplitOrderInput {
  const lines = Array.from({ length: int(rand, 1, 6) }, () => ({
    categoryId: pick(rand, CATEGORIES),
    unitPriceFen: int(rand, 1, 20_000),
    quantity: int(rand, 1, 5),
    refundedQuantity: 0,
  }));
  const fulfilment = rand() < 0.5 ? 'DELIVERY' : 'PICKUP';
  const deliveryFeeFen = fulfilment === 'DELIVERY' ? pick(rand, [0, 500, 800, 1200]) : 0;
  const goods = lines.reduce((a, l) => a + l.unitPriceFen * l.quantity, 0);
  return {
    fulfilment,
    storeId: pick(rand, STORES),
    referringStoreId: rand() < 0.6 ? pick(rand, STORES) : null,
    totalFen: goods + deliveryFeeFen,
    refundedFen: 0,
    deliveryFeeFen,
    lines,
  };
}

/** A refund as the order module makes them: some units of one line; the delivery fee goes with the last goods. */
function refundSome(rand: () => number, o: SplitOrderInput): boolean {
  const open = o.lines.filter((l) => l.quantity > l.refundedQuantity);
  if (!open.length) return false;
  const line = pick(rand, open);
  const n = int(rand, 1, line.quantity - line.refundedQuantity);
  line.refundedQuantity += n;
  o.refundedFen += n * line.unitPriceFen;
  if (o.lines.every((l) => l.quantity === l.refundedQuantity)) o.refundedFen += o.deliveryFeeFen;
  return true;
}

const sum = (xs: readonly LedgerLine[]) => xs.reduce((a, e) => a + e.amountFen, 0);

function apply(balances: Map<string, LedgerLine>, entries: readonly LedgerLine[]) {
  for (const e of entries) {
    const k = `${e.account}|${e.role}|${e.storeId}`;
    const b = balances.get(k) ?? { ...e, amountFen: 0 };
    balances.set(k, { ...b, amountFen: b.amountFen + e.amountFen });
  }
}

describe('ledger postings over random orders, rules and refunds', () => {
  it('balance, hold exactly the net, never drift, replay to nothing, and reverse to zero', () => {
    const rand = mulberry32(5);
    let checkedRuleSets = 0;
    for (let n = 0; n < 4000; n++) {
      const rules = randomRules(rand);
      if (validateRuleSet(rules, { maxStoreBp: 3000, groupMembers: GROUPS }).length === 0) checkedRuleSets++;
      const order = randomOrder(rand);
      const feeBp = pick(rand, [0, 60, 100]);
      const groups = GROUPS.get('north')!.has(order.storeId) ? new Set(['north']) : new Set<string>();
      // Refunds before hand-over only lower what the sale posts.
      if (rand() < 0.2) refundSome(rand, order);
      const balances = new Map<string, LedgerLine>();
      for (let step = 0; step < 6; step++) {
        if (step > 0 && !refundSome(rand, order)) break;
        const split = splitForOrder(order, rules, groups, feeBp);
        const target = targetBalances(order, split);
        const entries = entriesToReach(target, [...balances.values()]);
        expect(sum(entries)).toBe(0);
        apply(balances, entries);
        // Exactly the split of the order as it stands: no drift whatever came before.
        for (const t of target) expect(balances.get(`${t.account}|${t.role}|${t.storeId}`)?.amountFen ?? 0).toBe(t.amountFen);
        const parties = [...balances.values()].filter((b) => b.account === 'STORE' || b.account === 'HQ');
        expect(sum(parties)).toBe(order.totalFen - order.refundedFen - split.feeFen);
        expect(entriesToReach(target, [...balances.values()])).toEqual([]);
      }
      // Finally everything goes back: the parties and the fee return to exactly zero.
      while (refundSome(rand, order));
      apply(balances, entriesToReach(targetBalances(order, splitForOrder(order, rules, groups, feeBp)), [...balances.values()]));
      for (const b of balances.values()) if (b.account !== 'CLEARING') expect(b.amountFen).toBe(0);
      expect(sum([...balances.values()])).toBe(0);
    }
    expect(checkedRuleSets).toBeGreaterThan(100);
  });
});

describe('split weights after promotions', () => {
  it('weighs each category by what its lines paid after discounts, not by list price', () => {
    const rules: SplitRuleDef[] = [
      {
        name: 'fresh',
        fulfilment: null,
        categoryId: 'fresh',
        storeId: null,
        storeGroupId: null,
        priority: 1,
        fulfillingBp: 10_000,
        referringBp: 0,
      },
      { name: 'rest', fulfilment: null, categoryId: null, storeId: null, storeGroupId: null, priority: 0, fulfillingBp: 0, referringBp: 0 },
    ];
    // Both lines list ¥10; the fresh one paid ¥2 after a coupon, so it weighs 200 of the 1,200 received.
    const order: SplitOrderInput = {
      storeId: 's1',
      fulfilment: 'PICKUP',
      referringStoreId: null,
      totalFen: 1_200,
      refundedFen: 0,
      deliveryFeeFen: 0,
      lines: [
        { categoryId: 'fresh', unitPriceFen: 1_000, quantity: 1, refundedQuantity: 0, netFen: 200 },
        { categoryId: 'snacks', unitPriceFen: 1_000, quantity: 1, refundedQuantity: 0, netFen: 1_000 },
      ],
    };
    expect(splitForOrder(order, rules, new Set(), 0)).toMatchObject({ netFen: 1_200, fulfillingFen: 200, hqFen: 1_000 });
  });
});
