// The request and socket layers as the weapp build compiles them, run in a stand-in of WeChat's runtime: a
// fresh V8 context with no fetch, Headers, AbortController, TextDecoder or WebSocket, only a `wx` object whose
// request and connectSocket are done in Node (http, ws), against the real API.
import { build } from 'esbuild';
import http from 'node:http';
import path from 'node:path';
import vm from 'node:vm';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import WebSocket from 'ws';
import { gql } from './browser';

const apiUrl = inject('apiUrl');
const HERE = path.resolve(__dirname, '..', 'test', 'weapp');

/** wx.request and wx.connectSocket over Node, with WeChat's callback shapes. */
function makeWx() {
  const sockets: WebSocket[] = [];
  /** Every frame the app sent over a socket, in order (a test waits for its subscribe to have gone out). */
  const sent: string[] = [];
  const onSend = new Set<() => void>();
  const wx = {
    request(o: {
      url: string;
      method?: string;
      header?: Record<string, string>;
      data?: string;
      dataType?: string;
      success(r: unknown): void;
      fail(e: unknown): void;
    }) {
      const req = http.request(o.url, { method: o.method ?? 'GET', headers: o.header }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (body += c));
        res.on('end', () =>
          o.success({ statusCode: res.statusCode, data: o.dataType === 'json' ? JSON.parse(body) : body, header: res.headers }),
        );
      });
      req.on('error', (e) => o.fail({ errMsg: `request:fail ${e.message}` }));
      if (o.data != null) req.write(typeof o.data === 'string' ? o.data : JSON.stringify(o.data));
      req.end();
      return { abort: () => req.destroy() };
    },
    connectSocket(o: { url: string; protocols?: string[]; success?(r: unknown): void; fail?(e: unknown): void }) {
      const ws = new WebSocket(o.url, o.protocols);
      sockets.push(ws);
      const task = {
        onOpen: (cb: () => void) => ws.on('open', () => cb()),
        onMessage: (cb: (r: { data: string }) => void) => ws.on('message', (d) => cb({ data: d.toString() })),
        onClose: (cb: (r: { code: number; reason: string }) => void) =>
          ws.on('close', (code, reason) => cb({ code, reason: reason.toString() })),
        onError: (cb: (e: unknown) => void) => ws.on('error', (e) => cb({ errMsg: e.message })),
        send: (s: { data: string }) => {
          ws.send(s.data);
          sent.push(s.data);
          onSend.forEach((f) => f());
        },
        close: (s: { code?: number; reason?: string }) => ws.close(s.code ?? 1000, s.reason),
      };
      // WeChat does not order `success` against the task's open; the stand-in takes the order that bit us: success
      // (where Taro resolves its promise of the task) only after the socket has opened.
      const succeed = () => setTimeout(() => o.success?.({ errMsg: 'connectSocket:ok' }), 0);
      ws.once('open', succeed);
      ws.once('error', succeed);
      return task;
    },
  };
  /** Resolves once a frame of this graphql-ws message type has been sent. */
  const sentType = (type: string) =>
    new Promise<void>((resolve) => {
      const check = () => sent.some((f) => (JSON.parse(f) as { type: string }).type === type) && (onSend.delete(check), resolve());
      onSend.add(check);
      check();
    });
  return { wx, sentType, closeAll: () => sockets.forEach((s) => s.terminate()) };
}

let runtime: vm.Context;
let wxStandIn: ReturnType<typeof makeWx>;
let Linli: { createApiClient: typeof import('../src/api/client').createApiClient; NearbyStoresDocument: unknown };

