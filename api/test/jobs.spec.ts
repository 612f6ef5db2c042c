// The job queue's guarantees: every name has a processor (checked at startup, also for jobs already waiting),
// enqueueing the same work twice schedules it once, and running a job twice does the work once.
import Bull from 'bull';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { paymentTimeout } from '../src/jobs/payment-timeout';
import { Jobs, queueSettings } from '../src/common/queues';
import { PROCESSORS, startWorker } from '../src/jobs/worker';
import { makeSkus, makeStore, setStock } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import { pickupInput, placeCheckout, stockOf } from './orders-helpers';

describe('jobs', () => {
  let t: TestApp;
  let queue: Bull.Queue;

  beforeAll(async () => {
    t = await startTestApp({ jobs: false });
    queue = new Bull('linli', t.config.redisUrl, { prefix: `${t.config.queuePrefix}:check`, settings: queueSettings });
  });
  afterAll(async () => {
    await queue.obliterate({ force: true });
    await queue.close();
    await t?.close();
  });

  it('refuses to start when a job name has no processor, including names of jobs already waiting', async () => {
    const context = () => ({ ...t.runtime, em: t.em() });
    const { 'notify-shopper': _dropped, ...incomplete } = PROCESSORS;
    await expect(startWorker(queue, context, incomplete)).rejects.toThrow(/without a processor: notify-shopper/);
    await queue.add('retired-job', { id: 1 }, { delay: 60_000 });
    await expect(startWorker(queue, context)).rejects.toThrow(/without a processor: retired-job/);
  });

  it('schedules the same work once however often it is enqueued', async () => {
    const jobs = new Jobs(queue, () => new Date());
    await jobs.enqueue('auto-complete', { orderId: 'o-1' }, new Date(Date.now() + 60_000));
    await jobs.enqueue('auto-complete', { orderId: 'o-1' }, new Date(Date.now() + 60_000));
    expect((await queue.getDelayed()).filter((j) => j.name === 'auto-complete')).toHaveLength(1);
  });

  it('enqueues several jobs in one go with the same ids, delays and once-only rule', async () => {
    const jobs = new Jobs(queue, () => new Date());
    const later = new Date(Date.now() + 60_000);
    await jobs.enqueue('pickup-deadline', { orderId: 'o-2' }, later);
    await jobs.enqueueAll([
      { name: 'pickup-deadline', payload: { orderId: 'o-2' }, runAt: later },
      { name: 'pickup-deadline', payload: { orderId: 'o-3' }, runAt: later },
      { name: 'upload-shipping-info', payload: { orderId: 'o-3' }, runAt: later },
    ]);
    const delayed = (await queue.getDelayed()).map((j) => `${j.id}`).sort();
    expect(delayed.filter((id) => /o-[23]$/.test(id))).toEqual(['pickup-deadline:o-2', 'pickup-deadline:o-3', 'upload-shipping-info:o-3']);
  });

  it('does the work once when a job runs twice', async () => {
    const store = (await makeStore(t.em(), { lat: 39.9, lng: 116.4 })).id;
    const [sku] = await makeSkus(t.em(), 1);
    await setStock(t.em(), store, sku!, 5);
    const { token } = await t.newShopper();
    const placed = await placeCheckout(t, pickupInput(store, [{ skuId: sku!, quantity: 2 }]), token);
    const ctx = () => ({ ...t.runtime, em: t.em() as EntityManager });
    // Early: bull is told to come back when it is due.
    await expect(paymentTimeout({ checkoutId: placed.checkout.id }, ctx())).rejects.toThrow(/not due/);
    t.clock.set(new Date(Date.parse(placed.checkout.paymentExpiresAt) + 1));
    const runs = await Promise.all([
      paymentTimeout({ checkoutId: placed.checkout.id }, ctx()),
      paymentTimeout({ checkoutId: placed.checkout.id }, ctx()),
    ]);
    expect(runs.sort()).toEqual(['cancelled', 'settled already']);
    expect(await stockOf(t, store, sku!)).toEqual({ onHand: 5, reserved: 0 });
  });
});
