// GraphQL requests built to stall a server, each at most 100 KB, and how to measure one: shared by
// bench/request-limits.mjs and the request-limits test. Each has the status a correct server answers with
// (no request may get a 500).
'use strict';
const { getIntrospectionQuery } = require('graphql');
const { monitorEventLoopDelay } = require('node:perf_hooks');

const KB100 = 100 * 1024;
const fill = (unit, budget = KB100 - 200) => unit.repeat(Math.floor(budget / unit.length));
const list = (n, make) => Array.from({ length: n }, (_, i) => make(i)).join(' ');

/** Fragments that each spread the next one twice: 2^levels fields when expanded naively. */
function fanout(levels) {
  const defs = list(levels, (i) => `fragment F${i} on Store { ...F${i + 1} ...F${i + 1} }`);
  return `${defs} fragment F${levels} on Store { id name } { stores(first: 1) { nodes { ...F0 } } }`;
}

/** A request body whose variable is JSON nested `depth` deep: for recursive code that walks variables. */
function deepJsonBody(query, depth) {
  return `{"query": ${JSON.stringify(query)}, "variables": {"f": ${'['.repeat(depth)}1${']'.repeat(depth)}}}`;
}

/** @type {{ name: string; body: unknown; status: number; contentType?: string; raw?: string }[]} */
const pathologicalRequests = [
  { name: 'fragment fan-out, 30 levels (1.3 KB)', body: { query: fanout(30) }, status: 400 },
  { name: 'fragment fan-out, 25 levels (within the fragment count)', body: { query: fanout(25) }, status: 400 },
  {
    name: 'alias flood, 100 KB',
    body: { query: `{ ${list(2500, (i) => `a${i}: stores(first: 100) { nodes { id } }`)} }`.slice(0, KB100) },
    status: 400,
  },
  {
    name: 'alias flood within the alias limit',
    body: { query: `{ ${list(100, (i) => `a${i}: stores(first: 100) { nodes { id name } }`)} }` },
    status: 400,
  },
  { name: 'same field repeated, 100 KB', body: { query: `{ ${fill('me { id } ')} }` }, status: 400 },
  {
    name: 'same field 12 times in 40 sets',
    body: { query: `{ ${list(40, (i) => `s${i}: stores(first: 1) { nodes { ${list(12, () => 'id')} } }`)} }` },
    status: 400,
  },
  { name: '__typename in 499 inline fragments', body: { query: `{ ${list(499, () => '... on Query { __typename }')} }` }, status: 400 },
  {
    name: '30 fragments, 12 spreads a set',
    body: {
      query: `${list(30, (i) => `fragment G${i} on Store { id name code city ${i < 29 ? `...G${i + 1}` : ''} }`)} { stores(first: 1) { nodes { ${list(12, (i) => `...G${i}`)} } } }`,
    },
    status: 200,
  },
  { name: 'deep nesting, 100 KB', body: { query: `{ ${fill('products { nodes { skus { product { ', KB100 / 2)} id }` }, status: 400 },
  {
    name: 'deep nesting within the nesting limit',
    body: { query: `{ products(first: 1) { nodes { ${'skus { product { '.repeat(9)}id${' } }'.repeat(9)} } } }` },
    status: 400,
  },
  {
    name: 'negative first beside 300 large lists',
    body: { query: `{ n: stores(first: -1000000) { nodes { id } } ${list(98, (i) => `a${i}: stores(first: 100) { nodes { id } }`)} }` },
    status: 400,
  },
  { name: 'huge first literal', body: { query: '{ stores(first: 1000000000000) { nodes { id } } }' }, status: 400 },
  {
    name: 'negative first in a variable',
    body: { query: 'query($n: Int!) { stores(first: $n) { nodes { id } } }', variables: { n: -1000000 } },
    status: 400,
  },
  {
    name: 'fractional first in a variable',
    body: { query: 'query($n: Int!) { stores(first: $n) { nodes { id } } }', variables: { n: 1.5 } },
    status: 400,
  },
  {
    name: 'huge first in a variable default',
    body: { query: 'query($n: Int! = 2147483647) { stores(first: $n) { nodes { id } } }' },
    status: 400,
  },
  { name: 'zero first', body: { query: '{ stores(first: 0) { nodes { id } } }' }, status: 400 },
  {
    name: 'large variables: 1,500 cart lines',
    body: {
      query:
        'query($lines: [CartLineInput!]!) { availability(lines: $lines, fulfilment: PICKUP, location: {lat: 31.23, lng: 121.48, system: WGS84}) { __typename } }',
      variables: { lines: Array.from({ length: 1500 }, () => ({ skuId: '00000000-0000-4000-8000-000000000000', quantity: 1 })) },
    },
    status: 400,
  },
  {
    name: 'large variables: JSON nested 25,000 deep',
    raw: deepJsonBody('mutation($f: JSON!) { importStoreNetwork(featureCollection: $f) { __typename } }', 25000),
    body: null,
    status: 200,
  },
  {
    name: 'many operations, 100 KB',
    body: { query: list(3000, (i) => `query Q${i} { __typename }`).slice(0, KB100), operationName: 'Q1' },
    status: 400,
  },
  {
    name: '20 operations',
    body: { query: list(20, (i) => `query Q${i} { stores(first: 100) { nodes { id name code } } }`), operationName: 'Q19' },
    status: 200,
  },
  { name: 'long string argument, 100 KB', body: { query: `{ store(id: "${'x'.repeat(KB100 - 100)}") { id } }` }, status: 200 },
  { name: 'long comment, 100 KB', body: { query: `#${'x'.repeat(KB100 - 100)}\n{ __typename }` }, status: 200 },
  { name: 'directive flood, 100 KB', body: { query: `{ __typename ${fill('@include(if: true) ')} }` }, status: 400 },
  {
    name: 'introspection three times',
    body: { query: `{ a: __schema { types { name fields { name } } } b: __schema { types { name } } c: __schema { types { name } } }` },
    status: 400,
  },
  {
    name: 'introspection that expands types by reference',
    body: { query: `{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }` },
    status: 400,
  },
  { name: 'the graphql-js introspection query', body: { query: getIntrospectionQuery() }, status: 200 },
  { name: 'unparsable JSON body', raw: '{"query": "{ __typename }"', contentType: 'application/json', body: null, status: 400 },
  {
    name: 'body over the limit',
    raw: JSON.stringify({ query: `#${'x'.repeat(200 * 1024)}\n{ __typename }` }),
    contentType: 'application/json',
    body: null,
    status: 413,
  },
  { name: 'text/plain body', raw: '{ __typename }', contentType: 'text/plain', body: null, status: 400 },
];
/**
 * Sends a request `rounds` times, one at a time, measuring this process's event-loop delay and CPU. A request
 * that holds the loop does so every round; another process's stall on a shared machine does not recur every
 * round, so the request's delay is the least of its rounds' worst delays (rawMaxMs keeps the worst round).
 */
async function measureRequest(send, rounds) {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  const roundMaxMs = [];
  let cpuMs = Infinity;
  let answer;
  for (let round = 0; round < rounds; round++) {
    histogram.reset();
    histogram.enable();
    const cpu = process.cpuUsage();
    answer = await send();
    const used = process.cpuUsage(cpu);
    await new Promise((resolve) => setTimeout(resolve, 15));
    histogram.disable();
    roundMaxMs.push(histogram.max / 1e6);
    cpuMs = Math.min(cpuMs, (used.user + used.system) / 1000);
  }
  return { answer, delayMs: Math.min(...roundMaxMs), rawMaxMs: Math.max(...roundMaxMs), cpuMs };
}

module.exports = { pathologicalRequests, measureRequest };
