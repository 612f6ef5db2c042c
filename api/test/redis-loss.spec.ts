// Redis loses every key while the shop is busy: two API processes (built code, child processes on this file's
// database, a Redis of this test's own), checkouts, payments and accepts on both, one process killed with kill -9,
// then Redis wiped and restarted empty. Within two minutes of the deadlines every unpaid checkout past its window is
// cancelled with its stock released, every paid order past its accept deadline has moved on, the repeating jobs are
// back, a signed-out session is still refused and a lockout still holds: PostgreSQL had all of it.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { MikroORM } from '@mikro-orm/core';
import { print } from 'graphql';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/common/config';
import { Role } from '../src/common/viewer';
import { query } from '../src/common/sql';
import { openDatabase } from '../src/database';
import { issueToken } from '../src/modules/auth/token';
import {
  AdvanceOrderDocument,
  CheckoutDocument,
  CreateStaffMemberDocument,
  LoginStaffDocument,
  MeDocument,
  PayCheckoutDocument,
  SignOutDocument,
} from './generated/graphql';
import { createDatabaseFromTemplate, dropDatabase, urlFor, withAdmin } from './db';
import { freePort } from './free-port';
import { makeSkus, makeStore, setStock } from './fixtures';
import { pickupInput } from './orders-helpers';

const ROOT = path.resolve(__dirname, '..', '..');
/** Deadlines in seconds (config; tests may name fractions of a minute). */
const WINDOW_SEC = 20;
const SECRET = loadConfig({ NODE_ENV: 'test' }).authSecret;

