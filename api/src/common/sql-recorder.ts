// Records every SQL text this process sends to PostgreSQL, with the source file that sent it, when SQL_RECORD_DIR is
// set (the test command sets it; production never does): the distribution check (scripts/sql-distribution.mjs) reads
// the files after the run. node-postgres's Client.query is the one door for our pool's statements and the ORM's alike.
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import pg from 'pg';

/** Frames that are the SQL layer itself, not the code that chose the statement. */
const PLUMBING = /[/\\](common[/\\](sql|sql-pool|sql-recorder|sql-rider)\.[jt]s|node_modules)[/\\:]/;
const OURS = /(api[/\\](?:src|dist)[/\\][^:)]+)\.[jt]s/;

/** The first frame of our code below the SQL layer: `api/src/modules/order/order.repository.ts`, or '' (a test's own SQL). */
export function senderOf(stack: string): string {
  for (const line of stack.split('\n').slice(1)) {
    if (PLUMBING.test(line)) continue;
    const m = OURS.exec(line);
    if (m) return `${m[1]!.replace(/\\/g, '/').replace('api/dist/', 'api/src/')}.ts`;
  }
  return '';
}

let installed = false;

export function installSqlRecorder(dir = process.env.SQL_RECORD_DIR): void {
  if (!dir || installed) return;
  installed = true;
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${process.pid}-${threadId}.jsonl`);
  const seen = new Set<string>();
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function recordedQuery(this: unknown, ...args: unknown[]) {
    const first = args[0] as string | { text?: string; riderTexts?: string[] } | undefined;
    const text = typeof first === 'string' ? first : first?.text;
    if (text) {
      const limit = Error.stackTraceLimit;
      Error.stackTraceLimit = 30;
      const from = senderOf(new Error().stack ?? '');
      Error.stackTraceLimit = limit;
      // Reads riding with this statement (sql-rider.ts) go in the same round trip: recorded as its sender's.
      for (const sql of [text, ...((typeof first === 'object' && first.riderTexts) || [])]) {
        const key = `${from}\n${sql}`;
        if (!seen.has(key)) {
          seen.add(key);
          appendFileSync(file, JSON.stringify({ from, sql }) + '\n');
        }
      }
    }
    return original.apply(this, args);
  };
}
