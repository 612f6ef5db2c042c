// Nothing is lost after commit: with the API's Redis cut, orders are placed, paid, accepted and refunded; every
// job and store event those steps caused reaches Redis once it is back.
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query, watchStatements } from '../src/common/sql';
import { jobIdFor } from '../src/common/queues';
import { makeSkus, makeStore, setStock } from './fixtures';
import { AdvanceOrderDocument, RefundOrderDocument } from './generated/graphql';
import { startTestApp, type TestApp } from './harness';
import { count, eventually, pay, pickupInput, placeCheckout } from './orders-helpers';
import { startRedisProxy } from './redis-proxy';

describe('after commit, with Redis cut', () => {
  let t: TestApp;
  let proxy: Awaited<ReturnType<typeof startRedisProxy>>;
  let store: string;
  let sku: string;
  const heard: { channel: string; message: string }[] = [];
  let listener: Redis;

  beforeAll(async () => {
    proxy = await startRedisProxy();
    // Queue, pub/sub and relay reach Redis through the proxy; the WeChat Pay sandbox (which plays WeChat, not
    // us) keeps its own direct connection. No job workers: what arrives stays in the queue to be counted.
    t = await startTestApp({ env: { REDIS_URL: proxy.url() }, jobs: false });
    store = (await makeStore(t.em(), { lat: 30.25, lng: 120.16 })).id;
    [sku] = await makeSkus(t.em(), 1);
    await setStock(t.em(), store, sku!, 10);
    listener = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379/0');
    listener.on('pmessage', (_pattern, channel, message) => heard.push({ channel, message }));
    // The deployment's channels carry its namespace (PUBSUB_NAMESPACE, by default the queue prefix).
    await listener.psubscribe(`${t.config.pubSubNamespace}:STORE_ORDERS:${store}`);
  });

  afterAll(async () => {
    listener.disconnect();
    await proxy.restore();
    await t.close();
    await proxy.close();
  });

  it('relays every job and store event once Redis is back', async () => {
    await proxy.cut();
    const shopper = await t.newShopper();
    const placed = await placeCheckout(t, pickupInput(store, [{ skuId: sku!, quantity: 2 }]), shopper.token);
    const orderId = placed.orders[0]!.id;
    await pay(t, placed.checkout.id, shopper.token);
    const accepted = await t.ok(AdvanceOrderDocument, { orderId, event: 'ACCEPT' }, t.tokens.clerk(store));
    expect(accepted.advanceOrder).toMatchObject({ __typename: 'CustomerOrder', state: 'ACCEPTED' });
    const refunded = await t.ok(RefundOrderDocument, { input: { orderId, reason: '顾客不要了' } }, t.tokens.clerk(store));
    expect(refunded.refundOrder).toMatchObject({ __typename: 'CustomerOrder', state: 'REFUNDED' });
    const [refund] = await query<{ id: string }>(t.em(), `SELECT id FROM refund WHERE order_id = :o::uuid`, { o: orderId });

    // Everything committed; nothing could reach Redis. The relay's sends fail (or get no answer in time) and
    // their rows wait for a retry.
    await eventually(async () => (await count(t, `SELECT count(*) AS n FROM outbox WHERE sent_at IS NULL AND attempts > 0`)) > 0, 20_000);
    expect(heard).toEqual([]);
    expect(t.runtime.queue.client.status).not.toBe('ready');

    await proxy.restore();
    // (No payment-timeout job: a checkout's payment window is the deadline sweeper's, read from its row.)
    const expectedJobs = [
      jobIdFor('accept-timeout', { orderId, storeId: store }),
      jobIdFor('pickup-deadline', { orderId }),
      jobIdFor('refund-submit', { refundId: refund!.id }),
      jobIdFor('notify-shopper', { orderId, template: 'ORDER_REFUNDED' }),
    ];
    const expectedEvents = ['NEW', 'UPDATED', 'CANCELLED'];
    const kinds = () => [...new Set(heard.map((h) => (JSON.parse(h.message) as { kind: string; orderId: string }).kind))];
    await eventually(async () => {
      const jobs = await Promise.all(expectedJobs.map((id) => t.runtime.queue.getJob(id)));
      return jobs.every(Boolean) && expectedEvents.every((k) => kinds().includes(k));
    }, 30_000);
    expect(kinds().sort()).toEqual([...expectedEvents].sort());
    for (const h of heard) expect(JSON.parse(h.message)).toMatchObject({ orderId, storeId: store });
    // And the outbox says so: every row sent.
    await eventually(async () => (await count(t, `SELECT count(*) AS n FROM outbox WHERE sent_at IS NULL`)) === 0, 10_000);
  }, 60_000);

  it('claims the rows a commit wrote by their ids, without looking through the unsent index', async () => {
    const claims: string[] = [];
    const stop = watchStatements((s) => {
      if (s.text.startsWith('UPDATE outbox o SET claimed_until')) claims.push(s.text);
    });
    try {
      const shopper = await t.newShopper();
      const placed = await placeCheckout(t, pickupInput(store, [{ skuId: sku!, quantity: 1 }]), shopper.token);
      // The payment's step writes the order's jobs and its store event; its commit kicks the relay with their ids.
      await pay(t, placed.checkout.id, shopper.token);
      await eventually(async () => (await count(t, `SELECT count(*) AS n FROM outbox WHERE sent_at IS NULL`)) === 0, 10_000);
    } finally {
      stop();
    }
    expect(claims.some((text) => /WHERE id = ANY\(\$\d+::bigint\[\]\)/.test(text))).toBe(true);
  }, 20_000);

  it('sends what a relay that died was holding once its lease runs out', async () => {
    const event = {
      kind: 'UPDATED',
      orderId: '00000000-0000-4000-8000-0000000dead0',
      storeId: store,
      state: 'PAID',
      at: new Date().toISOString(),
    };
    // Claimed by a relay that then crashed: nobody touches it until its lease ends.
    await query(
      t.em(),
      `INSERT INTO outbox (kind, name, payload, claimed_until) VALUES ('EVENT', :channel, :payload::jsonb, now() + interval '2 seconds')`,
      { channel: `STORE_ORDERS:${store}`, payload: JSON.stringify(event) },
    );
    await t.runtime.outbox.idle();
    expect(heard.filter((h) => h.message.includes(event.orderId))).toEqual([]);
    await eventually(async () => heard.some((h) => JSON.parse(h.message).orderId === event.orderId), 10_000);
    // The relay marks the row sent after Redis has taken it, which can be after the subscriber heard it.
    await eventually(async () => (await count(t, `SELECT count(*) AS n FROM outbox WHERE sent_at IS NULL`)) === 0, 10_000);
  }, 20_000);
});
