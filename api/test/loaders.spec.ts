// Relations resolve through DataLoader: the number of SQL queries does not grow with the page size.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProductsDocument } from './generated/graphql';
import { makeSkus } from './fixtures';
import { startTestApp, type TestApp } from './harness';

describe('no N+1 queries', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    for (let i = 0; i < 6; i++) await makeSkus(t.em(), 3);
  });
  afterAll(() => t?.close());

  it('loads products with their categories and SKUs in a fixed number of queries', async () => {
    const count = async (first: number) => {
      const before = t.queryCount();
      const res = await t.ok(ProductsDocument, { first });
      expect(res.products.nodes).toHaveLength(first);
      expect(res.products.nodes.every((p) => p.skus.length === 3 && p.category.name === 'Test')).toBe(true);
      return t.queryCount() - before;
    };
    const small = await count(2);
    const large = await count(6);
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(3);
  });
});
