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
import { migrationsList } from './migrations';
import { DEFAULT_SQL_POOL, SESSION_OPTIONS, postgreSqlDriverWithSqlPool, type SqlPoolLimits } from './common/sql-pool';

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
}

export function ormOptions(databaseUrl: string, options: DatabaseOptions = {}): Options<PostgreSqlDriver> {
  return {
    // The driver carries the pool the hand-written SQL runs on (common/sql-pool.ts) and closes it with the ORM.
    driver: postgreSqlDriverWithSqlPool(options.sqlPool ?? DEFAULT_SQL_POOL),
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

export async function migrate(orm: MikroORM): Promise<void> {
  await orm.getMigrator().up();
}
