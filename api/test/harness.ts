// Starts the real app (Express + Apollo + MikroORM + Redis) on a private database for one test file.
import 'reflect-metadata';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { print } from 'graphql';
import { Redis } from 'ioredis';
import request from 'supertest';
import { FixedClock } from '../src/common/clock';
import { loadConfig } from '../src/common/config';
import { migrate, openDatabase } from '../src/database';
import { Role } from '../src/modules/auth/auth.entity';
import { DevCode2SessionClient } from '../src/modules/auth/code2session';
import { issueToken } from '../src/modules/auth/token';
import { createRuntime } from '../src/runtime';
import { createApp } from '../src/server';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { query } from '../src/common/sql';
import { createDatabaseFromTemplate, dropDatabase, urlFor, withAdmin } from './db';

export interface GqlResponse<T> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

/**
 * `redisUrl`: the Redis of the app's own client (default REDIS_URL; the queue and pub/sub follow env.REDIS_URL).
 * `jobs: true` starts the job worker and the deadline sweeper, for the files whose outcomes come from jobs
 * (notifications, refunds, profit sharing, timeouts). They are off otherwise: the sweeper passes once at start and
 * bull's repeating sweeps run on the wall clock, so either could step on an order a test has just made overdue.
 * The outbox relay runs either way (every API process relays), so live events and queued jobs still go out.
 */
export async function startTestApp(options: { now?: string; env?: Record<string, string>; jobs?: boolean; redisUrl?: string } = {}) {
  const dbName = await createDatabaseFromTemplate();
  // Each file gets its own queue namespace in the shared Redis, so files run side by side.
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    DATABASE_URL: urlFor(dbName),
    QUEUE_PREFIX: `linli-test:${dbName}`,
    DEADLINE_SWEEP_MS: '3600000',
    ...options.env,
  });
  // (With jobs on, the sweeper's timer after its first pass is left to the tests that name DEADLINE_SWEEP_MS.)
  let queries = 0;
  const orm = await openDatabase(config.databaseUrl, {
    sqlPool: config.sqlPool,
    onQuery: (line) => void (line.includes('[query]') && queries++),
  });
  await migrate(orm);
  const redis = new Redis(options.redisUrl ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379/0', { maxRetriesPerRequest: 2 });
  const clock = new FixedClock(new Date(options.now ?? '2026-11-18T04:00:00Z')); // Wednesday 12:00 in Shanghai
  const runtime = await createRuntime(config, redis, clock);
  const { app, apollo, httpServer } = await createApp({ config, orm, redis, clock, code2Session: new DevCode2SessionClient(), runtime });
  // A real port: the sandbox posts payment notifications to it and subscriptions connect to it.
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const port = (httpServer.address() as AddressInfo).port;
  config.publicUrl = `http://127.0.0.1:${port}`;
  if (options.jobs === true) await runtime.startJobs(orm);

  async function gql<TResult, TVars>(
    doc: TypedDocumentNode<TResult, TVars>,
    variables?: TVars,
    token?: string,
  ): Promise<GqlResponse<TResult>> {
    const req = request(app).post('/graphql').set('content-type', 'application/json');
    if (token) req.set('authorization', `Bearer ${token}`);
    const res = await req.send({ query: print(doc), variables });
    return res.body as GqlResponse<TResult>;
  }

  /** Data of a response that must not have errors. */
  async function ok<TResult, TVars>(doc: TypedDocumentNode<TResult, TVars>, variables?: TVars, token?: string): Promise<TResult> {
    const res = await gql(doc, variables, token);
    if (res.errors?.length || !res.data) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
    return res.data;
  }

  const SHOPPER_ID = '00000000-0000-4000-8000-000000000003';
  const em0 = orm.em.fork() as EntityManager;
  await query(em0, `INSERT INTO shopper (id, openid) VALUES (:id::uuid, 'o-test-shopper') ON CONFLICT DO NOTHING`, { id: SHOPPER_ID });

  /** A new shopper in the database, with a token. */
  async function newShopper(): Promise<{ id: string; token: string }> {
    const id = randomUUID();
    await query(orm.em.fork() as EntityManager, `INSERT INTO shopper (id, openid) VALUES (:id::uuid, :o)`, { id, o: `o-${id}` });
    return { id, token: issueToken({ role: Role.SHOPPER, shopperId: id }, config.authSecret, 3600, clock.now()).token };
  }

  const tokens = {
    hq: () =>
      issueToken(
        { role: Role.HQ_ADMIN, staffId: '00000000-0000-4000-8000-000000000001', username: 'test-hq' },
        config.authSecret,
        3600,
        clock.now(),
      ).token,
    clerk: (storeId: string) =>
      issueToken(
        { role: Role.CLERK, staffId: '00000000-0000-4000-8000-000000000002', username: 'test-clerk', storeId },
        config.authSecret,
        3600,
        clock.now(),
      ).token,
    shopper: () => issueToken({ role: Role.SHOPPER, shopperId: SHOPPER_ID }, config.authSecret, 3600, clock.now()).token,
    shopperOf: (shopperId: string) => issueToken({ role: Role.SHOPPER, shopperId }, config.authSecret, 3600, clock.now()).token,
    clerkNamed: (storeId: string, username: string) =>
      issueToken({ role: Role.CLERK, staffId: randomUUID(), username, storeId }, config.authSecret, 3600, clock.now()).token,
  };

  return {
    app,
    config,
    orm,
    clock,
    redis,
    runtime,
    baseUrl: config.publicUrl,
    newShopper,
    em: () => orm.em.fork() as EntityManager,
    gql,
    ok,
    queryCount: () => queries,
    tokens,
    async close() {
      await runtime.queue.obliterate({ force: true }).catch(() => undefined);
      await runtime.close();
      await apollo.stop();
      await orm.close(true);
      redis.disconnect();
      await withAdmin((c) => dropDatabase(c, dbName));
    },
  };
}

export type TestApp = Awaited<ReturnType<typeof startTestApp>>;
