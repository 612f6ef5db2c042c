// Starts the API: check the schema is migrated, connect, listen; drains HTTP and closes connections on SIGINT/SIGTERM.
import 'reflect-metadata';
import { systemClock } from './common/clock';
import { loadConfig } from './common/config';
import { redisClient } from './common/redis-connection';
import { assertSchemaCurrent, openDatabase, readReplicaOf } from './database';
import { createCode2SessionClient } from './modules/auth/code2session';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { MINIAPP_H5_DIR } from './miniapp-static';
import { STORE_POS_DIST } from './static-app';
import { DEMO_DEVICE } from './seeders/demo-network';
import { createRuntime } from './runtime';
import { createApp } from './server';

async function main() {
  const config = loadConfig();
  // Migrating is `npm run migrate`'s, once per deploy: an API process only checks it has been done.
  await assertSchemaCurrent(config.databaseUrl);
  const orm = await openDatabase(config.databaseUrl, { sqlPool: config.sqlPool, readReplica: readReplicaOf(config) });
  const redis = redisClient(config.redis, { maxRetriesPerRequest: 2 });
  const runtime = await createRuntime(config, redis, systemClock);
  const { httpServer, apollo } = await createApp({
    config,
    orm,
    redis,
    clock: systemClock,
    code2Session: createCode2SessionClient(config),
    runtime,
  });
  if (config.runJobs) await runtime.startJobs(orm);
  await listen(httpServer, config.port);
  const base = `http://localhost:${config.port}`;
  console.log(
    `Linli API ready (${config.env}, payments: ${config.paymentProvider}, jobs: ${config.runJobs ? 'on' : 'off'})\n  GraphQL: ${base}/graphql (subscriptions: ws://localhost:${config.port}/graphql)\n  Health:  ${base}/health`,
  );
  if (existsSync(MINIAPP_H5_DIR)) console.log(`  Shopper app (h5): ${base}/m/`);
  if (existsSync(STORE_POS_DIST)) {
    console.log(`  Store app:        ${base}/pos/ (clerks and the HQ console)`);
    // The demo tablet exists only where the demo seed runs: development.
    if (config.env === 'development') console.log(`  Demo SH-001 tablet: ${base}/pos/enroll#${DEMO_DEVICE.token} (PIN ${DEMO_DEVICE.pin})`);
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: draining connections`);
    await apollo.stop();
    await runtime.close();
    await orm.close();
    redis.disconnect();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

/** Rejects when the port cannot be had: the WebSocket server also listens for 'error', so unhandled it would only log and the process would hang, never ready. */
function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const failed = (err: NodeJS.ErrnoException) =>
      reject(err.code === 'EADDRINUSE' ? new Error(`Port ${port} is in use: stop what holds it or set PORT to another`) : err);
    server.once('error', failed);
    server.listen(port, () => {
      server.off('error', failed);
      resolve();
    });
  });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
