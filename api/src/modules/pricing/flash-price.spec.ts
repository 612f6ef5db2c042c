import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flashPriceRule, lowestLinePrice } from './flash-price';
import { priceCart } from './pipeline';
import type { CartLine, Coupon, FullReduction, Scope } from './pricing.types';

const NOW = new Date('2026-12-06T08:00:00Z');
const STORES = ['s1', 's2'];
const SKUS = ['k1', 'k2', 'k3'];

const lineArb = fc.record({
  storeId: fc.constantFrom(...STORES),
  skuId: fc.constantFrom(...SKUS),
  unitPriceFen: fc.integer({ min: 1, max: 100_000 }),
  quantity: fc.integer({ min: 1, max: 9 }),
});

describe('the flash price rule', () => {
  it('prices exactly the lines of its SKU at its store(s) at the flash price, to the fen, and leaves the rest alone', () => {
    fc.assert(
      fc.property(
        fc.array(lineArb, { minLength: 1, maxLength: 6 }),
        fc.constantFrom('k1', 'k2'),
        fc.option(fc.constantFrom(...STORES), { nil: null }),
        fc.integer({ min: 1, max: 100_000 }),
        (raw, skuId, storeId, priceFen) => {
          const lines: CartLine[] = raw.map((l, i) => ({ ...l, key: String(i), categoryId: null }));
          const cart = priceCart({
            now: NOW,
            channel: 'ONLINE',
            lines,
            deliveries: [],
            fullReductions: [],
            linePrice: flashPriceRule({ id: 'f', skuId, storeId, priceFen }),
          });
          for (const l of cart.lines) {
            const covered = l.skuId === skuId && (storeId === null || l.storeId === storeId);
            const expected = covered ? Math.min(l.unitPriceFen, priceFen) * l.quantity : l.grossFen;
            expect(l.netFen).toBe(expected);
            const off = l.adjustments.filter((a) => a.kind === 'LINE_PRICE');
            expect(off.reduce((s, a) => s + a.amountFen, 0)).toBe(l.grossFen - expected);
            for (const a of off) expect(a).toMatchObject({ promotionId: 'f', funder: { kind: 'HQ' } });
          }
          expect(cart.payFen + cart.discountFen).toBe(cart.goodsFen);
        },
      ),
      { seed: 23, numRuns: 300 },
    );
  });

  it('with another line price rule, the lower price wins', () => {
    const a = flashPriceRule({ id: 'flash', skuId: 'k1', storeId: null, priceFen: 700 });
    const b = flashPriceRule({ id: 'member', skuId: 'k1', storeId: null, priceFen: 650 });
    const line: CartLine = { key: '0', storeId: 's1', skuId: 'k1', categoryId: null, unitPriceFen: 1000, quantity: 1 };
    expect(lowestLinePrice([a, b])!(line)).toMatchObject({ promotionId: 'member', unitPriceFen: 650 });
    expect(lowestLinePrice([a])!(line)).toMatchObject({ promotionId: 'flash' });
    expect(lowestLinePrice([])).toBeUndefined();
  });

  it('keeps its lines out of 满减 and coupons: they take neither, count toward no threshold, and the rest price as if alone', () => {
    const everywhere: Scope = { categoryIds: [], skuIds: [], storeIds: [] };
    const promo = { scope: everywhere, channel: 'BOTH' as const, funder: { kind: 'HQ' as const }, startsAt: null, endsAt: null };
    fc.assert(
      fc.property(
        fc.array(lineArb, { minLength: 1, maxLength: 6 }),
        fc.constantFrom<'秒杀' | '拼团'>('秒杀', '拼团'),
        fc.integer({ min: 1, max: 50_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 1, max: 50_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        (raw, label, reductionAt, couponAt, reductionOff, couponOff) => {
          const lines: CartLine[] = raw.map((l, i) => ({ ...l, key: String(i), categoryId: null }));
          const reduction: FullReduction = {
            ...promo,
            id: 'mj',
            name: '满减',
            tiers: [{ thresholdFen: reductionAt, offFen: Math.min(reductionOff, reductionAt) }],
          };
          const coupon: Coupon = {
            ...promo,
            id: 'c',
            templateId: 'tpl',
            name: '券',
            kind: 'AMOUNT_OFF',
            thresholdFen: couponAt,
            offFen: couponOff,
            offBp: 0,
            capFen: null,
            used: false,
          };
          const rule = flashPriceRule({ id: 'f', skuId: 'k1', storeId: null, priceFen: 1 }, label);
          const input = { now: NOW, channel: 'ONLINE' as const, deliveries: [], fullReductions: [reduction], coupon };
          const cart = priceCart({ ...input, lines, linePrice: rule });
          const alone = (l: CartLine) => l.skuId === 'k1' && l.unitPriceFen > 1;
          const rest = priceCart({ ...input, lines: lines.filter((l) => !alone(l)) });
          for (const l of cart.lines) {
            const kinds = l.adjustments.map((a) => a.kind);
            if (alone(l)) expect(kinds).toEqual(['LINE_PRICE']);
            else expect(l.adjustments).toEqual(rest.lines.find((r) => r.key === l.key)!.adjustments);
          }
          if (lines.every(alone)) {
            const why = { code: 'PROMOTION_PRICE', message: `${label}商品不参与` };
            expect(cart.notApplied).toEqual([
              { promotionId: 'mj', kind: 'FULL_REDUCTION', ...why },
              { promotionId: 'tpl', kind: 'COUPON', ...why },
            ]);
          }
        },
      ),
      { seed: 23, numRuns: 300 },
    );
  });
});
