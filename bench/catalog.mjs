#!/usr/bin/env node
// bench/catalog: a category's product list with pictures and prices at a store, through GraphQL
// (goal p99 < 30 ms). Builds linli_bench_catalog (once; --fresh rebuilds): the demo chain (migrate + seed, its
// 48 drawn pictures under bench/out/pictures), then 2,000 more products in SQL spread over the demo categories,
// each with 2 SKUs, 3 pictures, a chain price row, stock and listing at SH-001, and a store price on a tenth.
// Then times the shopper's category page query (20 products a page, cover and gallery URLs, price and 划线价
// at the store, stock level) sequentially, after a warm-up. Prints the figure last.
// Then the bulk import: a 10,000-row products/SKUs/prices CSV (5,000 new products with two SKUs each, barcodes,
// prices) posted to /catalog/import/products as HQ, timed end to end (goal < 30 s), and posted again to show the
// second upload changes nothing.
// Usage: npm run bench:catalog [-- --fresh] [-- --runs N] [-- --list-only]; BENCH_DB=name to use another database.
// --list-only skips the import (each import adds 5,000 products to the bench database).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { BENCH_SECRET, benchUrl, ensureDatabase, graphqlPoster, numberArg, percentile, REPO_ROOT, startApi } from './lib.mjs';

const args = process.argv.slice(2);
const RUNS = numberArg('--runs', 600);
const WARMUP = 60;
const PRODUCTS = 2000;
const URL_ = benchUrl(process.env.BENCH_DB ?? 'linli_bench_catalog');
const PICTURE_DIR = path.join(REPO_ROOT, 'bench/out/pictures');

const LIST = `query CategoryPage($categoryId: ID!, $storeId: ID!, $after: String) {
  products(categoryId: $categoryId, storeId: $storeId, first: 20, after: $after) {
    nodes {
      id name imageUrl
      pictures { id url(size: 400) }
      skus { id priceAt(storeId: $storeId) compareAtFenAt(storeId: $storeId) stockAt(storeId: $storeId) { available level } }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;

async function build(db) {
  const t = performance.now();
  execFileSync('node', ['api/dist/scripts/seed-demo.js'], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: URL_, PICTURE_DIR },
  });
  await db.query(`SELECT setseed(0.21)`);
  await db.query(`
    WITH cats AS (SELECT array_agg(id ORDER BY code) AS ids FROM category),
    p AS (
      INSERT INTO product (id, code, name, category_id, status)
      SELECT gen_random_uuid(), 'B-' || lpad(i::text, 5, '0'), '压测商品 ' || i, cats.ids[1 + i % array_length(cats.ids, 1)], 'ON_SALE'
      FROM generate_series(1, ${PRODUCTS}) i, cats RETURNING id, code),
    k AS (
      INSERT INTO sku (id, code, product_id, price_fen, compare_at_fen)
      SELECT gen_random_uuid(), p.code || '-' || j, p.id, 300 + floor(random() * 3000)::int, NULL FROM p, generate_series(1, 2) j
      RETURNING id, product_id, price_fen),
    pics AS (
      INSERT INTO product_picture (id, product_id, position, hash, format, width, height)
      SELECT gen_random_uuid(), p.id, j, md5(p.code || j), 'jpg', 800, 800 FROM p, generate_series(0, 2) j),
    prices AS (
      INSERT INTO sku_price (id, sku_id, store_id, price_fen, starts_at, created_by)
      SELECT gen_random_uuid(), k.id, NULL, k.price_fen, '2026-01-01', 'bench' FROM k)
    INSERT INTO store_stock (store_id, sku_id, on_hand, reserved, off_shelf)
    SELECT s.id, k.id, floor(random() * 30)::int, 0, random() < 0.05 FROM k, store s WHERE s.code = 'SH-001'`);
  await db.query(`
    INSERT INTO sku_price (id, sku_id, store_id, price_fen, starts_at, created_by)
    SELECT gen_random_uuid(), ss.sku_id, ss.store_id, 200, '2026-06-01', 'bench'
    FROM store_stock ss JOIN sku k ON k.id = ss.sku_id WHERE k.code LIKE 'B-%' AND random() < 0.1`);
  await db.query(`ANALYZE`);
  console.log(`[bench:catalog] built in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}

const IMPORT_ROWS = 10_000;

function ean13(first12) {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (i % 2 === 0 ? 1 : 3);
  return first12 + ((10 - (sum % 10)) % 10);
}

