#!/usr/bin/env node
// bench/routing: p50/p99 of the routing query for 10,000 stores, 2,000 SKUs and stock on 10 % of pairs,
// with 3-line carts: at the database (the exact SQL the API runs) and end to end through GraphQL over HTTP.
// Usage: npm run bench:routing [-- --fresh] [-- --queries N]
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { benchUrl, cpuSeconds, ensureDatabase, graphqlPoster, startApi, summary } from './lib.mjs';

const require = createRequire(import.meta.url);
require('reflect-metadata');
const { openDatabase, migrate } = require('../api/dist/database.js');
const { positional } = require('../api/dist/common/sql.js');
const { NEAREST_ELIGIBLE_SQL, nearestEligibleParams } = require('../api/dist/modules/routing/routing.repository.js');
const { mulberry32 } = require('../geo-data/dist/index.js');

const args = process.argv.slice(2);
const QUERIES = Number(args[args.indexOf('--queries') + 1]) || 2000;
const STORES = 10_000;
const SKUS = 2_000;
const DENSITY = 0.1;
// BENCH_DB names another database (two builds compared in one sitting on a shared server, without `--fresh` races).
const BENCH_URL = benchUrl(process.env.BENCH_DB ?? 'linli_bench');

async function prepareDatabase(fresh = args.includes('--fresh')) {
  await ensureDatabase(BENCH_URL, { fresh });

  const orm = await openDatabase(BENCH_URL);
  await migrate(orm);
  await orm.close();
  const db = new pg.Client({ connectionString: BENCH_URL });
  await db.connect();
  const { rows } = await db.query(`SELECT (SELECT count(*) FROM store)::int AS stores, (SELECT count(*) FROM sku)::int AS skus`);
  if (rows[0].stores !== STORES || rows[0].skus !== SKUS) {
    // Another shape of network (an older run): start from an empty database (the ledger refuses TRUNCATE).
    if (rows[0].stores || rows[0].skus) {
      await db.end();
      return prepareDatabase(true);
    }
    console.log(`generating ${STORES} stores, ${SKUS} SKUs, stock on ${DENSITY * 100} % of pairs ...`);
    const t0 = performance.now();
    await db.query(`SELECT setseed(0.42)`);
    // A 50 × 50 km box over Shanghai; 70 % polygon zones (8-gon, 2–4 km), 30 % radius zones; 80 % open 24 h.
    await db.query(`
      INSERT INTO store (id, code, name, city, address, lat, lng, time_zone, status, can_pickup, can_deliver,
                         delivery_radius_m, delivery_zone, delivery_reach_m)
      SELECT gen_random_uuid(), 'B' || i, 'bench ' || i, '上海', 'x', lat, lng, 'Asia/Shanghai', 'ACTIVE', true, true,
             CASE WHEN poly THEN NULL ELSE r END,
             CASE WHEN poly THEN ST_AsGeoJSON(ST_Buffer(ST_SetSRID(ST_MakePoint(lng, lat), 4326)::geography, r, 'quad_segs=2')::geometry, 7)::jsonb END,
             ceil(r * 1.02) + 1
        FROM (SELECT i, 31.0 + random() * 0.45 AS lat, 121.2 + random() * 0.525 AS lng,
                     random() < 0.7 AS poly, 2000 + (random() * 2000)::int AS r
                FROM generate_series(1, ${STORES}) i) g`);
    await db.query(`
      INSERT INTO store_hours (store_id, weekday, opens_min, closes_min)
      SELECT s.id, d, CASE WHEN h < 0.8 THEN 0 ELSE 420 END, CASE WHEN h < 0.8 THEN 1440 ELSE 1380 END
        FROM (SELECT id, random() AS h FROM store) s, generate_series(1, 7) d`);
    await db.query(`INSERT INTO category (id, code, name) VALUES (gen_random_uuid(), 'BENCH', 'bench')`);
    await db.query(`INSERT INTO product (id, code, name, category_id) SELECT gen_random_uuid(), 'BENCH', 'bench', id FROM category`);
    await db.query(
      `INSERT INTO sku (id, code, product_id, price_fen) SELECT gen_random_uuid(), 'BS' || i, p.id, 100 FROM product p, generate_series(1, ${SKUS}) i`,
    );
    await db.query(`
      INSERT INTO store_stock (store_id, sku_id, on_hand)
      SELECT s.id, k.id, 1 + (random() * 20)::int FROM store s, sku k WHERE random() < ${DENSITY}`);
    await db.query(`VACUUM ANALYZE`);
    console.log(`generated in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  return db;
}

function randomCase(rand, skuIds) {
  const lines = [];
  while (lines.length < 3) {
    const skuId = skuIds[Math.floor(rand() * skuIds.length)];
    if (!lines.some((l) => l.skuId === skuId)) lines.push({ skuId, quantity: 1 });
  }
  return {
    lat: 31.05 + rand() * 0.35,
    lng: 121.25 + rand() * 0.42,
    fulfilment: rand() < 0.5 ? 'DELIVERY' : 'PICKUP',
    lines,
  };
}

/** The routing statement exactly as the API sends it, timed by a client on one warm connection. */
async function benchDatabase(cases) {
  const db = new pg.Client({ connectionString: BENCH_URL, options: '-c jit=off -c plan_cache_mode=force_generic_plan' }); // as the API's pool
  await db.connect();
  const times = { DELIVERY: [], PICKUP: [] };
  const server = [];
  let found = 0;
  const at = new Date();
  for (const [i, c] of cases.entries()) {
    const q = {
      point: `SRID=4326;POINT(${c.lng} ${c.lat})`,
      fulfilment: c.fulfilment,
      lines: c.lines,
      at,
      radiusM: c.fulfilment === 'PICKUP' ? 10_000 : 20_200,
    };
    // As the API sends it: a prepared statement, parsed once per connection.
    const [text, values] = positional(NEAREST_ELIGIBLE_SQL, nearestEligibleParams(q, 1));
    const t0 = performance.now();
    const res = await db.query({ name: 'route', text, values });
    const ms = performance.now() - t0;
    if (i >= 50) times[c.fulfilment].push(ms); // the first 50 warm the connection and caches
    if (res.rowCount) found++;
    // The same statement once more, timed inside the server: execution alone, without the client and the wire.
    const explained = await db.query({ name: 'route_explain', text: `EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) ${text}`, values });
    if (i >= 50) server.push(explained.rows[0]['QUERY PLAN'][0]['Execution Time']);
  }
  await db.end();
  return { times, found, server };
}

async function benchGraphql(cases) {
  // The bench asks anonymously from one address, as the shopper app does before sign-in, at a rate the anonymous
  // routing limit (30 in 10 s an address) exists to refuse: raised here, since this measures routing, not the limit.
  const { port, stop, pid } = await startApi(BENCH_URL, { RUN_JOBS: 'false', ANONYMOUS_ROUTING_LIMIT: '100000000' });
  try {
    const cpu0 = cpuSeconds(pid);
    const result = await routeOverHttp(port, cases);
    return { ...result, apiCpuMs: ((cpuSeconds(pid) - cpu0) * 1000) / cases.length };
  } finally {
    await stop(); // also when a request failed: an API left running would hold the bench's output open
  }
}

async function routeOverHttp(port, cases) {
  const { post: postQuery, close } = graphqlPoster(port);
  const query = `query R($input: RouteCartInput!) { routeCart(input: $input) { __typename ... on RoutedToStore { distanceM store { id code } } ... on SplitProposal { parts { distanceM store { id } } } ... on NoStoreAvailable { errorCode } } }`;
  const times = [];
  const outcomes = {};
  const byOutcome = {};
  for (const [i, c] of cases.entries()) {
    const variables = { input: { lines: c.lines, fulfilment: c.fulfilment, location: { lat: c.lat, lng: c.lng, system: 'WGS84' } } };
    const t0 = performance.now();
    const res = await postQuery(query, variables);
    const ms = performance.now() - t0;
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    const outcome = res.data.routeCart.__typename;
    if (i >= 50) {
      times.push(ms);
      (byOutcome[outcome] ??= []).push(ms);
    }
    outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
  }
  close();
  return { times, outcomes, byOutcome };
}

const db = await prepareDatabase();
const skuIds = (await db.query(`SELECT id FROM sku`)).rows.map((r) => r.id);
const rand = mulberry32(99);
const cases = Array.from({ length: QUERIES }, () => randomCase(rand, skuIds));
await db.end();
const dbResult = await benchDatabase(cases);
const e2e = await benchGraphql(cases.slice(0, Math.min(QUERIES, 1000)));
const all = [...dbResult.times.DELIVERY, ...dbResult.times.PICKUP];
console.log(`\nrouting statement at the database (${all.length} queries, one connection, sequential; ${dbResult.found} found a store):`);
console.log(`  DELIVERY ms ${JSON.stringify(summary(dbResult.times.DELIVERY))}`);
console.log(`  PICKUP   ms ${JSON.stringify(summary(dbResult.times.PICKUP))}`);
console.log(
  `  execution inside PostgreSQL (EXPLAIN ANALYZE of the same prepared statement) ms ${JSON.stringify(summary(dbResult.server))}`,
);
console.log(
  `routeCart through GraphQL over HTTP to the API in its own process (${e2e.times.length} requests, sequential, keep-alive): outcomes ${JSON.stringify(e2e.outcomes)}`,
);
for (const [outcome, ms] of Object.entries(e2e.byOutcome)) console.log(`  ${outcome.padEnd(16)} ms ${JSON.stringify(summary(ms))}`);
const d = summary(all);
const g = summary(e2e.times);
console.log(
  `\nrouting p50 ${d.p50} ms, p99 ${d.p99} ms at the database; routeCart p50 ${g.p50} ms, p99 ${g.p99} ms end to end, ` +
    `API CPU ${e2e.apiCpuMs.toFixed(3)} ms a request`,
);
