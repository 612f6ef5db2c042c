// The shopper's catalog: products of a store with pictures, spec options and stock levels there, filters and
// search, all batched (a page costs a fixed number of statements however many products and SKUs it shows).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { query, watchStatements } from '../src/common/sql';
import { seedCatalog } from '../src/seeders/demo-network';
import { makeStore, setStock } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import { SearchProductsDocument, ShopProductsDocument } from './generated/graphql';

/** Counts every statement the app sends, ORM and hand-written SQL alike. */
function countStatements(t: TestApp): () => number {
  let n = 0;
  watchStatements(() => void n++);
  return () => n + t.queryCount();
}

describe('shop catalog', () => {
  let t: TestApp;
  let store: string;
  let other: string;
  let statements: () => number;
  const sku: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    statements = countStatements(t);
    await seedCatalog(t.em());
    for (const r of await query<{ id: string; code: string }>(t.em(), `SELECT id, code FROM sku`, {})) sku[r.code] = r.id;
    store = (await makeStore(t.em(), { lat: 31.23, lng: 121.47 })).id;
    other = (await makeStore(t.em(), { lat: 31.24, lng: 121.48 })).id;
    // Water (P-0001): plenty of one size, none of the other; the T-shirt (P-0047, colour × size): two left of one SKU.
    await setStock(t.em(), store, sku['SKU-0001']!, 50);
    await setStock(t.em(), store, sku['SKU-0073']!, 2);
    await setStock(t.em(), other, sku['SKU-0003']!, 9);
    // Listed at the store but sold out: a row with nothing on hand.
    await query(
      t.em(),
      `INSERT INTO store_stock (store_id, sku_id, on_hand, reserved, updated_at) VALUES (:s::uuid, :k::uuid, 0, 0, now())`,
      { s: store, k: sku['SKU-0085']! },
    );
  });
  afterAll(async () => t?.close());

  it("lists what a store carries, with each SKU's stock and level there and the product's best level", async () => {
    const { products } = await t.ok(ShopProductsDocument, { storeId: store, first: 10 });
    expect(products.nodes.map((p) => p.code)).toEqual(['P-0001', 'P-0047', 'P-0048']);
    const [water, shirt, socks] = products.nodes;
    expect(water!.availabilityAt).toBe('IN_STOCK');
    expect(water!.skus.map((s) => [s.code, s.stockAt.available, s.stockAt.level])).toEqual([
      ['SKU-0001', 50, 'IN_STOCK'],
      ['SKU-0002', 0, 'SOLD_OUT'],
    ]);
    expect(shirt!.availabilityAt).toBe('LOW');
    expect(shirt!.specs).toEqual([
      { name: '颜色', values: ['白色', '黑色', '灰色'] },
      { name: '尺码', values: ['S', 'M', 'L', 'XL'] },
    ]);
    expect(shirt!.skus).toHaveLength(12);
    expect(shirt!.skus[0]!.attributes).toEqual([
      { name: '颜色', value: '白色' },
      { name: '尺码', value: 'S' },
    ]);
    expect(socks!.availabilityAt).toBe('SOLD_OUT');

    const inStock = await t.ok(ShopProductsDocument, { storeId: store, inStockOnly: true });
    expect(inStock.products.nodes.map((p) => p.code)).toEqual(['P-0001', 'P-0047']);
  });

  it('costs the same few statements for one product as for a page of many (no N+1)', async () => {
    const before1 = statements();
    const one = await t.gql(ShopProductsDocument, { storeId: other, first: 1 });
    const cost1 = statements() - before1;
    // Every product of the catalog, as if the store carried them all: stock of each SKU and level of each product.
    const before = statements();
    const res = await request(t.app)
      .post('/graphql')
      .send({
        query: `query($s: ID!) { products(first: 48) { nodes { availabilityAt(storeId: $s) skus { stockAt(storeId: $s) { level } } } } }`,
        variables: { s: other },
      });
    const costAll = statements() - before;
    expect(cost1).toBeGreaterThan(0);
    expect(one.errors).toBeUndefined();
    expect(res.body.data.products.nodes).toHaveLength(48);
    expect(res.body.data.products.nodes.filter((p: { availabilityAt: string }) => p.availabilityAt !== 'SOLD_OUT')).toHaveLength(1);
    console.log(`[shop-catalog] statements: one product ${cost1}, 48 products with every SKU's stock ${costAll}`);
    expect(costAll).toBeLessThanOrEqual(Math.max(cost1, 4));
  });

  it('answers a category page at a store (pictures, prices, 划线价, stock) in two statements: the list and the stock', async () => {
    // The catalog's statements only: the app's background sweeps may run in the same moment.
    const sent: string[] = [];
    const stop = watchStatements((st) => void (/product|sku|store_stock|store_group|picture/.test(st.text) && sent.push(st.text)));
    const orm = t.queryCount();
    const res = await request(t.app)
      .post('/graphql')
      .send({
        query: `query($s: ID!) { products(storeId: $s, first: 20) { nodes { id name imageUrl pictures { id url(size: 400) }
                  skus { id priceAt(storeId: $s) compareAtFenAt(storeId: $s) stockAt(storeId: $s) { available level } } } } }`,
        variables: { s: store },
      });
    expect(res.body.errors).toBeUndefined();
    stop();
    expect(res.body.data.products.nodes.length).toBeGreaterThan(0);
    expect(t.queryCount() - orm).toBe(0);
    expect(sent, sent.join('\n---\n')).toHaveLength(2);
  });

  it('finds products by part of the name, wildcards taken literally, and pages by cursor', async () => {
    const cola = await t.ok(SearchProductsDocument, { search: '可乐' });
    expect(cola.products.nodes.map((p) => p.name)).toEqual(['可口可乐 330ml 罐装']);
    expect((await t.ok(SearchProductsDocument, { search: '%' })).products.nodes).toEqual([]);
    const first = await t.ok(ShopProductsDocument, { storeId: store, first: 2 });
    expect(first.products.pageInfo.hasNextPage).toBe(true);
    const next = await t.ok(ShopProductsDocument, { storeId: store, first: 2, after: first.products.pageInfo.endCursor });
    expect(next.products.nodes.map((p) => p.code)).toEqual(['P-0048']);
    const bad = await t.gql(ShopProductsDocument, { storeId: 'nope' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('serves a small drawn picture per product with a year of caching, an ETag and 304 on revalidation', async () => {
    const { products } = await t.ok(ShopProductsDocument, { storeId: store, first: 1 });
    const url = new URL(products.nodes[0]!.imageUrl);
    expect(url.origin).toBe(t.baseUrl);
    expect(url.pathname).toBe('/images/products/P-0001.svg');
    const res = await request(t.app).get(url.pathname + url.search);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const body = res.text ?? String(res.body);
    expect(Buffer.byteLength(body)).toBeLessThan(4096);
    expect(body).toContain('>农</text>');
    const again = await request(t.app).get(url.pathname).set('if-none-match', res.headers.etag);
    expect(again.status).toBe(304);
    expect((await request(t.app).get('/images/products/P-9999.svg')).status).toBe(404);
    // Same product, same picture: the drawing is deterministic.
    expect((await request(t.app).get(url.pathname)).headers.etag).toBe(res.headers.etag);
  });
});
