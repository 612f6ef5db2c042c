// Routing costs what it costs: a request may ask for at most five routings, anonymous routing is limited per client
// address, and under a flood of anonymous routing a signed-in shopper's checkout stays fast: anonymous reads wait at
// the door and behind signed-in work for a database connection, and are refused (429, 503), never failed (500).
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ROUTINGS } from '../src/common/query-cost';
import { makeSkus, makeStore, setStock } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import { deliveryInput } from './orders-helpers';

/** How long the flood lasts; the issue's 20 s shows nothing 8 s does not (the pool reaches its steady state in < 1 s). */
const FLOOD_MS = 8_000;
const FLOODERS = 10;
/**
 * The goal is 200 ms, and `npm run bench:flood` measures it with the API, the shopper and the flood each in a process
 * of its own. Here the app and the shopper share one test process with other test files running beside it, on a
 * shared machine; the margin is for that (without the limits the p99 here was 1.9 s, with them 0.3 s at load 15).
 */
const P99_GOAL_MS = 200;
const SHARED_MACHINE_MARGIN_MS = 300;
const HOME = { lat: 31.2, lng: 121.45 };

const ROUTE = (n: number) =>
  `query Flood($input: RouteCartInput!) { ${Array.from({ length: n }, (_, i) => `r${i}: routeCart(input: $input) { __typename }`).join(' ')} }`;
const CHECKOUT = `mutation C($input: CheckoutInput!) { checkout(input: $input) { __typename ... on ErrorResult { errorCode message } } }`;

describe('routing flood', () => {
  let t: TestApp;
  let skus: string[];
  let shopper: string;

  beforeAll(async () => {
    // Each address may route 30 times in 10 s (the default); X-Forwarded-For names the address, as behind a proxy.
    t = await startTestApp({
      env: { TRUST_PROXY: 'true', ANONYMOUS_ROUTING_LIMIT: '30', ANONYMOUS_ROUTING_WINDOW_SEC: '10' },
    });
    skus = await makeSkus(t.em(), 3, 1000);
    // Twenty stores around the shopper, every one with the goods: each routing weighs them all.
    for (let i = 0; i < 20; i++) {
      const store = await makeStore(t.em(), {
        lat: HOME.lat + (i % 5) * 0.004,
        lng: HOME.lng + Math.floor(i / 5) * 0.004,
        deliveryRadiusM: 5000,
      });
      for (const sku of skus) await setStock(t.em(), store.id, sku, 1_000_000);
    }
    shopper = (await t.newShopper()).token;
  });
  afterAll(() => t?.close());

  const lines = () => skus.map((skuId) => ({ skuId, quantity: 1 }));
  const routeInput = () => ({ fulfilment: 'DELIVERY', lines: lines(), location: { ...HOME, system: 'WGS84' } });

  async function post(query: string, variables: unknown, headers: Record<string, string> = {}) {
    const res = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
    return { status: res.status, retryAfter: res.headers.get('retry-after'), body };
  }

  /** Runs api/test/flood-client.mjs against the app; resolves with its answers when it is done. */
  function floodFrom(plan: { query: string; variables: unknown; clients: number; ms: number; address: 'fixed' | 'rotating' }) {
    const child = spawn(process.execPath, [path.join(__dirname, 'flood-client.mjs')], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    child.stdin.end(`${JSON.stringify({ url: `${t.baseUrl}/graphql`, ...plan })}\n`);
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    return new Promise<{ outcomes: Record<string, number>; served: number }>((resolve, reject) =>
      child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`flood client exited with ${code}`)))),
    );
  }

  const checkout = async () => {
    const started = performance.now();
    const res = await post(CHECKOUT, { input: deliveryInput(HOME.lat, HOME.lng, lines()) }, { authorization: `Bearer ${shopper}` });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ data: { checkout: { __typename: 'CheckoutPlaced' } } });
    return performance.now() - started;
  };

  it(`refuses more than ${MAX_ROUTINGS} routings in one request with a 400`, async () => {
    const ok = await post(ROUTE(MAX_ROUTINGS), { input: routeInput() }, { 'x-forwarded-for': '10.1.0.1' });
    expect(ok.status).toBe(200);
    expect(Object.keys(ok.body.data as object)).toHaveLength(MAX_ROUTINGS);
    const tooMany = await post(ROUTE(60), { input: routeInput() }, { 'x-forwarded-for': '10.1.0.2' });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.errors?.[0]?.extensions).toMatchObject({ code: 'TOO_MANY_ROUTINGS', max: MAX_ROUTINGS, count: 60 });
  });

  it('limits anonymous routing per address with a 429 and Retry-After; other addresses and signed-in shoppers go on', async () => {
    const from = (address: string) => post(ROUTE(5), { input: routeInput() }, { 'x-forwarded-for': address });
    for (let i = 0; i < 6; i++) expect((await from('10.2.0.1')).status).toBe(200); // 30 routings
    const refused = await from('10.2.0.1');
    expect(refused.status).toBe(429);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    expect((await from('10.2.0.2')).status).toBe(200);
    const signedIn = await post(ROUTE(5), { input: routeInput() }, { 'x-forwarded-for': '10.2.0.1', authorization: `Bearer ${shopper}` });
    expect(signedIn.status).toBe(200);
  });

  it(`keeps a signed-in checkout fast (goal: p99 < ${P99_GOAL_MS} ms) while ${FLOODERS} anonymous clients flood routing`, async () => {
    for (let i = 0; i < 20; i++) await checkout(); // warm: plans, pool, price book
    const alone: number[] = [];
    for (let i = 0; i < 30; i++) alone.push(await checkout());
    alone.sort((a, b) => a - b);
    // Ten clients in a process of their own, each from its own address, sending the next request as soon as the
    // last one is answered.
    const flood = floodFrom({
      query: ROUTE(MAX_ROUTINGS),
      variables: { input: routeInput() },
      clients: FLOODERS,
      ms: FLOOD_MS,
      address: 'fixed',
    });
    const times: number[] = [];
    const started = performance.now();
    while (performance.now() - started < FLOOD_MS) times.push(await checkout());
    const { outcomes, served } = await flood;
    const routings = served * MAX_ROUTINGS;
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]!;
    console.log(
      `[flood] ${FLOODERS} anonymous clients for ${FLOOD_MS / 1000} s: checkout p50 ${at(0.5).toFixed(1)} ms, p99 ${at(0.99).toFixed(1)} ms over ${times.length} ` +
        `(alone p50 ${alone[15]!.toFixed(1)} ms, max ${alone[29]!.toFixed(1)} ms); ${routings} routings served; requests ${JSON.stringify(outcomes)}`,
    );
    expect(at(0.99)).toBeLessThan(P99_GOAL_MS + SHARED_MACHINE_MARGIN_MS);
    // Refused, not failed: every answer is data, a 429 or a 503, each with when to come back.
    expect(Object.keys(outcomes).filter((k) => !/^(200|429 RATE_LIMITED|503 SERVICE_UNAVAILABLE)$/.test(k))).toEqual([]);
    expect((outcomes['429 RATE_LIMITED'] ?? 0) + (outcomes['503 SERVICE_UNAVAILABLE'] ?? 0)).toBeGreaterThan(0);
    expect(routings).toBeGreaterThan(0);
  });
});
