#!/usr/bin/env node
// Runs a command once PostgreSQL/PostGIS and Redis are up, e.g. a benchmark.
import { spawnSync } from 'node:child_process';
import { ensureServices } from './services.mjs';

await ensureServices({ databaseUrl: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/linli' });
const [cmd, ...args] = process.argv.slice(2);
process.exit(spawnSync(cmd, args, { stdio: 'inherit' }).status ?? 1);
