// A live socket whose session cannot be checked (Redis away) is told to come back later (1013), which graphql-ws
// clients retry, and not closed as broken (4500), which they never retry: a counter tablet must reconnect by itself.
import { afterAll, beforeAll, expect, it } from 'vitest';
import WebSocket from 'ws';
import { makeStore } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import { startRedisProxy } from './redis-proxy';

let t: TestApp;
let proxy: Awaited<ReturnType<typeof startRedisProxy>>;
let store: string;

beforeAll(async () => {
  proxy = await startRedisProxy();
  t = await startTestApp({ env: { REDIS_URL: proxy.url() }, redisUrl: proxy.url(), jobs: false });
  store = (await makeStore(t.em(), { lat: 31.23, lng: 121.47 })).id;
});
afterAll(async () => {
  await proxy.restore();
  await t.close();
  await proxy.close();
});

/** Opens a graphql-transport-ws socket with a token and says how the server answered its connection_init. */
function connect(token: string): Promise<{ acked: boolean; code?: number }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${t.baseUrl.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
    ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })));
    ws.on('message', (data) => {
      if (JSON.parse(String(data)).type !== 'connection_ack') return;
      ws.close(1000);
      resolve({ acked: true });
    });
    ws.on('close', (code) => resolve({ acked: false, code }));
    ws.on('error', reject);
  });
}

it("answers 1013 while a clerk's session cannot be checked, and lets the clerk in once it can", async () => {
  const token = t.tokens.clerk(store);
  expect(await connect(token)).toEqual({ acked: true });
  await proxy.cut();
  expect(await connect(token)).toEqual({ acked: false, code: 1013 });
  await proxy.restore();
  await expect.poll(() => connect(token), { timeout: 15_000 }).toEqual({ acked: true });
});
