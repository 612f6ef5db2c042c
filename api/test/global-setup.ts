// Once per test run: build the migrated template database that each test file copies.
import 'reflect-metadata';
import pg from 'pg';
import { migrate, openDatabase } from '../src/database';
import { dropDatabase, FILE_DB_PREFIX, TEMPLATE_DB, urlFor, withAdmin } from './db';

export default async function setup() {
  await withAdmin(async (c) => {
    await dropDatabase(c, TEMPLATE_DB);
    await c.query(`CREATE DATABASE ${pg.escapeIdentifier(TEMPLATE_DB)}`);
  });
  const orm = await openDatabase(urlFor(TEMPLATE_DB));
  try {
    await migrate(orm);
  } finally {
    await orm.close();
  }
  // Leftovers of interrupted runs.
  await withAdmin(async (c) => {
    const { rows } = await c.query(`SELECT datname FROM pg_database WHERE starts_with(datname, $1)`, [FILE_DB_PREFIX]);
    for (const r of rows) await dropDatabase(c, r.datname);
  });
}
