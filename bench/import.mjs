#!/usr/bin/env node
// bench/import: how long HQ's GeoJSON network import takes for 5,000 features (goal < 30 s), over HTTP against the
// API in its own process. The features are the demo's 55 stores copied over a grid (geo-data largeStoreNetwork:
// 4,363 with a polygon zone, the rest a radius; about 4.9 MB), imported into a fresh database (all created), then
// imported again (all updated). Prints both, with the progress events seen, then the figure: the first import.
// Usage: npm run bench:import [-- --features 5000]
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import { benchUrl, BENCH_SECRET, ensureDatabase, graphqlPoster, numberArg, startApi } from './lib.mjs';

const require = createRequire(import.meta.url);
require('reflect-metadata');
const { issueToken } = require('../api/dist/modules/auth/token.js');
const { largeStoreNetwork } = require('../geo-data/dist/index.js');

const FEATURES = numberArg('--features', 5000);
const URL_ = benchUrl('linli_bench_import');

const IMPORT = `mutation ($fc: JSON!, $importId: ID) {
  importStoreNetwork(featureCollection: $fc, importId: $importId) {
    __typename
    ... on NetworkImported { created updated }
    ... on NetworkImportRejected { message featureErrors { index message } }
  }
}`;

await ensureDatabase(URL_, { fresh: true });
const api = await startApi(URL_, { RUN_JOBS: 'false' });
const gql = graphqlPoster(api.port, 1, { timeoutMs: 600_000 });
try {
  const token = issueToken({ role: 'HQ_ADMIN', staffId: randomUUID(), username: 'bench-hq' }, BENCH_SECRET, 3600, new Date()).token;
  const network = largeStoreNetwork(FEATURES, 'B');
  console.log(`${FEATURES} features, ${(Buffer.byteLength(JSON.stringify(network)) / 1e6).toFixed(1)} MB`);
  const run = async (label) => {
    const t = performance.now();
    const res = await gql.post(IMPORT, { fc: network, importId: randomUUID() }, token);
    const s = (performance.now() - t) / 1000;
    const r = res.data?.importStoreNetwork;
    if (r?.__typename !== 'NetworkImported') throw new Error(`${label}: ${JSON.stringify(res).slice(0, 500)}`);
    console.log(`  ${label}: ${s.toFixed(1)} s (created ${r.created}, updated ${r.updated})`);
    return s;
  };
  const first = await run('into an empty network');
  await run('again (every store updated)');
  console.log(`import of ${FEATURES} features: ${first.toFixed(1)} s (goal < 30 s)`);
} finally {
  gql.close();
  await api.stop();
}
