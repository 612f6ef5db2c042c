// The job gate on a small pool (SQL_POOL_MAX=2): a job starts while requests have a connection left, and waits while
// they do not. With the old fixed reserve of 4 connections a pool of 4 or fewer never let a job start: payment
// timeouts, points and refunds stalled for good.
import { expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { poolLoad } from '../src/common/sql';
import { connectionsForRequests, jobTurn } from '../src/jobs/job-gate';
import { holdConnection, ownDatabase } from './pool-helpers';

const em = () => db.orm.em.fork() as EntityManager;

const db = ownDatabase({ max: 2, lowMax: 1, lowQueue: 20, lowWaitMs: 1000, highQueue: 1000, singleMax: 0, singleStallMs: 50 });

it('leaves requests 4 connections, or half a smaller pool', () => {
  expect([2, 3, 4, 8, 10].map(connectionsForRequests)).toEqual([1, 1, 2, 4, 4]);
});

it('lets a job start on a pool of 2 while requests hold none, and holds it back while they hold one', async () => {
  await jobTurn(em());

  const held = holdConnection(em());
  while (poolLoad(db.orm.em as EntityManager)!.used < 1) await new Promise((resolve) => setTimeout(resolve, 5));
  let started = false;
  const turn = jobTurn(em()).then(() => (started = true));
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(started).toBe(false);

  held.release();
  await held.done;
  await turn;
  expect(started).toBe(true);
});
