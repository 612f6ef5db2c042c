import { describe, expect, it } from 'vitest';
import { loadCatalog } from './catalog';

const catalog = loadCatalog();
const skus = catalog.products.flatMap((p) => p.skus);

describe('catalog', () => {
  it('is big enough for the demo', () => {
    expect(catalog.categories.length).toBeGreaterThanOrEqual(8);
    expect(catalog.products.length).toBeGreaterThanOrEqual(30);
    expect(skus.length).toBeGreaterThanOrEqual(60);
  });

  it('has unique category, product and SKU codes', () => {
    for (const codes of [catalog.categories.map((c) => c.code), catalog.products.map((p) => p.code), skus.map((s) => s.code)]) {
      expect(new Set(codes).size).toBe(codes.length);
    }
  });

  it('puts every product in a known category and every category to use', () => {
    const known = new Set(catalog.categories.map((c) => c.code));
    const used = new Set(catalog.products.map((p) => p.categoryCode));
    for (const p of catalog.products) expect(known.has(p.categoryCode)).toBe(true);
    expect(used.size).toBe(known.size);
  });

  it('prices every SKU in positive integer fen', () => {
    for (const s of skus) {
      expect(Number.isInteger(s.priceFen)).toBe(true);
      expect(s.priceFen).toBeGreaterThan(0);
    }
  });

  it.each(catalog.products.map((p) => [p.code, p] as const))('%s has one SKU per combination of its spec values', (_code, product) => {
    const specNames = product.specs.map((s) => s.name);
    expect(new Set(specNames).size).toBe(specNames.length);
    for (const spec of product.specs) {
      expect(spec.values.length).toBeGreaterThan(0);
      expect(new Set(spec.values).size).toBe(spec.values.length);
    }
    for (const sku of product.skus) {
      expect(Object.keys(sku.attributes).sort()).toEqual([...specNames].sort());
      for (const spec of product.specs) expect(spec.values).toContain(sku.attributes[spec.name]);
    }
    const combos = product.skus.map((s) => specNames.map((n) => s.attributes[n]).join('\u0000'));
    expect(new Set(combos).size).toBe(combos.length);
    expect(product.skus.length).toBe(product.specs.reduce((n, s) => n * s.values.length, 1));
  });

  it('includes products with several specs and several SKUs', () => {
    expect(catalog.products.some((p) => p.specs.length >= 2)).toBe(true);
    expect(catalog.products.filter((p) => p.skus.length >= 2).length).toBeGreaterThanOrEqual(10);
  });
});