beforeAll(async () => {
  const out = await build({
    entryPoints: [path.join(HERE, 'entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'Linli',
    platform: 'neutral',
    mainFields: ['browser', 'module', 'main'],
    target: 'es2017',
    alias: { '@tarojs/taro': path.join(HERE, 'taro-weapp-shim.ts') },
    define: { 'process.env.TARO_ENV': '"weapp"', 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  wxStandIn = makeWx();
  runtime = vm.createContext({ wx: wxStandIn.wx, console, setTimeout, clearTimeout });
  vm.runInContext(out.outputFiles[0]!.text, runtime);
  Linli = runtime.Linli;
});

afterAll(() => wxStandIn?.closeAll());

test('the stand-in runtime has none of the browser globals', () => {
  const missing = vm.runInContext(
    `['fetch','Headers','AbortController','TextDecoder','WebSocket','XMLHttpRequest'].filter((n) => typeof globalThis[n] === 'undefined')`,
    runtime,
  );
  expect([...missing]).toEqual(['fetch', 'Headers', 'AbortController', 'TextDecoder', 'WebSocket', 'XMLHttpRequest']);
});

test('queries go through wx.request', async () => {
  const { client } = Linli.createApiClient({ url: `${apiUrl}/graphql`, token: () => null });
  const res = await client
    .query(Linli.NearbyStoresDocument as never, { location: { lat: 31.237, lng: 121.48, system: 'WGS84' }, first: 3 })
    .toPromise();
  expect(res.error).toBeUndefined();
  const nodes = (res.data as { nearbyStores: { nodes: { store: { code: string } }[] } }).nearbyStores.nodes;
  expect(nodes[0]!.store.code).toBe('SH-001');
});

test('subscriptions go through wx.connectSocket, with the token, and receive live events', async () => {
  const { loginStaff } = await gql<{ loginStaff: { token: string } }>(
    apiUrl,
    'mutation { loginStaff(username: "clerk.sh001", password: "linli-clerk-demo") { ... on AuthPayload { token } } }',
  );
  const stores = await gql<{ nearbyStores: { nodes: { store: { id: string; code: string } }[] } }>(
    apiUrl,
    '{ nearbyStores(location: {lat: 31.237, lng: 121.48, system: WGS84}, first: 1) { nodes { store { id code } } } }',
  );
  const storeId = stores.nearbyStores.nodes[0]!.store.id;
  const { client, ws } = Linli.createApiClient({ url: `${apiUrl}/graphql`, token: () => loginStaff.token });
  const events: { kind: string; orderId: string }[] = [];
  const connected = new Promise<void>((resolve) => ws.on('connected', () => resolve()));
  const sub = client
    .subscription(`subscription ($storeId: ID!) { storeOrderEvents(storeId: $storeId) { kind orderId state } }`, { storeId })
    .subscribe((r) => r.data && events.push((r.data as { storeOrderEvents: { kind: string; orderId: string } }).storeOrderEvents));
  await connected;
  // The subscribe frame follows the ack; once it has gone out, the API registers it before the order below
  // (several requests later) can be paid.
  await wxStandIn.sentType('subscribe');

  // A shopper orders and pays at that store (plain HTTP from Node): the clerk's socket must hear of it.
  const { loginShopper } = await gql<{ loginShopper: { token: string } }>(
    apiUrl,
    'mutation { loginShopper(code: "dev:standin") { ... on AuthPayload { token } } }',
  );
  const { availability } = await gql<{
    availability: { stores: { store: { id: string }; lines: { skuId: string; available: number }[] }[] };
  }>(
    apiUrl,
    'query ($lines: [CartLineInput!]!) { availability(lines: $lines, location: {lat: 31.237, lng: 121.48, system: WGS84}, fulfilment: PICKUP, first: 1) { ... on AvailabilityReport { stores { store { id } lines { skuId available } } } } }',
    {
      lines: (
        await gql<{ products: { nodes: { skus: { id: string }[] }[] } }>(apiUrl, '{ products(first: 10) { nodes { skus { id } } } }')
      ).products.nodes.flatMap((p) => p.skus.map((s) => ({ skuId: s.id, quantity: 1 }))),
    },
  );
  const skuId = availability.stores[0]!.lines.find((l) => l.available > 2)!.skuId;
  const placed = await gql<{ checkout: { checkout?: { id: string }; message?: string } }>(
    apiUrl,
    'mutation ($input: CheckoutInput!) { checkout(input: $input) { ... on CheckoutPlaced { checkout { id } } ... on ErrorResult { message } } }',
    {
      input: {
        idempotencyKey: `standin-${Date.now()}`,
        lines: [{ skuId, quantity: 1 }],
        fulfilment: 'PICKUP',
        storeId,
        contact: { name: '测试', phone: '13800138000' },
      },
    },
    loginShopper.token,
  );
  expect(placed.checkout.message).toBeUndefined();
  const pay = await gql<{ payCheckout: { package: string } }>(
    apiUrl,
    'mutation ($id: ID!) { payCheckout(checkoutId: $id) { ... on PaymentParams { package } } }',
    { id: placed.checkout.checkout!.id },
    loginShopper.token,
  );
  const paid = await fetch(`${apiUrl}/sandbox/wechatpay/pay`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ prepayId: pay.payCheckout.package.replace('prepay_id=', '') }),
  });
  expect(paid.status).toBe(200);

  await expect.poll(() => events.map((e) => e.kind), { timeout: 15_000 }).toContain('NEW');
  sub.unsubscribe();
  await ws.dispose();
});

test('a socket closed because its session ended signs in again, and its subscriptions go on', async () => {
  // A clerk's token: the only kind the API can end on demand (a shopper's only expires, and closes the same way).
  const signIn = async () =>
    (
      await gql<{ loginStaff: { token: string } }>(
        apiUrl,
        'mutation { loginStaff(username: "clerk.sh001", password: "linli-clerk-demo") { ... on AuthPayload { token } } }',
      )
    ).loginStaff.token;
  const signOut = (t: string) => gql(apiUrl, 'mutation { signOut }', {}, t);
  const { storeId } = (await gql<{ me: { storeId: string } }>(apiUrl, '{ me { storeId } }', {}, await signIn())).me;
  const first = await signIn();
  let token = first;
  const renewed: (string | null)[] = [];
  const { client, ws } = Linli.createApiClient({
    url: `${apiUrl}/graphql`,
    token: () => token,
    renewToken: async (stale) => {
      renewed.push(stale);
      return (token = await signIn());
    },
  });
  let connects = 0;
  ws.on('connected', () => void connects++);
  const errors: unknown[] = [];
  // Two feeds of different fields: urql would share one subscription between identical ones.
  const feed = (fields: string) =>
    client
      .subscription(`subscription ($storeId: ID!) { storeOrderEvents(storeId: $storeId) { ${fields} } }`, { storeId })
      .subscribe((r) => r.error && errors.push(r.error));

  // Ended before the socket connects: the connect is refused (4403); the retry carries a new token.
  await signOut(first);
  const a = feed('kind');
  await expect.poll(() => connects, { timeout: 15_000 }).toBe(1);
  expect(renewed).toEqual([first]);

  // Ended while the socket is open: the next subscription on it is refused and the socket closed (4401); both
  // subscriptions come back on a new socket with a new token, and neither reports an error.
  const second = token;
  await signOut(second);
  const b = feed('orderId');
  await expect.poll(() => connects, { timeout: 15_000 }).toBe(2);
  expect(renewed).toEqual([first, second]);
  expect(token).not.toBe(second);
  expect(errors).toEqual([]);
  a.unsubscribe();
  b.unsubscribe();
  await ws.dispose();
});
