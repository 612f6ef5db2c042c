// The real API as its own process (so a test can restart it mid-shift) on a private database and port.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { freePort } from '../../api/test/free-port';
import { copyTemplate, dropDatabase, withAdmin, urlFor } from './db';

const ROOT = path.resolve(__dirname, '../..');

export interface GqlResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export class TestApi {
  private proc: ChildProcess | null = null;
  /** What the API process printed (kept for a failed test's artefacts). */
  output = '';

  private constructor(
    readonly dbName: string,
    readonly port: number,
  ) {}

  static async start(env: Record<string, string> = {}): Promise<TestApi> {
    const dbName = await copyTemplate();
    // Another test process may pick the same free port a moment before this one listens: then another port.
    for (let attempt = 1; ; attempt++) {
      const api = new TestApi(dbName, await freePort());
      try {
        await api.launch(env);
        return api;
      } catch (err) {
        if (attempt === 3 || !api.output.includes(`Port ${api.port} is in use`)) throw err;
      }
    }
  }

  get url(): string {
    return `http://localhost:${this.port}`;
  }

  private env: Record<string, string> = {};

  async launch(env: Record<string, string> = this.env) {
    this.env = env;
    this.output = '';
    const proc = spawn('node', ['api/dist/main.js'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        NODE_ENV: 'test',
        DATABASE_URL: urlFor(this.dbName),
        PORT: String(this.port),
        QUEUE_PREFIX: `linli-test:${this.dbName}`,
        PUBLIC_URL: `http://127.0.0.1:${this.port}`,
        ...env,
      },
    });
    this.proc = proc;
    proc.stdout!.on('data', (d) => (this.output += d));
    proc.stderr!.on('data', (d) => (this.output += d));
    const until = Date.now() + 60_000;
    while (!this.output.includes('Linli API ready')) {
      if (proc.exitCode !== null) throw new Error(`API exited (${proc.exitCode}):\n${this.output}`);
      if (Date.now() > until) throw new Error(`API did not start:\n${this.output}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** SIGTERM and wait: connections drop the way they do when the API is redeployed. */
  async stop() {
    const proc = this.proc;
    if (!proc || proc.exitCode !== null) return;
    const exited = new Promise((r) => proc.once('exit', r));
    proc.kill('SIGTERM');
    const timer = setTimeout(() => proc.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
    this.proc = null;
  }

  async close() {
    await this.stop();
    await withAdmin((c) => dropDatabase(c, this.dbName));
  }

  async gql<TResult, TVars>(doc: TypedDocumentNode<TResult, TVars>, variables?: TVars, token?: string): Promise<GqlResponse<TResult>> {
    const res = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: print(doc), variables }),
    });
    return (await res.json()) as GqlResponse<TResult>;
  }

  async ok<TResult, TVars>(doc: TypedDocumentNode<TResult, TVars>, variables?: TVars, token?: string): Promise<TResult> {
    const res = await this.gql(doc, variables, token);
    if (res.errors?.length || !res.data) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
    return res.data;
  }

  /** The sandbox cashier pays; it posts the signed notification to the API's webhook. */
  async sandboxPay(prepayId: string) {
    const res = await fetch(`${this.url}/sandbox/wechatpay/pay`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ prepayId }),
    });
    if (!res.ok) throw new Error(`sandbox pay failed: ${res.status} ${await res.text()}`);
    return res.json();
  }
}
