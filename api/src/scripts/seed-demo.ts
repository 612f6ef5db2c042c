// `npm start` step: load the demo chain (safe to run again). It migrates first (a no-op after `npm run migrate`), so
// the apps' end-to-end tests and the benches can seed a fresh database in one step.
import 'reflect-metadata';
import { loadConfig } from '../common/config';
import { migrate, openDatabase } from '../database';
import { seedDemoNetwork } from '../seeders/demo-network';

async function run() {
  const config = loadConfig();
  const orm = await openDatabase(config.databaseUrl);
  try {
    await migrate(orm);
    const seeded = await seedDemoNetwork(orm, config, { promotions: process.env.DEMO_PROMOTIONS !== 'off' });
    console.log(
      `[seed] ${seeded.stores} stores (${seeded.created} new, ${seeded.updated} updated), ${seeded.skus} SKUs, ${seeded.pictures} new pictures, ${seeded.promotions} demo promotions`,
    );
  } finally {
    await orm.close();
  }
}

run().catch((err) => {
  console.error(err);
  process.exit(1);
});
