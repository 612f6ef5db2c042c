// The API on a 3-node Redis Cluster (REDIS_CLUSTER_NODES): the job queue, the pickup limiter and the live feeds
// work as on one Redis, because every multi-key command stays within a slot (hash tags) and the live events' channels
// carry the deployment's namespace.
import { Cluster } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreOrderEventsDocument, VerifyPickupDocument } from './generated/graphql';
import { makeSkus, makeStore, setStock } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import { eventually, pay, pickupInput, placeCheckout, stockOf } from './orders-helpers';
import { startRedisCluster } from './redis-cluster';
import { follow, until } from './ws-helpers';

describe('on a Redis Cluster', () => {
  let cluster: Awaited<ReturnType<typeof startRedisCluster>>;
  let t: TestApp;
  let redis: Cluster;
  let skus: string[];

  /** Every key starting with `prefix` on every master, with its slot. */
  async function keysUnder(prefix: string): Promise<{ key: string; slot: number }[]> {
    const found: { key: string; slot: number }[] = [];
    for (const node of redis.nodes('master')) {
      const keys = await node.keys(`${prefix}*`);
      for (const key of keys) found.push({ key, slot: Number(await node.call('CLUSTER', 'KEYSLOT', key)) });
    }
    return found;
  }

  beforeAll(async () => {
    cluster = await startRedisCluster();
    t = await startTestApp({ env: { REDIS_CLUSTER_NODES: cluster.nodes }, jobs: true });
    redis = new Cluster(cluster.ports.map((port) => ({ host: '127.0.0.1', port })));
    skus = await makeSkus(t.em(), 1, 1500);
  }, 60_000);
  afterAll(async () => {
    redis?.disconnect();
    await t?.close();
    await cluster?.stop();
  });

  const newStore = async () => {
    const id = (await makeStore(t.em(), { lat: 31.25, lng: 121.455 })).id;
    await setStock(t.em(), id, skus[0]!, 100);
    return id;
  };

  it('runs the jobs: an unpaid checkout past its window is cancelled by the queue, whose keys share one slot', async () => {
    const store = await newStore();
    const { token } = await t.newShopper();
    const placed = await placeCheckout(t, pickupInput(store, [{ skuId: skus[0]!, quantity: 2 }]), token);
    expect(await stockOf(t, store, skus[0]!)).toEqual({ onHand: 100, reserved: 2 });
    t.clock.set(new Date(Date.parse(placed.checkout.paymentExpiresAt) + 1));
    await t.runtime.jobs.enqueue('payment-timeout', { checkoutId: placed.checkout.id });
    await eventually(async () => (await stockOf(t, store, skus[0]!))?.reserved === 0 || undefined, 15_000);
    const queueKeys = await keysUnder(`{${t.config.queuePrefix}}:`);
    expect(queueKeys.length).toBeGreaterThan(0);
    expect(new Set(queueKeys.map((k) => k.slot)).size).toBe(1);
  });

  it('delivers the live feed: a clerk subscribed sees the paid order, on a channel in the deployment namespace', async () => {
    const store = await newStore();
    const { token } = await t.newShopper();
    const feed = follow(t.baseUrl, t.tokens.clerk(store), StoreOrderEventsDocument, { storeId: store });
    try {
      await feed.ready();
      const channels = (await Promise.all(redis.nodes('master').map((n) => n.pubsub('CHANNELS', '*') as Promise<string[]>))).flat();
      expect(channels).toContain(`${t.config.pubSubNamespace}:STORE_ORDERS:${store}`);
      const placed = await placeCheckout(t, pickupInput(store, [{ skuId: skus[0]!, quantity: 1 }]), token);
      await pay(t, placed.checkout.id, token);
      await until(() => feed.events.length > 0, 10_000);
      expect(feed.errors).toEqual([]);
      expect(feed.events[0]!.storeOrderEvents).toMatchObject({ orderId: placed.orders[0]!.id, storeId: store });
    } finally {
      await feed.stop();
    }
  });

  it("counts a store's pickup misses in the store's slot: a clerk is locked out after 5, another store's clerk is not", async () => {
    const [a, b] = [await newStore(), await newStore()];
    const alice = t.tokens.clerkNamed(a, 'alice');
    const misses: string[] = [];
    for (let i = 0; i < 6; i++) {
      const { verifyPickup } = await t.ok(VerifyPickupDocument, { input: { code: String(1_000_000_000 + i * 7919) } }, alice);
      misses.push(verifyPickup.__typename);
    }
    expect(misses).toEqual([...Array(5).fill('PickupCodeNotFoundError'), 'PickupLockedError']);
    const other = await t.ok(VerifyPickupDocument, { input: { code: '1000000001' } }, t.tokens.clerkNamed(b, 'bob'));
    expect(other.verifyPickup.__typename).toBe('PickupCodeNotFoundError');
    const storeKeys = await keysUnder(`{${t.config.queuePrefix}:pickup:${a}}:`);
    expect(storeKeys.map((k) => k.key).some((k) => k.endsWith(':lock'))).toBe(true);
    expect(new Set(storeKeys.map((k) => k.slot)).size).toBe(1);
  });
});
