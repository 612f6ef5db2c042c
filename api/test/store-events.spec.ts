// Live store events over graphql-ws: a clerk sees their store's new and re-routed orders the moment they
// happen, never another store's, and events reach subscribers of a second API process through Redis.
import { print } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import { Redis } from 'ioredis';
import type { AddressInfo } from 'node:net';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DevCode2SessionClient } from '../src/modules/auth/code2session';
import { createRuntime } from '../src/runtime';
import { createApp } from '../src/server';
import {
  CreateStaffMemberDocument,
  DisableStaffDocument,
  LoginStaffDocument,
  RejectOrderDocument,
  StoreOrderEventsDocument,
  type StoreOrderEventsSubscription,
} from './generated/graphql';
import { makeSkus, makeStore, setStock } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import { pay, pickupInput, placeCheckout } from './orders-helpers';

type Event = StoreOrderEventsSubscription['storeOrderEvents'];

/** Subscribes and collects events (or the error) in the background. */
function follow(url: string, token: string, storeId: string) {
  const client: Client = createClient({
    url,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
  });
  const events: Event[] = [];
  const errors: unknown[] = [];
  const iterator = client.iterate<StoreOrderEventsSubscription>({ query: print(StoreOrderEventsDocument), variables: { storeId } });
  const done = (async () => {
    try {
      for await (const result of iterator) {
        if (result.errors) errors.push(...result.errors);
        if (result.data) events.push(result.data.storeOrderEvents);
      }
    } catch (err) {
      errors.push(err);
    }
  })();
  return {
    events,
    errors,
    stop: async () => {
      await iterator.return?.();
      await client.dispose();
      await done;
    },
  };
}

async function until(check: () => boolean, ms = 3000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting for events');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('store events', () => {
  let t: TestApp;
  let a: string;
  let b: string;
  let sku: string;
  let shopper: string;
  let second: { url: string; close: () => Promise<void> };

  beforeAll(async () => {
    t = await startTestApp();
    shopper = (await t.newShopper()).token;
    a = (await makeStore(t.em(), { lat: 22.54, lng: 114.05 })).id;
    b = (await makeStore(t.em(), { lat: 22.54, lng: 114.06 })).id;
    [sku] = await makeSkus(t.em(), 1);
    await setStock(t.em(), a, sku!, 10);
    await setStock(t.em(), b, sku!, 10);
    // A second API process on the same database and Redis (no job workers, like a web-only replica).
    const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379/0');
    const runtime = await createRuntime(t.config, redis, t.clock);
    const app = await createApp({
      config: t.config,
      orm: t.orm,
      redis,
      clock: t.clock,
      code2Session: new DevCode2SessionClient(),
      runtime,
    });
    await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
    second = {
      url: `ws://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}/graphql`,
      close: async () => {
        await app.apollo.stop();
        await runtime.close();
        redis.disconnect();
      },
    };
  });
  afterAll(async () => {
    await second?.close();
    await t?.close();
  });

  it("tells a store's clerks about a new paid order and its re-routing, on any API process, and nobody else", async () => {
    const url = `${t.baseUrl.replace('http', 'ws')}/graphql`;
    const clerkA = follow(url, t.tokens.clerk(a), a);
    const clerkAElsewhere = follow(second.url, t.tokens.clerk(a), a);
    const clerkB = follow(url, t.tokens.clerk(b), b);
    const snoop = follow(url, t.tokens.clerk(b), a);
    const anonymous = follow(url, 'not-a-token', a);
    await new Promise((r) => setTimeout(r, 200)); // subscriptions established

    const placed = await placeCheckout(t, pickupInput(a, [{ skuId: sku!, quantity: 1 }]), shopper);
    const orderId = placed.orders[0]!.id;
    await new Promise((r) => setTimeout(r, 100));
    expect(clerkA.events).toEqual([]); // unpaid orders are not the store's business yet
    await pay(t, placed.checkout.id, shopper);
    await until(() => clerkA.events.length === 1 && clerkAElsewhere.events.length === 1);
    expect(clerkA.events[0]).toMatchObject({ kind: 'NEW', orderId, storeId: a, state: 'PAID' });
    expect(clerkAElsewhere.events[0]).toMatchObject({ kind: 'NEW', orderId });

    await t.ok(RejectOrderDocument, { orderId, reason: 'busy' }, t.tokens.clerk(a));
    await until(() => clerkA.events.length === 2 && clerkB.events.length === 1);
    expect(clerkA.events[1]).toMatchObject({ kind: 'REROUTED_OUT', orderId });
    expect(clerkB.events[0]).toMatchObject({ kind: 'REROUTED_IN', orderId, storeId: b });

    expect(snoop.events).toEqual([]);
    expect(JSON.stringify(snoop.errors)).toContain('own store');
    expect(anonymous.events).toEqual([]);
    expect(anonymous.errors.length).toBeGreaterThan(0);
    await Promise.all([clerkA, clerkAElsewhere, clerkB, snoop, anonymous].map((s) => s.stop()));
  });

  it('ends a live feed whose staff session was revoked, at its next event', async () => {
    const url = `${t.baseUrl.replace('http', 'ws')}/graphql`;
    const username = `clerk-feed-${Date.now()}`;
    const created = (
      await t.ok(
        CreateStaffMemberDocument,
        { input: { username, displayName: '店员', password: 'correct horse battery', role: 'CLERK', storeId: a } },
        t.tokens.hq(),
      )
    ).createStaff;
    const login = (await t.ok(LoginStaffDocument, { username, password: 'correct horse battery' })).loginStaff;
    if (login.__typename !== 'AuthPayload' || created.__typename !== 'StaffMember') throw new Error(JSON.stringify({ created, login }));
    const feed = follow(url, login.token, a);
    const colleague = follow(url, t.tokens.clerk(a), a);
    await new Promise((r) => setTimeout(r, 200));

    const first = await placeCheckout(t, pickupInput(a, [{ skuId: sku!, quantity: 1 }]), shopper);
    await pay(t, first.checkout.id, shopper);
    await until(() => feed.events.length === 1 && colleague.events.length === 1);

    await t.ok(DisableStaffDocument, { staffId: created.id }, t.tokens.hq());
    const second = await placeCheckout(t, pickupInput(a, [{ skuId: sku!, quantity: 1 }]), shopper);
    await pay(t, second.checkout.id, shopper);
    await until(() => colleague.events.length === 2 && feed.errors.length > 0);
    expect(feed.events.map((e) => e.orderId)).toEqual([first.orders[0]!.id]);
    // Closed as a session that ended (4401: sign in again), not as a server fault (4500).
    expect(feed.errors.map((e) => (e as { code?: number }).code)).toEqual([4401]);
    await Promise.all([feed, colleague].map((s) => s.stop()));
  });
});
