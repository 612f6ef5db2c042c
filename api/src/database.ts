// MikroORM setup: explicit entity and migration lists, no global context (one fork per request and job).
import { MikroORM, type Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { ReflectMetadataProvider } from '@mikro-orm/core';
import { StaffUser, Shopper } from './modules/auth/auth.entity';
import { Category, Product, Sku } from './modules/catalog/catalog.entity';
import { StockMovement, StoreStock } from './modules/inventory/inventory.entity';
import { Store } from './modules/store/store.entity';
import { Checkout, CustomerOrder, OrderLine, OrderTransitionRecord, Refund } from './modules/order/order.entity';
import pg from 'pg';
import { migrationsList } from './migrations';
import { executedMigrations, lockMigrations, unlockMigrations } from './common/schema-state.repository';
import {
  DEFAULT_SQL_POOL,
  SESSION_OPTIONS,
  postgreSqlDriverWithSqlPool,
  type ReadReplicaSettings,
  type SqlPoolLimits,
} from './common/sql-pool';
import type { Config } from './common/config';

export const entities = [
  Store,
  Category,
  Product,
  Sku,
  StoreStock,
  StockMovement,
  Shopper,
  StaffUser,
  Checkout,
  CustomerOrder,
  OrderLine,
  OrderTransitionRecord,
  Refund,
];

export interface DatabaseOptions {
  /** Called once per SQL statement the ORM sends; tests use it to count queries. */
  onQuery?: (sql: string) => void;
  /** The hand-written SQL's pool and its queues (config.sqlPool); defaults otherwise. */
  sqlPool?: SqlPoolLimits;
  /** A read replica (config.readDatabaseUrl) for readQuery and the ORM's `connectionType: 'read'` finds. */
  readReplica?: ReadReplicaSettings;
}

/** The replica settings of a config, or none. */
export function readReplicaOf(config: Pick<Config, 'readDatabaseUrl' | 'readReplica'>): ReadReplicaSettings | undefined {
  return config.readDatabaseUrl ? { url: config.readDatabaseUrl, limits: config.readReplica } : undefined;
}

export function ormOptions(databaseUrl: string, options: DatabaseOptions = {}): Options<PostgreSqlDriver> {
  return {
    // The driver carries the pool the hand-written SQL runs on (common/sql-pool.ts) and closes it with the ORM.
    driver: postgreSqlDriverWithSqlPool(options.sqlPool ?? DEFAULT_SQL_POOL, options.readReplica),
    // The ORM reads from the replica only when a find asks (connectionType from readConnection(), which knows the lag).
    ...(options.readReplica ? { replicas: [{ name: 'read', clientUrl: options.readReplica.url }], preferReadReplicas: false } : {}),
    clientUrl: databaseUrl,
    entities,
    metadataProvider: ReflectMetadataProvider,
    discovery: { disableDynamicFileAccess: true },
    allowGlobalContext: false,
    ...(options.onQuery ? { debug: ['query' as const], logger: (message: string) => options.onQuery!(message) } : {}),
    // The ORM's own pool serves only its cold paths (entity loaders, reports planned per call, migrations): the hot
    // paths run on the SQL pool, so this one stays small and holds no connection while idle.
    pool: { min: 0, max: 4 },
    driverOptions: { connection: { options: SESSION_OPTIONS } },
    extensions: [Migrator],
    migrations: { migrationsList, transactional: true, allOrNothing: true },
  };
}

export async function openDatabase(databaseUrl: string, options: DatabaseOptions = {}): Promise<MikroORM<PostgreSqlDriver>> {
  return MikroORM.init(ormOptions(databaseUrl, options));
}

/**
 * Runs the migrations this code has and the database has not, one process at a time (`npm run migrate`, the seed,
 * the tests' template): the others wait on the lock, then find nothing left to do. Returns the names it ran.
 */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const lock = new pg.Client({ connectionString: orm.config.getClientUrl() });
  await lock.connect();
  try {
    await lockMigrations(lock);
    const ran = await orm.getMigrator().up();
    await unlockMigrations(lock);
    return ran.map((m) => m.name);
  } finally {
    await lock.end();
  }
}

/** The database is older than this code: an API process refuses to serve it (it never migrates by itself). */
export class SchemaBehindError extends Error {
  constructor(readonly missing: string[]) {
    super(
      `the database has not run ${missing.length} migration(s) this code needs: ${missing.join(', ')}. ` +
        'Run `npm run migrate` (with the same DATABASE_URL) first, then start the API again.',
    );
  }
}

/** The code's migrations the database has not run, in order. Only reads: it never creates the migrations table. */
export async function missingMigrations(databaseUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const executed = await executedMigrations(client);
    // A database ahead of the code (a newer deploy migrated it) is served: migrations only add.
    return migrationsList.map((m) => m.name).filter((name) => !executed.has(name));
  } finally {
    await client.end();
  }
}

export async function assertSchemaCurrent(databaseUrl: string): Promise<void> {
  const missing = await missingMigrations(databaseUrl);
  if (missing.length) throw new SchemaBehindError(missing);
}
