// `npm start` step: migrate, then load the demo chain (safe to run again).
import 'reflect-metadata';
import { loadConfig } from '../common/config';
import { migrate, openDatabase } from '../database';
import { seedDemoNetwork } from '../seeders/demo-network';

async function run() {
  const config = loadConfig();
  const orm = await openDatabase(config.databaseUrl);
  try {
    await migrate(orm);
    const seeded = await seedDemoNetwork(orm, config);
    console.log(
      `[seed] ${seeded.stores} stores (${seeded.created} new, ${seeded.updated} updated), ${seeded.skus} SKUs, ${seeded.pictures} new pictures`,
    );
  } finally {
    await orm.close();
  }
}

run().catch((err) => {
  console.error(err);
  process.exit(1);
});
