// Status codes as docs/security.md states them: a request refused before anything runs is a 400 with its code (never
// Apollo's 200 for persisted queries, never an INTERNAL_SERVER_ERROR for an operation it cannot pick); a refusal
// while executing is a 200 with the code in the error; a live feed whose session ended is closed with 4401.
import { print } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateStaffMemberDocument,
  DisableStaffDocument,
  LoginStaffDocument,
  SignOutDocument,
  StoreOrderEventsDocument,
  type StoreOrderEventsSubscription,
} from './generated/graphql';
import { makeSkus, makeStore, setStock } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import { pay, pickupInput, placeCheckout } from './orders-helpers';
import { until } from './ws-helpers';

describe('status codes', () => {
  let t: TestApp;
  let storeId: string;
  let sku: string;

  beforeAll(async () => {
    t = await startTestApp();
    storeId = (await makeStore(t.em(), { lat: 31.33, lng: 121.63 })).id;
    [sku] = (await makeSkus(t.em(), 1, 900)) as [string];
    await setStock(t.em(), storeId, sku, 100);
  });
  afterAll(() => t?.close());

  const send = async (init: { method?: string; path?: string; body?: unknown; headers?: Record<string, string> }) => {
    const res = await fetch(`${t.baseUrl}${init.path ?? '/graphql'}`, {
      method: init.method ?? 'POST',
      headers: { ...(init.body === undefined ? {} : { 'content-type': 'application/json' }), ...init.headers },
      body: init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body),
    });
    const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[]; data?: unknown };
    return { status: res.status, code: body.errors?.[0]?.extensions?.code, data: body.data };
  };
  const hash = 'a'.repeat(64);
  const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(' ')} }`;
  const costly = `{ ${Array.from({ length: 60 }, (_, i) => `s${i}: stores(first: 100) { nodes { id name code city } }`).join(' ')} }`;

  it('answers every request refused before execution with a 400 and a code the client can read', async () => {
    const refusals: [string, Parameters<typeof send>[0], string][] = [
      ['unknown operationName', { body: { query: 'query A { __typename }', operationName: 'B' } }, 'OPERATION_RESOLUTION_FAILURE'],
      ['two operations, none named', { body: { query: 'query A { __typename } query B { __typename }' } }, 'OPERATION_RESOLUTION_FAILURE'],
      [
        'persisted query by hash',
        { body: { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } } },
        'PERSISTED_QUERY_NOT_SUPPORTED',
      ],
      [
        'persisted query, other version',
        { body: { query: '{ __typename }', extensions: { persistedQuery: { version: 2, sha256Hash: hash } } } },
        'PERSISTED_QUERY_NOT_SUPPORTED',
      ],
      [
        'persisted query over GET',
        {
          method: 'GET',
          path: `/graphql?extensions=${encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }))}`,
          headers: { 'apollo-require-preflight': '1' },
        },
        'PERSISTED_QUERY_NOT_SUPPORTED',
      ],
      ['syntax error', { body: { query: '{ ' } }, 'GRAPHQL_PARSE_FAILED'],
      ['unknown field', { body: { query: '{ nope }' } }, 'GRAPHQL_VALIDATION_FAILED'],
      ['document too complex', { body: { query: aliases(150) } }, 'DOCUMENT_TOO_COMPLEX'],
      ['too costly', { body: { query: costly } }, 'QUERY_TOO_COSTLY'],
      ['first 0', { body: { query: '{ stores(first: 0) { nodes { id } } }' } }, 'BAD_USER_INPUT'],
      [
        'first 101 as a variable',
        { body: { query: 'query($f: Int) { stores(first: $f) { nodes { id } } }', variables: { f: 101 } } },
        'BAD_USER_INPUT',
      ],
      [
        'a variable of the wrong type',
        { body: { query: 'query($id: ID!) { store(id: $id) { id } }', variables: { id: {} } } },
        'BAD_USER_INPUT',
      ],
      ['a required variable missing', { body: { query: 'query($id: ID!) { store(id: $id) { id } }', variables: {} } }, 'BAD_USER_INPUT'],
      ['variables not an object', { body: { query: '{ __typename }', variables: '{}' } }, 'BAD_REQUEST'],
      ['no query', { body: {} }, 'BAD_REQUEST'],
      ['batched', { body: [{ query: '{ __typename }' }] }, 'BAD_REQUEST'],
      [
        'text/plain (CSRF)',
        { body: JSON.stringify({ query: '{ __typename }' }), headers: { 'content-type': 'text/plain' } },
        'BAD_REQUEST',
      ],
      ['GET without a preflight header (CSRF)', { method: 'GET', path: '/graphql?query=%7B__typename%7D' }, 'BAD_REQUEST'],
      ['broken JSON', { body: '{"query": ' }, 'BAD_REQUEST'],
    ];
    const wrong: string[] = [];
    for (const [name, init, code] of refusals) {
      const answer = await send(init);
      if (answer.status !== 400 || answer.code !== code) wrong.push(`${name}: ${answer.status} ${answer.code}, expected 400 ${code}`);
    }
    expect(wrong).toEqual([]);
  });

  it('keeps the other documented status codes: 401, 405, and 200 for refusals while executing', async () => {
    expect(await send({ body: { query: '{ __typename }' }, headers: { authorization: 'Bearer nope' } })).toMatchObject({
      status: 401,
      code: 'UNAUTHENTICATED',
    });
    expect(
      await send({ method: 'GET', path: '/graphql?query=mutation%7B__typename%7D', headers: { 'apollo-require-preflight': '1' } }),
    ).toMatchObject({ status: 405, code: 'BAD_REQUEST' });
    // Executing: each field answers for itself, so the other fields' data comes in the same 200.
    const hq = { authorization: `Bearer ${t.tokens.hq()}` };
    const mixed = await send({ body: { query: '{ __typename storeOrders(storeId: "x") { nodes { id } } }' }, headers: hq });
    expect(mixed).toMatchObject({ status: 200, code: 'BAD_USER_INPUT', data: null });
    const signedOut = await send({ body: { query: '{ myOrders(first: 5) { nodes { id } } }' } });
    expect(signedOut).toMatchObject({ status: 200, code: 'UNAUTHENTICATED' });
    const validated = await send({
      body: { query: 'mutation { refundOrder(input: { orderId: "00000000-0000-0000-0000-000000000000", reason: "" }) { __typename } }' },
      headers: hq,
    });
    expect(validated).toMatchObject({ status: 200, code: 'BAD_USER_INPUT' });
  });

  describe('a live feed whose session ends', () => {
    const wsUrl = () => `${t.baseUrl.replace('http', 'ws')}/graphql`;

    /** A clerk who can sign in and be signed out or disabled. */
    async function newClerk() {
      const username = `clerk-status-${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
      const created = (
        await t.ok(
          CreateStaffMemberDocument,
          { input: { username, displayName: '店员', password: 'correct horse battery', role: 'CLERK', storeId } },
          t.tokens.hq(),
        )
      ).createStaff;
      const login = (await t.ok(LoginStaffDocument, { username, password: 'correct horse battery' })).loginStaff;
      if (login.__typename !== 'AuthPayload' || created.__typename !== 'StaffMember') throw new Error(JSON.stringify({ created, login }));
      return { id: created.id, token: login.token };
    }

    /** One socket; each `subscribe` adds a subscription to it. `closedWith` is the close code the socket ended with. */
    function socket(token: string) {
      const state = { connected: false, closedWith: undefined as number | undefined };
      const client: Client = createClient({
        url: wsUrl(),
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${token}` },
        retryAttempts: 0,
        lazy: false,
        // The close is what these tests wait for: recorded below, not printed.
        onNonLazyError: () => {},
        on: {
          connected: () => (state.connected = true),
          closed: (event) => (state.closedWith ??= (event as { code: number }).code),
        },
      });
      const feeds: { events: StoreOrderEventsSubscription[]; errors: unknown[] }[] = [];
      return {
        state,
        feeds,
        subscribe() {
          const feed = { events: [] as StoreOrderEventsSubscription[], errors: [] as unknown[] };
          feeds.push(feed);
          const iterator = client.iterate<StoreOrderEventsSubscription>({ query: print(StoreOrderEventsDocument), variables: { storeId } });
          void (async () => {
            try {
              for await (const result of iterator) {
                if (result.errors) feed.errors.push(...result.errors);
                if (result.data) feed.events.push(result.data);
              }
            } catch (err) {
              feed.errors.push(err);
            }
          })();
          return feed;
        },
        dispose: () => client.dispose(),
      };
    }

    const paidOrder = async () => {
      const shopper = t.tokens.shopper();
      const placed = await placeCheckout(t, pickupInput(storeId, [{ skuId: sku, quantity: 1 }]), shopper);
      await pay(t, placed.checkout.id, shopper);
    };

    it('closes with 4401, not 4500, at its next event once the clerk signed out', async () => {
      const clerk = await newClerk();
      const ws = socket(clerk.token);
      const feed = ws.subscribe();
      await until(() => ws.state.connected);
      await new Promise((r) => setTimeout(r, 200)); // the subscription registered
      await paidOrder();
      await until(() => feed.events.length === 1);

      await t.ok(SignOutDocument, {}, clerk.token);
      await paidOrder();
      await until(() => ws.state.closedWith !== undefined);
      expect(ws.state.closedWith).toBe(4401);
      expect(feed.events).toHaveLength(1);
      await ws.dispose();
    });

    it('closes with 4401 when a new subscription comes over a socket whose clerk was disabled meanwhile', async () => {
      const clerk = await newClerk();
      const ws = socket(clerk.token);
      ws.subscribe();
      await until(() => ws.state.connected);
      await new Promise((r) => setTimeout(r, 200));

      await t.ok(DisableStaffDocument, { staffId: clerk.id }, t.tokens.hq());
      const late = ws.subscribe();
      await until(() => ws.state.closedWith !== undefined);
      expect(ws.state.closedWith).toBe(4401);
      expect(late.events).toEqual([]);
      await ws.dispose();
    });
  });
});