/** 10,000 rows: products of two SKUs (规格 大/小), new codes and barcodes each run so the first upload creates them. */
function importSheet(categoryCodes) {
  const run = String(Date.now() % 100000).padStart(5, '0');
  const lines = ['商品编码,商品名称,分类编码,单位,SKU编码,规格,条码,价格(元)'];
  for (let i = 0; i < IMPORT_ROWS / 2; i++) {
    const code = `IMP-${run}-${i}`;
    const cat = categoryCodes[i % categoryCodes.length];
    ['大', '小'].forEach((size, j) => {
      const barcode = ean13(`2${run}${String(i * 2 + j).padStart(6, '0')}`);
      lines.push(`${code},导入商品 ${i},${cat},件,${code}-${j + 1},规格=${size},${barcode},${(3 + (i % 50) / 10 + j).toFixed(2)}`);
    });
  }
  return lines.join('\r\n') + '\r\n';
}

async function timeImport(port, categoryCodes) {
  const { issueToken } = createRequire(import.meta.url)('../api/dist/modules/auth/token.js');
  const token = issueToken(
    { role: 'HQ_ADMIN', staffId: '00000000-0000-4000-8000-0000000000b1', username: 'bench-hq' },
    BENCH_SECRET,
    3600,
    new Date(),
  ).token;
  const csv = importSheet(categoryCodes);
  const post = async () => {
    const t = performance.now();
    const res = await fetch(`http://127.0.0.1:${port}/catalog/import/products`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
      body: csv,
    });
    const body = await res.json();
    if (res.status !== 200 || body.errors.length) throw new Error(`import: ${res.status} ${JSON.stringify(body).slice(0, 500)}`);
    return { s: (performance.now() - t) / 1000, body };
  };
  const first = await post();
  if (first.body.skusCreated !== IMPORT_ROWS) throw new Error(`import created ${first.body.skusCreated} SKUs`);
  const again = await post();
  const { productsCreated, productsUpdated, skusCreated, skusUpdated } = again.body;
  if (productsCreated + productsUpdated + skusCreated + skusUpdated) throw new Error(`re-upload changed ${JSON.stringify(again.body)}`);
  console.log(
    `[bench:catalog] import: ${first.body.productsCreated} products, ${first.body.skusCreated} SKUs with prices and barcodes ` +
      `(${(csv.length / 1e6).toFixed(1)} MB CSV); the same file again: ${again.s.toFixed(1)} s, nothing changed`,
  );
  console.log(`import ${IMPORT_ROWS.toLocaleString('en-US')} rows in ${first.s.toFixed(1)} s (goal < 30 s)`);
}

/** CPU seconds the process has used (user + system), from /proc: a figure a loaded machine's queueing leaves alone. */
function cpuSeconds(pid) {
  const file = `/proc/${pid}/stat`;
  if (!existsSync(file)) return NaN;
  const fields = readFileSync(file, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function main() {
  const fresh = await ensureDatabase(URL_, { fresh: args.includes('--fresh') });
  const db = new pg.Client({ connectionString: URL_ });
  await db.connect();
  if (fresh) await build(db);
  const [{ store_id: storeId }] = (await db.query(`SELECT id AS store_id FROM store WHERE code = 'SH-001'`)).rows;
  const categoryCodes = (await db.query(`SELECT code FROM category ORDER BY code`)).rows.map((r) => r.code);
  const cats = (await db.query(`SELECT pc.category_id AS id, count(*)::int AS n FROM product_in_category pc GROUP BY 1 ORDER BY 2 DESC, 1`))
    .rows;
  await db.end();
  const api = await startApi(URL_, { PICTURE_DIR });
  const gql = graphqlPoster(api.port);
  try {
    const times = [];
    let cpuAtStart = NaN;
    for (let i = 0; i < WARMUP + RUNS; i++) {
      if (i === WARMUP) cpuAtStart = cpuSeconds(api.pid);
      const category = cats[i % cats.length];
      const t = performance.now();
      const res = await gql.post(LIST, { categoryId: category.id, storeId });
      const ms = performance.now() - t;
      if (res.errors || !res.data?.products.nodes.length) throw new Error(JSON.stringify(res.errors ?? res.data));
      if (i >= WARMUP) times.push(ms);
    }
    const cpuPerPage = ((cpuSeconds(api.pid) - cpuAtStart) * 1000) / RUNS;
    times.sort((a, b) => a - b);
    const categories = cats.map((c) => c.n).join('/');
    console.log(
      `[bench:catalog] ${RUNS} category pages (20 products, 40 SKUs, 60 pictures each) at SH-001; products per category ${categories}`,
    );
    console.log(`[bench:catalog] p50 ${percentile(times, 50).toFixed(1)} ms, p90 ${percentile(times, 90).toFixed(1)} ms`);
    console.log(
      `[bench:catalog] API CPU per page ${cpuPerPage.toFixed(2)} ms; load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
    console.log(`category list with pictures at a store, p99: ${percentile(times, 99).toFixed(1)} ms (goal < 30 ms)`);
    if (!args.includes('--list-only')) await timeImport(api.port, categoryCodes);
  } finally {
    gql.close();
    await api.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
