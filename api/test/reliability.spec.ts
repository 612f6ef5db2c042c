// Jobs never give up silently: "not due yet" does not use attempts up, work that gave up lands where HQ sees it
// and can send it again, and the sweep finishes what lost jobs left behind.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Job } from 'bull';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../src/common/sql';
import type { JobContext } from '../src/jobs/job-context';
import { NotDueYet, jobIdFor } from '../src/common/queues';
import { paymentClose } from '../src/jobs/payment-close';
import { reliabilitySweep } from '../src/jobs/reliability-sweep';
import { PROCESSORS, startWorker } from '../src/jobs/worker';
import { makeSkus, makeStore, setStock } from './fixtures';
import {
  AdvanceOrderDocument,
  FailedWorkDocument,
  PayCheckoutDocument,
  RefundOrderDocument,
  RetryFailedWorkDocument,
} from './generated/graphql';
import { startTestApp, type TestApp } from './harness';
import { count, eventually, handOverPickup, pay, pickupInput, placeCheckout, sandbox, stockOf } from './orders-helpers';

const contextOf = (t: TestApp) => (): JobContext => ({ ...t.runtime, em: t.em() as EntityManager });

describe('jobs that cannot finish', () => {
  let t: TestApp;
  let refundCalls = 0;
  let notifyWorks = false;

  beforeAll(async () => {
    t = await startTestApp({ jobs: false });
    await startWorker(t.runtime.queue, contextOf(t), {
      ...PROCESSORS,
      // Still processing at the provider for longer than a job has attempts: 15 polls, then done.
      'refund-submit': async () => {
        if (++refundCalls <= 15) throw new NotDueYet(20);
        return 'succeeded';
      },
      'notify-shopper': async () => {
        if (!notifyWorks) throw new Error('notifier down');
        return 'sent';
      },
    });
  });
  afterAll(() => t?.close());

  it('keeps polling work that is not due yet beyond its attempts', async () => {
    await t.runtime.jobs.enqueue('refund-submit', { refundId: 'r-slow' });
    const job = (await t.runtime.jobs.find('refund-submit', { refundId: 'r-slow' }))!;
    expect(job.opts.attempts).toBe(12);
    await eventually(async () => (await t.runtime.queue.getJob(job.id))?.finishedOn, 20_000);
    const done = (await t.runtime.queue.getJob(job.id)) as Job;
    expect(await done.getState()).toBe('completed');
    expect(refundCalls).toBe(16);
  }, 30_000);

  it('puts work that gave up where HQ sees it, and runs it again on request', async () => {
    const payload = { orderId: '00000000-0000-4000-8000-00000000aaaa', template: 'ORDER_READY' as const };
    const jobId = jobIdFor('notify-shopper', payload);
    await t.runtime.queue.add('notify-shopper', payload, { jobId, attempts: 2, backoff: { type: 'fixed', delay: 10 } });
    const hq = t.tokens.hq();
    const listed = await eventually(
      async () => (await t.ok(FailedWorkDocument, {}, hq)).failedWork.nodes.find((w) => w.jobId === jobId),
      10_000,
    );
    expect(listed).toMatchObject({ jobName: 'notify-shopper', attempts: 2, error: 'notifier down', retriedAt: null });
    expect(JSON.parse(listed.payload)).toEqual(payload);
    // Only HQ sees it.
    expect(
      (await t.gql(FailedWorkDocument, {}, t.tokens.clerk('00000000-0000-4000-8000-00000000bbbb'))).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');

    notifyWorks = true;
    const { retryFailedWork } = await t.ok(RetryFailedWorkDocument, { id: listed.id }, hq);
    expect(retryFailedWork).toMatchObject({ id: listed.id, jobId, retriedBy: 'staff:test-hq' });
    expect(retryFailedWork!.retriedAt).not.toBeNull();
    await eventually(async () => (await (await t.runtime.queue.getJob(jobId))?.getState()) === 'completed', 10_000);
    // Retried once: a second retry finds nothing open, and the open list is empty again.
    expect((await t.ok(RetryFailedWorkDocument, { id: listed.id }, hq)).retryFailedWork).toBeNull();
    expect((await t.ok(FailedWorkDocument, {}, hq)).failedWork.nodes.filter((w) => w.jobId === jobId)).toEqual([]);
    expect((await t.ok(FailedWorkDocument, { includeRetried: true }, hq)).failedWork.nodes.filter((w) => w.jobId === jobId)).toHaveLength(
      1,
    );
  }, 30_000);
});

describe('the reliability sweep', () => {
  let t: TestApp;
  let store: string;
  let sku: string;

  beforeAll(async () => {
    // No job workers: every job the steps queue is "lost"; only the sweep can finish the work.
    t = await startTestApp({ jobs: false });
    store = (await makeStore(t.em(), { lat: 31.1, lng: 121.3 })).id;
    [sku] = await makeSkus(t.em(), 1, 2500);
    await setStock(t.em(), store, sku!, 10);
  });
  afterAll(() => t?.close());

  it('cancels unpaid checkouts past their window, finishes refunds and uploads shipping info left behind', async () => {
    const shopper = await t.newShopper();
    const clerk = t.tokens.clerk(store);
    const unpaid = await placeCheckout(t, pickupInput(store, [{ skuId: sku!, quantity: 1 }]), shopper.token);

    const refunded = await placeCheckout(t, pickupInput(store, [{ skuId: sku!, quantity: 1 }]), shopper.token);
    await pay(t, refunded.checkout.id, shopper.token);
    const r = await t.ok(RefundOrderDocument, { input: { orderId: refunded.orders[0]!.id, reason: '缺货' } }, clerk);
    expect(r.refundOrder).toMatchObject({ state: 'REFUNDED' });

    const collected = await placeCheckout(t, pickupInput(store, [{ skuId: sku!, quantity: 1 }]), shopper.token);
    const orderId = collected.orders[0]!.id;
    await pay(t, collected.checkout.id, shopper.token);
    await t.ok(AdvanceOrderDocument, { orderId, event: 'ACCEPT' }, clerk);
    await t.ok(AdvanceOrderDocument, { orderId, event: 'MARK_READY' }, clerk);
    await handOverPickup(t, orderId, store);

    const ctx = contextOf(t);
    // Before their grace is over the sweep leaves them to their jobs.
    await reliabilitySweep({}, ctx());
    expect(await count(t, `SELECT count(*) AS n FROM refund WHERE status = 'PROCESSING'`)).toBe(1);

    t.clock.set(new Date(Date.parse(unpaid.checkout.paymentExpiresAt) + 5 * 60_000));
    const outcome = JSON.parse(await reliabilitySweep({}, ctx())) as Record<string, number>;
    expect(outcome).toMatchObject({
      'payment-timeout: cancelled': 1,
      'refund-submit: succeeded': 1,
      'upload-shipping-info: uploaded (logistics_type 4)': 1,
    });
    const [c] = await query<{ state: string }>(t.em(), `SELECT state FROM checkout WHERE id = :id::uuid`, { id: unpaid.checkout.id });
    expect(c!.state).toBe('CANCELLED');
    expect(await count(t, `SELECT count(*) AS n FROM refund WHERE status = 'PROCESSING'`)).toBe(0);
    expect(await count(t, `SELECT count(*) AS n FROM shipping_info_upload WHERE order_id = :o::uuid`, { o: orderId })).toBe(1);
    // Two units left the shelf or went back: the unpaid hold and the refunded one are released, the collected one is gone.
    expect(await stockOf(t, store, sku!)).toEqual({ onHand: 9, reserved: 0 });
    // Run again: nothing left behind.
    expect(JSON.parse(await reliabilitySweep({}, ctx()))).toEqual({ purgedOutboxRows: 0 });
  }, 30_000);

  it('releases an unpaid checkout at its timeout even while WeChat cannot be reached, and closes its trade once it can', async () => {
    const shopper = await t.newShopper();
    const placed = await placeCheckout(t, pickupInput(store, [{ skuId: sku!, quantity: 2 }]), shopper.token);
    const { payCheckout } = await t.ok(PayCheckoutDocument, { checkoutId: placed.checkout.id }, shopper.token);
    if (payCheckout.__typename !== 'PaymentParams') throw new Error('not payable');
    const held = (await stockOf(t, store, sku!))!.reserved;
    // WeChat cannot be reached: neither asking about the trade nor closing it works. The stock must not wait for it
    // (a payment found later is refunded: docs/reliability.md, Money).
    const payments = t.runtime.payments;
    const [close, ask] = [payments.close.bind(payments), payments.query.bind(payments)];
    const down = async (): Promise<never> => {
      throw new Error('connect ETIMEDOUT api.mch.weixin.qq.com');
    };
    payments.close = down;
    payments.query = down;
    const ctx = contextOf(t);
    try {
      t.clock.set(new Date(Date.parse(placed.checkout.paymentExpiresAt) + 5 * 60_000));
      expect(JSON.parse(await reliabilitySweep({}, ctx()))).toMatchObject({ 'payment-timeout: cancelled': 1 });
      expect((await stockOf(t, store, sku!))!.reserved).toBe(held - 2);
      // The close fails while WeChat is away; its job is tried again.
      await expect(paymentClose({ checkoutId: placed.checkout.id }, ctx())).rejects.toThrow(/ETIMEDOUT/);
    } finally {
      payments.close = close;
      payments.query = ask;
    }
    t.clock.set(new Date(Date.parse(placed.checkout.paymentExpiresAt) + 65 * 60_000));
    expect(await paymentClose({ checkoutId: placed.checkout.id }, ctx())).toBe('CLOSED');
    expect((await sandbox(t).query(placed.checkout.outTradeNo))?.trade_state).toBe('CLOSED');
  }, 30_000);
});
