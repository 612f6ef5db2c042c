// The test harness starts no jobs unless a file asks: the deadline sweeper's pass at start and bull's repeating
// sweeps (on the wall clock) would otherwise step on orders a test has just made overdue.
import { afterAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './harness';

describe('startTestApp', () => {
  const apps: TestApp[] = [];
  afterAll(async () => {
    await Promise.all(apps.map((a) => a.close()));
  });

  it('runs no worker and registers no repeating sweep by default; `jobs: true` does both', async () => {
    const quiet = await startTestApp();
    apps.push(quiet);
    expect(await quiet.runtime.queue.getRepeatableJobs()).toEqual([]);
    expect(await quiet.runtime.queue.getWorkers()).toEqual([]);

    const working = await startTestApp({ jobs: true });
    apps.push(working);
    expect((await working.runtime.queue.getRepeatableJobs()).map((j) => j.name).sort()).toEqual([
      'auto-complete-sweep',
      'coupon-expiry-notice',
      'member-benefits',
      'payment-reconcile-sweep',
      'reliability-sweep',
    ]);
    expect((await working.runtime.queue.getWorkers()).length).toBeGreaterThan(0);
  });
});
