// Enrols a counter device for a store from the command line (what HQ's enrollDevice does), and prints its token
// once: `node api/dist/scripts/enroll-device.js --store SH-001 --name "收银台 2"`.
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadConfig } from '../common/config';
import { openDatabase } from '../database';
import { deviceTokenHash, newDeviceToken } from '../modules/auth/secrets';
import { recordStaffAudit } from '../modules/auth/staff-audit';
import { insertDevice, staffStore } from '../modules/auth/staff.repository';

async function run() {
  const { values } = parseArgs({ options: { store: { type: 'string' }, name: { type: 'string' } } });
  if (!values.store || !values.name) throw new Error('usage: enroll-device --store <store code> --name <device name>');
  const config = loadConfig();
  const orm = await openDatabase(config.databaseUrl);
  try {
    const em = orm.em.fork() as EntityManager;
    const store = await staffStore(em, { code: values.store });
    if (!store) throw new Error(`no store with code ${values.store}`);
    const token = newDeviceToken();
    const now = new Date();
    const device = await insertDevice(em, {
      id: randomUUID(),
      storeId: store.id,
      name: values.name,
      tokenHash: deviceTokenHash(token),
      at: now,
      by: 'system:cli',
    });
    await recordStaffAudit(em, now, {
      action: 'DEVICE_ENROLLED',
      actor: 'system:cli',
      storeId: store.id,
      deviceId: device.id,
      detail: device.name,
    });
    console.log(`Enrolled "${device.name}" for ${values.store} ${store.name} (device ${device.id}).`);
    console.log(`Device token (shown once; enter it on the tablet): ${token}`);
  } finally {
    await orm.close();
  }
}

run().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
