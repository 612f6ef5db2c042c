// Loads the demo chain from geo-data: stores (by code), catalog (by code), starting stock and demo staff.
// Idempotent: running it again updates stores and catalog and leaves existing stock alone.
import { demoStock, loadCatalog, loadStoreNetwork } from '@linli/geo-data';
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { systemClock } from '../common/clock';
import { query } from '../common/sql';
import type { Config } from '../common/config';
import { Role, StaffUser } from '../modules/auth/auth.entity';
import { hashPassword } from '../modules/auth/password';
import { deviceTokenHash, StaffSecrets } from '../modules/auth/secrets';
import { changeStaff } from '../modules/auth/staff.repository';
import { RuleSetService } from '../modules/settlement/rule-set.service';
import { SplitRuleSet } from '../modules/settlement/settlement.types';
import { importNetwork } from '../modules/store/network-import';
import { StoreService } from '../modules/store/store.service';
import { NetworkImported } from '../modules/store/store.types';

/** Development-only accounts, printed in the README; never created with NODE_ENV=production. */
export const DEMO_STAFF = [
  { username: 'hq', password: 'linli-hq-demo', displayName: '总部管理员', role: Role.HQ_ADMIN, storeCode: null },
  { username: 'clerk.sh001', password: 'linli-clerk-demo', displayName: '南京东路店店员', role: Role.CLERK, storeCode: 'SH-001' },
] as const;

/**
 * Development only: the demo counter tablet of SH-001 and its clerk's PIN, so the store app can be tried at once
 * (README). A real device gets its token from enrollDevice or `node api/dist/scripts/enroll-device.js`.
 */
export const DEMO_DEVICE = { storeCode: 'SH-001', name: '南京东路店 收银台 1', token: 'lnd1_demo-SH-001-counter-1-development-only-0000', clerk: 'clerk.sh001', pin: '1234' } as const;

export async function seedCatalog(em: EntityManager) {
  const catalog = loadCatalog();
  await query(
    em,
    `INSERT INTO category (id, code, name)
     SELECT gen_random_uuid(), code, name FROM jsonb_to_recordset(:rows::jsonb) AS c(code text, name text)
     ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name`,
    { rows: JSON.stringify(catalog.categories) },
  );
  await query(
    em,
    `INSERT INTO product (id, code, name, description, category_id, specs)
     SELECT gen_random_uuid(), p.code, p.name, p.description, c.id, p.specs
       FROM jsonb_to_recordset(:rows::jsonb) AS p(code text, name text, description text, category_code text, specs jsonb)
       JOIN category c ON c.code = p.category_code
     ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, description = EXCLUDED.description,
       category_id = EXCLUDED.category_id, specs = EXCLUDED.specs`,
    {
      rows: JSON.stringify(
        catalog.products.map((p) => ({ code: p.code, name: p.name, description: p.description, category_code: p.categoryCode, specs: p.specs })),
      ),
    },
  );
  await query(
    em,
    `INSERT INTO sku (id, code, product_id, attributes, price_fen)
     SELECT gen_random_uuid(), s.code, p.id, s.attributes, s.price_fen
       FROM jsonb_to_recordset(:rows::jsonb) AS s(code text, product_code text, attributes jsonb, price_fen int)
       JOIN product p ON p.code = s.product_code
     ON CONFLICT (code) DO UPDATE SET product_id = EXCLUDED.product_id, attributes = EXCLUDED.attributes, price_fen = EXCLUDED.price_fen`,
    {
      rows: JSON.stringify(
        catalog.products.flatMap((p) => p.skus.map((s) => ({ code: s.code, product_code: p.code, attributes: s.attributes, price_fen: s.priceFen }))),
      ),
    },
  );
}

