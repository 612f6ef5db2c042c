#!/usr/bin/env node
// After the tests: reads the statements the API sent (SQL_RECORD_DIR, one file per process), and fails on any that
// touches a by-cluster table without filtering or joining on cluster_id and that the allow-list does not cover
// (scripts/sql-distribution/allow.json). `--list` prints every such statement as an allow-list entry to start from.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ready, violations } from './sql-distribution/check.mjs';

const dir = process.env.SQL_RECORD_DIR ?? process.argv.find((a) => !a.startsWith('-') && a !== process.argv[0] && a !== process.argv[1]);
if (!dir || !existsSync(dir)) {
  console.error('[sql-distribution] no recorded statements: set SQL_RECORD_DIR for the test run');
  process.exit(1);
}
await ready;
const allow = JSON.parse(readFileSync(new URL('./sql-distribution/allow.json', import.meta.url), 'utf8'));
const records = [];
for (const f of readdirSync(dir).filter((n) => n.endsWith('.jsonl')))
  for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) if (line) records.push(JSON.parse(line));
const bad = violations(records, allow);
const api = new Set(records.filter((r) => r.from.startsWith('api/src/')).map((r) => r.sql)).size;
if (process.argv.includes('--list')) {
  const entries = bad.map((b) => ({
    fingerprint: b.fingerprint,
    from: b.from,
    tables: b.tables,
    sql: b.sql.replace(/\s+/g, ' ').slice(0, 160),
  }));
  console.log(JSON.stringify([...new Map(entries.map((e) => [e.fingerprint, e])).values()], null, 2));
  process.exit(0);
}
if (bad.length === 0) {
  console.log(`[sql-distribution] ${api} distinct statements from the API, each keyed by cluster_id or allow-listed`);
} else {
  for (const b of bad)
    console.error(`\n${b.from} (${b.tables.join(', ')}; fingerprint ${b.fingerprint}):\n  ${b.sql.replace(/\s+/g, ' ').slice(0, 400)}`);
  console.error(`\n[sql-distribution] ${bad.length} statement(s) on by-cluster tables neither filter nor join on cluster_id`);
  process.exit(1);
}
