import { describe, expect, it } from 'vitest';
import { loadCatalog } from './catalog';
import { loadStoreNetwork } from './network';
import { cityKeyOfStoreCode, demoStock } from './stock';

const storeCodes = loadStoreNetwork().features.map((f) => f.properties.code);
const skuCodes = loadCatalog().products.flatMap((p) => p.skus.map((s) => s.code));

describe('demoStock', () => {
  const levels = demoStock(storeCodes, skuCodes);

  it('is deterministic for a seed and differs between seeds', () => {
    expect(demoStock(storeCodes, skuCodes)).toEqual(levels);
    expect(demoStock(storeCodes, skuCodes, 7)).not.toEqual(levels);
  });

  it('stocks about 85 % of store x SKU pairs with 0-120 units, mostly small', () => {
    const share = levels.length / (storeCodes.length * skuCodes.length);
    expect(share).toBeGreaterThan(0.8);
    expect(share).toBeLessThan(0.9);
    for (const l of levels) {
      expect(Number.isInteger(l.onHand)).toBe(true);
      expect(l.onHand).toBeGreaterThanOrEqual(0);
      expect(l.onHand).toBeLessThanOrEqual(120);
    }
    const sorted = levels.map((l) => l.onHand).sort((a, b) => a - b);
    expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThan(40);
    expect(sorted.some((n) => n === 0)).toBe(true);
    expect(sorted.some((n) => n >= 100)).toBe(true);
  });

  it('has at most one row per store x SKU pair', () => {
    const keys = levels.map((l) => `${l.storeCode}|${l.skuCode}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('has units of every SKU somewhere in every city', () => {
    const cities = new Set(storeCodes.map(cityKeyOfStoreCode));
    expect(cities.size).toBeGreaterThanOrEqual(2);
    for (const city of cities) {
      const inCity = new Set(levels.filter((l) => l.onHand > 0 && cityKeyOfStoreCode(l.storeCode) === city).map((l) => l.skuCode));
      expect(inCity.size).toBe(skuCodes.length);
    }
  });

  it('keeps that guarantee when a city has a single store and little stock', () => {
    // With one store, every SKU the draw left absent or at zero must be topped up.
    const lone = demoStock(['XX-001'], skuCodes, 3);
    expect(
      lone
        .filter((l) => l.onHand > 0)
        .map((l) => l.skuCode)
        .sort(),
    ).toEqual([...skuCodes].sort());
  });

  it("leaves other stores' levels alone when a store is added", () => {
    const withExtra = demoStock([...storeCodes, 'SH-999'], skuCodes);
    const before = new Map(levels.map((l) => [`${l.storeCode}|${l.skuCode}`, l.onHand]));
    const kept = withExtra.filter((l) => l.storeCode !== 'SH-999');
    expect(kept.length).toBe(levels.length);
    for (const l of kept) expect(before.get(`${l.storeCode}|${l.skuCode}`)).toBe(l.onHand);
  });
});