/** Opening stock for pairs that have none yet, journalled as IMPORT. */
export async function seedStock(em: EntityManager, storeCodes: string[], skuCodes: string[]) {
  const levels = demoStock(storeCodes, skuCodes).filter((l) => l.onHand > 0);
  await query(
    em,
    `WITH wanted AS (
       SELECT st.id AS store_id, sk.id AS sku_id, l.on_hand
         FROM jsonb_to_recordset(:rows::jsonb) AS l(store_code text, sku_code text, on_hand int)
         JOIN store st ON st.code = l.store_code
         JOIN sku sk ON sk.code = l.sku_code
     ), inserted AS (
       INSERT INTO store_stock (store_id, sku_id, on_hand, reserved)
       SELECT store_id, sku_id, on_hand, 0 FROM wanted
       ON CONFLICT (store_id, sku_id) DO NOTHING
       RETURNING store_id, sku_id, on_hand
     )
     INSERT INTO stock_movement (id, store_id, sku_id, delta_on_hand, delta_reserved, on_hand_after, reserved_after, reason, actor)
     SELECT gen_random_uuid(), store_id, sku_id, on_hand, 0, on_hand, 0, 'IMPORT', 'system:seed' FROM inserted`,
    { rows: JSON.stringify(levels.map((l) => ({ store_code: l.storeCode, sku_code: l.skuCode, on_hand: l.onHand }))) },
  );
}

export async function seedDemoStaff(em: EntityManager) {
  for (const staff of DEMO_STAFF) {
    if (await em.count(StaffUser, { username: staff.username })) continue;
    const storeId = staff.storeCode
      ? (await query<{ id: string }>(em, `SELECT id FROM store WHERE code = :code`, { code: staff.storeCode }))[0]?.id ?? null
      : null;
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
  const [store] = await query<{ id: string }>(em, `SELECT id FROM store WHERE code = :code`, { code: DEMO_DEVICE.storeCode });
  if (!store) return;
  await query(
    em,
    `INSERT INTO counter_device (id, store_id, name, token_hash, enrolled_at, enrolled_by)
     VALUES (gen_random_uuid(), :store::uuid, :name::text, :hash::text, now(), 'system:seed') ON CONFLICT (token_hash) DO NOTHING`,
    { store: store.id, name: DEMO_DEVICE.name, hash: deviceTokenHash(DEMO_DEVICE.token) },
  );
  const [clerk] = await query<{ id: string }>(em, `SELECT id FROM staff_user WHERE username = :u AND pin_hash IS NULL`, { u: DEMO_DEVICE.clerk });
  if (clerk) await changeStaff(em, clerk.id, { pinHash: new StaffSecrets(authSecret).hashPin(clerk.id, DEMO_DEVICE.pin) }, false);
}

/** Development only: the demo's split rules, so store shares are not ¥0.00 on every money page. */
export const DEMO_SPLIT_RULES = { name: '演示分账规则', rules: [{ name: '默认', priority: 0, fulfillingStoreBp: 2000, referringStoreBp: 500 }] };

/** Publishes the demo rule set, in force from now, unless some version is published already. */
export async function seedDemoSplitRules(em: EntityManager, config: Config) {
  const [published] = await query(em, `SELECT 1 FROM split_rule_set WHERE version IS NOT NULL LIMIT 1`, {});
  if (published) return;
  const rules = new RuleSetService(em, config, systemClock);
  const draft = await rules.create(DEMO_SPLIT_RULES, 'system:seed');
  if (!(draft instanceof SplitRuleSet)) throw new Error(`demo split rules rejected: ${JSON.stringify(draft)}`);
  const done = await rules.publish(draft.id, undefined, 'system:seed');
  if (!(done instanceof SplitRuleSet)) throw new Error(`demo split rules not published: ${JSON.stringify(done)}`);
}

export async function seedDemoNetwork(orm: MikroORM, config: Config) {
  const em = orm.em.fork() as EntityManager;
  const network = loadStoreNetwork();
  const result = await importNetwork(em, new StoreService(em, config), network);
  if (!(result instanceof NetworkImported)) {
    throw new Error(`demo network rejected: ${JSON.stringify(result.featureErrors, null, 2)}`);
  }
  await seedCatalog(em);
  const catalog = loadCatalog();
  const skuCodes = catalog.products.flatMap((p) => p.skus.map((s) => s.code));
  await seedStock(em, network.features.map((f) => f.properties.code), skuCodes);
  if (config.env !== 'production') {
    await seedDemoStaff(em);
    await seedDemoDevice(em, config.authSecret);
    await seedDemoSplitRules(em, config);
  }
  // Fresh statistics after a bulk load, so the first plans are made for the tables as they now are.
  await em.execute('ANALYZE');
  return { stores: network.features.length, created: result.created, updated: result.updated, skus: skuCodes.length };
}
