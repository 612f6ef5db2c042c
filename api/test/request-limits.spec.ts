// No request of up to 100 KB, from anyone, may hold the event loop: pathological documents over the real HTTP
// server while the event loop's delay is measured in this same process; and every refusal is a 4xx.
import { getIntrospectionQuery } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureRequest, pathologicalRequests } from '../../bench/pathological-documents.cjs';
import { startTestApp, type TestApp } from './harness';

/**
 * The goal is 50 ms. The CPU a request costs (this process, client included) is held to it; the event loop's
 * delay also counts the time other processes on a shared machine take from this one, so it gets a margin
 * (on a quiet machine the delays printed are within the goal).
 */
const GOAL_MS = 50;
const SHARED_MACHINE_MARGIN_MS = 100;
const ROUNDS = 3;

describe('request limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  async function send(r: (typeof pathologicalRequests)[number]) {
    const res = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': r.contentType ?? 'application/json', 'apollo-require-preflight': 'true' },
      body: r.raw ?? JSON.stringify(r.body),
    });
    const text = await res.text();
    return {
      status: res.status,
      text,
      json: (() => {
        try {
          return JSON.parse(text);
        } catch {
          return undefined;
        }
      })(),
    };
  }

  it('answers every pathological request quickly, with a 4xx or data, never a 500', async () => {
    const rows: { name: string; delayMs: number; rawMaxMs: number; cpuMs: number; status: number }[] = [];
    const wrong: string[] = [];
    // Warm every code path first: a cold JIT is not what a flood meets after its first request.
    for (const r of pathologicalRequests) await send(r);
    const baseline = { name: 'baseline: { __typename }', body: { query: '{ __typename }' }, status: 200 };
    for (const r of [baseline, ...pathologicalRequests]) {
      const { answer, delayMs, rawMaxMs, cpuMs } = await measureRequest(() => send(r), ROUNDS);
      rows.push({ name: r.name, delayMs, rawMaxMs, cpuMs, status: answer.status });
      const code = answer.json?.errors?.[0]?.extensions?.code;
      if (answer.status !== r.status || !answer.json || (answer.status >= 400 && !/^[A-Z_]+$/.test(code))) {
        wrong.push(`${r.name}: expected ${r.status}, got ${answer.status} ${answer.text.slice(0, 200)}`);
      }
    }
    expect(wrong).toEqual([]);
    rows.sort((a, b) => b.delayMs - a.delayMs);
    console.log(
      '[request-limits] per request: event-loop delay (least of rounds), worst round, CPU (ms):\n' +
        rows
          .map(
            (w) =>
              `  ${w.delayMs.toFixed(1).padStart(7)} ${w.rawMaxMs.toFixed(1).padStart(7)} ${w.cpuMs.toFixed(1).padStart(7)}  ${w.status}  ${w.name}`,
          )
          .join('\n'),
    );
    expect(rows[0]!.delayMs, rows[0]!.name).toBeLessThan(GOAL_MS + SHARED_MACHINE_MARGIN_MS);
    const dearest = rows.reduce((a, b) => (b.cpuMs > a.cpuMs ? b : a));
    expect(dearest.cpuMs, dearest.name).toBeLessThan(GOAL_MS);
  });

  it('keeps /health answering while a fan-out document is sent over and over', async () => {
    const flood = pathologicalRequests.find((r) => r.name.startsWith('fragment fan-out, 25'))!;
    let sending = true;
    const senders = Array.from({ length: 4 }, async () => {
      while (sending) await send(flood);
    });
    const latencies: number[] = [];
    for (let i = 0; i < 20; i++) {
      const started = performance.now();
      const res = await fetch(`${t.baseUrl}/health`);
      expect(res.status).toBe(200);
      latencies.push(performance.now() - started);
    }
    sending = false;
    await Promise.all(senders);
    console.log(`[request-limits] /health under a fan-out flood: worst ${Math.max(...latencies).toFixed(1)} ms`);
    expect(Math.max(...latencies)).toBeLessThan(1000);
  });

  it('lets the standard introspection query through in development and test', async () => {
    const res = await send({ name: 'introspection', body: { query: getIntrospectionQuery() }, status: 200 });
    expect(res.status).toBe(200);
    expect(res.json.errors).toBeUndefined();
    expect(res.json.data.__schema.types.length).toBeGreaterThan(50);
  });

  it('refuses page sizes outside 1..100 before running anything, whatever else the operation asks', async () => {
    for (const first of [-1000000, 0, 101]) {
      const res = await send({
        name: 'size',
        body: {
          query: 'query($n: Int!) { a: stores(first: 100) { nodes { id } } b: stores(first: $n) { nodes { id } } }',
          variables: { n: first },
        },
        status: 400,
      });
      expect(res.status).toBe(400);
      expect(res.json.data).toBeUndefined();
      expect(res.json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    }
    // A default page size counts: 100 stores' 100 stock levels are not one field.
    const defaults = await send({
      name: 'defaults',
      body: {
        query: `{ ${Array.from({ length: 60 }, (_, i) => `s${i}: stores { nodes { id name code city address status } }`).join(' ')} }`,
      },
      status: 400,
    });
    expect(defaults.json.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
  });

  it('applies the same limits to operations sent over the WebSocket, anonymously too', async () => {
    const client = createClient({ url: `${t.baseUrl.replace(/^http/, 'ws')}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0 });
    const answer = async (name: string) => {
      const body = pathologicalRequests.find((r) => r.name === name)!.body as { query: string; variables?: Record<string, unknown> };
      try {
        for await (const result of client.iterate(body)) return result;
      } catch (errors) {
        return { errors };
      }
      return undefined;
    };
    try {
      const costly = await answer('alias flood within the alias limit');
      expect(JSON.stringify(costly)).toContain('QUERY_TOO_COSTLY');
      const fanout = await answer('fragment fan-out, 30 levels (1.3 KB)');
      expect(JSON.stringify(fanout)).toContain('DOCUMENT_TOO_COMPLEX');
      const negative = await answer('negative first in a variable');
      expect(JSON.stringify(negative)).toContain('BAD_USER_INPUT');
      const fine = await answer('20 operations');
      expect(fine).toMatchObject({ data: { stores: { nodes: expect.any(Array) } } });
    } finally {
      await client.dispose();
    }
  });
});
