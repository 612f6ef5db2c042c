// `npm run migrate` (and `npm start` before the API): runs the pending migrations once, whoever else is deploying.
import 'reflect-metadata';
import { loadConfig } from '../common/config';
import { migrate, openDatabase } from '../database';

async function run() {
  const config = loadConfig();
  const orm = await openDatabase(config.databaseUrl);
  try {
    const ran = await migrate(orm);
    console.log(ran.length ? `[migrate] ran ${ran.length}: ${ran.join(', ')}` : '[migrate] the database is up to date');
  } finally {
    await orm.close();
  }
}

run().catch((err) => {
  console.error(err);
  process.exit(1);
});
