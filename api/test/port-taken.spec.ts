// An API started on a port something else holds must exit and say so: the WebSocket server listens for the HTTP
// server's errors too, which once left such a process running, never ready, until a test gave up on it a minute later.
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDatabaseFromTemplate, dropDatabase, urlFor, withAdmin } from './db';
import { freePort } from './free-port';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '..', '..');

let dbName: string;
let holder: Server;
let port: number;
beforeAll(async () => {
  dbName = await createDatabaseFromTemplate();
  port = await freePort();
  holder = createServer();
  await new Promise<void>((resolve) => holder.listen(port, resolve));
});
afterAll(async () => {
  holder.close();
  await withAdmin((c) => dropDatabase(c, dbName));
});

it('an API whose port is taken exits at once, naming the port', async () => {
  const env = { ...process.env, NODE_ENV: 'test', DATABASE_URL: urlFor(dbName), PORT: String(port), RUN_JOBS: 'false' };
  const started = Date.now();
  const outcome = await run('node', [path.join(ROOT, 'api/dist/main.js')], { env, timeout: 20_000 }).then(
    (r) => ({ code: 0, signal: null, out: r.stdout + r.stderr }),
    (e: { code: number | null; signal: string | null; stdout: string; stderr: string }) => ({
      code: e.code,
      signal: e.signal,
      out: e.stdout + e.stderr,
    }),
  );
  expect(outcome.signal, outcome.out).toBeNull();
  expect(outcome.code).toBe(1);
  expect(outcome.out).toContain(`Port ${port} is in use`);
  expect(outcome.out).not.toContain('Linli API ready');
  expect(Date.now() - started).toBeLessThan(15_000);
}, 30_000);