/** Starts a child and resolves once `ready` shows in its output. */
function startChild(command: string, args: string[], env: NodeJS.ProcessEnv, ready: (log: string) => boolean): Promise<ChildProcess> {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${command} did not start in 30 s:\n${log}`)), 30_000);
    const onData = (d: Buffer) => {
      log += d.toString();
      if (ready(log)) {
        clearTimeout(timer);
        child.stdout!.off('data', onData);
        child.stdout!.resume();
        // REDIS_LOSS_LOG=1 shows what the children print after they started (to look into a failure).
        if (process.env.REDIS_LOSS_LOG)
          child.stderr!.on('data', (d: Buffer) => process.stderr.write(`[${command} ${child.pid}] ${d.toString()}`));
        resolve(child);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (d: Buffer) => {
      if (log.length < 20_000) log += d.toString();
    });
    child.once('exit', (code) => reject(new Error(`${command} exited (${code}):\n${log}`)));
  });
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));

async function gql<T>(
  port: number,
  doc: Parameters<typeof print>[0],
  variables: unknown,
  token?: string,
): Promise<{ data?: T; errors?: unknown[] }> {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: print(doc), variables }),
  });
  return (await res.json()) as { data?: T; errors?: unknown[] };
}

describe('Redis wiped under load, one API process killed', () => {
  let dbName: string;
  let orm: MikroORM;
  let em: () => EntityManager;
  let redisPort: number;
  let redisServer: ChildProcess;
  const apis: { port: number; child: ChildProcess }[] = [];
  const prefix = `linli-redis-loss-${randomUUID().slice(0, 8)}`;

  const startRedis = () =>
    startChild(
      'redis-server',
      ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      process.env,
      (log) => log.includes('Ready to accept connections'),
    );

  beforeAll(async () => {
    dbName = await createDatabaseFromTemplate();
    orm = await openDatabase(urlFor(dbName));
    em = () => orm.em.fork() as EntityManager;
    redisPort = await freePort();
    redisServer = await startRedis();
  }, 60_000);

  afterAll(async () => {
    for (const a of apis) a.child.kill('SIGKILL');
    redisServer?.kill('SIGKILL');
    await orm?.close();
    if (dbName) await withAdmin((c) => dropDatabase(c, dbName));
  });

  it('cancels, moves on, re-registers and still refuses from PostgreSQL alone', async () => {
    const store = (await makeStore(em(), { lat: 31.2, lng: 121.4 })).id;
    const [sku] = await makeSkus(em(), 1, 1200);
    await setStock(em(), store, sku!, 1000);

    const ports = [await freePort(), await freePort()];
    const env = (port: number): NodeJS.ProcessEnv => ({
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      DATABASE_URL: urlFor(dbName),
      REDIS_URL: `redis://127.0.0.1:${redisPort}/0`,
      QUEUE_PREFIX: prefix,
      PAYMENT_PROVIDER: 'sandbox',
      PAYMENT_TIMEOUT_MIN: String(WINDOW_SEC / 60),
      ACCEPT_TIMEOUT_MIN: String(WINDOW_SEC / 60),
      DEADLINE_SWEEP_MS: '1000',
      DEADLINE_GRACE_MS: '1000',
      RUN_JOBS: 'true',
    });
    const started = await Promise.all(
      ports.map((port) => startChild('node', [path.join(ROOT, 'api/dist/main.js')], env(port), (log) => log.includes('Linli API ready'))),
    );
    started.forEach((child, i) => apis.push({ port: ports[i]!, child }));
    const [victim, survivor] = apis as [(typeof apis)[0], (typeof apis)[0]];

    const now = () => new Date();
    const hq = issueToken(
      { role: Role.HQ_ADMIN, staffId: '00000000-0000-4000-8000-000000000001', username: 'test-hq' },
      SECRET,
      3600,
      now(),
    ).token;
    const clerk = issueToken(
      { role: Role.CLERK, staffId: randomUUID(), username: 'fault-clerk', storeId: store },
      SECRET,
      3600,
      now(),
    ).token;
    const shoppers = await Promise.all(
      Array.from({ length: 28 }, async () => {
        const id = randomUUID();
        await query(em(), `INSERT INTO shopper (id, openid) VALUES (:id::uuid, :o)`, { id, o: `o-${id}` });
        return issueToken({ role: Role.SHOPPER, shopperId: id }, SECRET, 3600, now()).token;
      }),
    );

    // Security state first: a clerk signs in and out, another username is locked out.
    const PASSWORD = 'correct horse battery';
    const createClerk = async (username: string) =>
      expect(
        (
          await gql(
            survivor.port,
            CreateStaffMemberDocument,
            { input: { username, displayName: username, password: PASSWORD, role: 'CLERK', storeId: store } },
            hq,
          )
        ).errors,
      ).toBeUndefined();
    const [leaving, locked] = [`leaving-${prefix}`, `locked-${prefix}`];
    await createClerk(leaving);
    await createClerk(locked);
    const login = (username: string, password: string) =>
      gql<{ loginStaff: { __typename: string; token?: string } }>(survivor.port, LoginStaffDocument, { username, password });
    const signedIn = (await login(leaving, PASSWORD)).data!.loginStaff.token!;
    expect((await gql<{ me: unknown }>(survivor.port, MeDocument, {}, signedIn)).data!.me).not.toBeNull();
    expect((await gql(victim.port, SignOutDocument, {}, signedIn)).errors).toBeUndefined();
    for (let i = 0; i < 5; i++) await login(locked, `wrong password ${i}`);
    expect((await login(locked, PASSWORD)).data!.loginStaff.__typename).toBe('SignInLockedError');

    // Load on both processes: every shopper checks out, three in four pay, the store accepts a few; the victim is
    // killed with kill -9 while its share of the last wave is in flight.
    const shop = async (token: string, i: number) => {
      const port = apis[i % 2]!.port;
      const placed = await gql<{ checkout: { __typename: string; checkout?: { id: string } } }>(
        port,
        CheckoutDocument,
        { input: pickupInput(store, [{ skuId: sku!, quantity: 1 }]) },
        token,
      );
      const checkoutId = placed.data?.checkout.checkout?.id;
      if (!checkoutId || i % 4 === 3) return;
      const params = await gql<{ payCheckout: { package?: string } }>(port, PayCheckoutDocument, { checkoutId }, token);
      const prepayId = params.data?.payCheckout.package?.replace('prepay_id=', '');
      if (!prepayId) return;
      await fetch(`http://127.0.0.1:${port}/sandbox/wechatpay/pay`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ prepayId }),
      });
      if (i % 8 !== 0) return;
      const [order] = await query<{ id: string }>(em(), `SELECT id FROM customer_order WHERE checkout_id = :c::uuid AND state = 'PAID'`, {
        c: checkoutId,
      });
      if (order) await gql(survivor.port, AdvanceOrderDocument, { orderId: order.id, event: 'ACCEPT' }, clerk);
    };
    await Promise.all(shoppers.slice(0, 24).map((token, i) => shop(token, i)));
    const load = Promise.allSettled(shoppers.slice(24).map((token, i) => shop(token, 24 + i)));
    await new Promise((r) => setTimeout(r, 50));
    victim.child.kill('SIGKILL');
    await exited(victim.child);
    await load;

    const placedCount = Number((await query<{ n: string }>(em(), `SELECT count(*) AS n FROM checkout`, {}))[0]!.n);
    const paidWaiting = Number(
      (await query<{ n: string }>(em(), `SELECT count(*) AS n FROM customer_order WHERE state = 'PAID'`, {}))[0]!.n,
    );
    const unpaid = Number(
      (await query<{ n: string }>(em(), `SELECT count(*) AS n FROM checkout WHERE state = 'PENDING_PAYMENT'`, {}))[0]!.n,
    );
    expect(placedCount).toBeGreaterThanOrEqual(24);
    // The wipe comes before the deadlines: Redis held every timeout when it lost them.
    expect(paidWaiting).toBeGreaterThan(3);
    expect(unpaid).toBeGreaterThan(3);

    // Redis loses every key (the delayed timeouts, the repeats, the sign-out marker, the lockout) and restarts empty.
    const wiper = new Redis(redisPort, '127.0.0.1', { maxRetriesPerRequest: 1 });
    await wiper.flushall();
    wiper.disconnect();
    redisServer.kill('SIGKILL');
    await exited(redisServer);
    redisServer = await startRedis();

    // Every deadline falls due about WINDOW_SEC after the load; the survivor's sweeper must settle them all.
    const lastDeadline = await query<{ at: Date }>(
      em(),
      `SELECT max(greatest(c.payment_expires_at, coalesce(o.accept_by, c.payment_expires_at))) AS at FROM checkout c JOIN customer_order o ON o.checkout_id = c.id`,
      {},
    );
    const settledBy = new Date(lastDeadline[0]!.at).getTime() + 120_000;
    // Done when nothing is left unpaid or waiting for the store at all: counting only what is past its deadline
    // (minus a margin) could stop in the instant an order is due but not yet swept, and leave it PAID.
    for (;;) {
      const [left] = await query<{ unpaid: string; waiting: string }>(
        em(),
        `SELECT (SELECT count(*) FROM checkout WHERE state = 'PENDING_PAYMENT') AS unpaid,
                (SELECT count(*) FROM customer_order WHERE state = 'PAID') AS waiting`,
        {},
      );
      if (Number(left!.unpaid) === 0 && Number(left!.waiting) === 0) break;
      if (Date.now() > settledBy) throw new Error(`not settled 2 minutes after the deadlines: ${JSON.stringify(left)}`);
      await new Promise((r) => setTimeout(r, 250));
    }

    // Every unpaid checkout cancelled with its orders; the paid ones not accepted moved on (one store: refunded).
    const states = await query<{ state: string; n: string }>(em(), `SELECT state, count(*) AS n FROM customer_order GROUP BY state`, {});
    const byState = Object.fromEntries(states.map((s) => [s.state, Number(s.n)]));
    expect(byState.PENDING_PAYMENT ?? 0).toBe(0);
    expect(byState.PAID ?? 0).toBe(0);
    expect(byState.CANCELLED).toBe(unpaid);
    expect(byState.REFUNDED ?? 0).toBe(paidWaiting);
    expect((byState.CANCELLED ?? 0) + (byState.REFUNDED ?? 0) + (byState.ACCEPTED ?? 0)).toBe(placedCount);
    expect(byState.ACCEPTED ?? 0).toBeGreaterThan(0);
    // Stock: only the accepted orders still hold their unit.
    const [stock] = await query<{ on_hand: number; reserved: number }>(
      em(),
      `SELECT on_hand, reserved FROM store_stock WHERE store_id = :s::uuid AND sku_id = :k::uuid`,
      { s: store, k: sku },
    );
    expect(stock).toEqual({ on_hand: 1000, reserved: byState.ACCEPTED ?? 0 });

    // The repeating jobs are back in the empty Redis.
    const redis = new Redis(redisPort, '127.0.0.1', { maxRetriesPerRequest: 1 });
    try {
      // Bull's prefix is a hash tag (docs/scale.md).
      const repeats = await redis.zrange(`{${prefix}}:linli:repeat`, 0, -1);
      expect(repeats.map((r) => r.split(':')[0]).sort()).toEqual([
        'auto-complete-sweep',
        'coupon-expiry-notice',
        'member-benefits',
        'payment-reconcile-sweep',
        'reliability-sweep',
      ]);
    } finally {
      redis.disconnect();
    }

    // The signed-out session stays refused and the lockout holds, on the surviving process.
    expect((await gql<{ me: unknown }>(survivor.port, MeDocument, {}, signedIn)).data?.me ?? null).toBeNull();
    expect((await login(locked, PASSWORD)).data!.loginStaff.__typename).toBe('SignInLockedError');
    expect((await login(leaving, PASSWORD)).data!.loginStaff.__typename).toBe('AuthPayload');
    // Runs in 60-85 s on the shared 2-core machine; the limit leaves room for a busier one.
  }, 150_000);
});
