// Loads the demo chain from geo-data: stores (by code), catalog (by code), starting stock and demo staff.
// Idempotent: running it again updates stores and catalog and leaves existing stock alone.
import { demoStock, loadCatalog, loadStoreNetwork } from '@linli/geo-data';
import { seedDemoPromotions } from './demo-promotions';
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { systemClock } from '../common/clock';
import type { Config } from '../common/config';
import { Role, StaffUser } from '../modules/auth/auth.entity';
import { hashPassword } from '../modules/auth/password';
import { deviceTokenHash, StaffSecrets } from '../modules/auth/secrets';
import { changeStaff, staffStore } from '../modules/auth/staff.repository';
import { RuleSetService } from '../modules/settlement/rule-set.service';
import { SplitRuleSet } from '../modules/settlement/settlement.types';
import { importNetwork } from '../modules/store/network-import';
import { StoreService } from '../modules/store/store.service';
import { NetworkImported } from '../modules/store/store.types';
import { seedDemoPictures } from './demo-pictures';
import {
  analyze,
  anyRuleSetPublished,
  clerkWithoutPin,
  insertDemoDevice,
  insertOpeningStock,
  upsertCatalog,
} from './demo-network.repository';

/** Development-only accounts, printed in the README; never created with NODE_ENV=production. */
export const DEMO_STAFF = [
  { username: 'hq', password: 'linli-hq-demo', displayName: '总部管理员', role: Role.HQ_ADMIN, storeCode: null },
  { username: 'clerk.sh001', password: 'linli-clerk-demo', displayName: '南京东路店店员', role: Role.CLERK, storeCode: 'SH-001' },
] as const;

/**
 * Development only: the demo counter tablet of SH-001 and its clerk's PIN, so the store app can be tried at once
 * (README). A real device gets its token from enrollDevice or `node api/dist/scripts/enroll-device.js`.
 */
export const DEMO_DEVICE = {
  storeCode: 'SH-001',
  name: '南京东路店 收银台 1',
  token: 'lnd1_demo-SH-001-counter-1-development-only-0000',
  clerk: 'clerk.sh001',
  pin: '1234',
} as const;

export async function seedCatalog(em: EntityManager) {
  const catalog = loadCatalog();
  await upsertCatalog(em, catalog);
}

/** Opening stock for pairs that have none yet, journalled as IMPORT. */
export async function seedStock(em: EntityManager, storeCodes: string[], skuCodes: string[]) {
  const levels = demoStock(storeCodes, skuCodes).filter((l) => l.onHand > 0);
  await insertOpeningStock(em, levels);
}

export async function seedDemoStaff(em: EntityManager) {
  for (const staff of DEMO_STAFF) {
    if (await em.count(StaffUser, { username: staff.username })) continue;
    const storeId = staff.storeCode ? ((await staffStore(em, { code: staff.storeCode }))?.id ?? null) : null;
    if (staff.role === Role.CLERK && !storeId) continue;
    em.create(StaffUser, {
      username: staff.username,
      displayName: staff.displayName,
      passwordHash: await hashPassword(staff.password),
      role: staff.role,
      storeId,
      createdAt: new Date(),
      sessionVersion: 1,
    });
  }
  await em.flush();
}

/** The demo device (once, by its token) and the demo clerk's PIN (unless one was set since). */
export async function seedDemoDevice(em: EntityManager, authSecret: string) {
  const store = await staffStore(em, { code: DEMO_DEVICE.storeCode });
  if (!store) return;
  await insertDemoDevice(em, { storeId: store.id, name: DEMO_DEVICE.name, tokenHash: deviceTokenHash(DEMO_DEVICE.token) });
  const clerk = await clerkWithoutPin(em, DEMO_DEVICE.clerk);
  if (clerk) await changeStaff(em, clerk.id, { pinHash: new StaffSecrets(authSecret).hashPin(clerk.id, DEMO_DEVICE.pin) }, false);
}

/** Development only: the demo's split rules, so store shares are not ¥0.00 on every money page. */
export const DEMO_SPLIT_RULES = {
  name: '演示分账规则',
  rules: [{ name: '默认', priority: 0, fulfillingStoreBp: 2000, referringStoreBp: 500 }],
};

/** Publishes the demo rule set, in force from now, unless some version is published already. */
export async function seedDemoSplitRules(em: EntityManager, config: Config) {
  if (await anyRuleSetPublished(em)) return;
  const rules = new RuleSetService(em, config, systemClock);
  const draft = await rules.create(DEMO_SPLIT_RULES, 'system:seed');
  if (!(draft instanceof SplitRuleSet)) throw new Error(`demo split rules rejected: ${JSON.stringify(draft)}`);
  const done = await rules.publish(draft.id, undefined, 'system:seed');
  if (!(done instanceof SplitRuleSet)) throw new Error(`demo split rules not published: ${JSON.stringify(done)}`);
}

export async function seedDemoNetwork(orm: MikroORM, config: Config, opts: { promotions?: boolean } = {}) {
  const em = orm.em.fork() as EntityManager;
  const network = loadStoreNetwork();
  const result = await importNetwork(em, new StoreService(em, config), network);
  if (!(result instanceof NetworkImported)) {
    throw new Error(`demo network rejected: ${JSON.stringify(result.featureErrors, null, 2)}`);
  }
  await seedCatalog(em);
  const catalog = loadCatalog();
  const skuCodes = catalog.products.flatMap((p) => p.skus.map((s) => s.code));
  await seedStock(
    em,
    network.features.map((f) => f.properties.code),
    skuCodes,
  );
  if (config.env !== 'production') {
    await seedDemoStaff(em);
    await seedDemoDevice(em, config.authSecret);
    await seedDemoSplitRules(em, config);
  }
  // Only for `npm start` (development). The shopper app's end-to-end tests run a development API too, but price their
  // carts without promotions they did not make (a 新人券 or 满减 would change every total): they pass DEMO_PROMOTIONS=off.
  const promotions = config.env === 'development' && opts.promotions !== false ? await seedDemoPromotions(em) : 0;
  const pictures = await seedDemoPictures(em, config);
  await analyze(em);
  return { pictures, promotions, stores: network.features.length, created: result.created, updated: result.updated, skus: skuCodes.length };
}
