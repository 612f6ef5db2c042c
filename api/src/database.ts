// MikroORM setup: explicit entity and migration lists, no global context (one fork per request and job).
import { MikroORM, type Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { ReflectMetadataProvider } from '@mikro-orm/core';
import { StaffUser, Shopper } from './modules/auth/auth.entity';
import { Category, Product, Sku } from './modules/catalog/catalog.entity';
import { StockMovement, StoreStock } from './modules/inventory/inventory.entity';
import { Store } from './modules/store/store.entity';
import { Checkout, CustomerOrder, OrderLine, OrderTransitionRecord, Refund } from './modules/order/order.entity';
import { migrationsList } from './migrations';

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
  /** Called once per SQL statement; tests use it to count queries. */
  onQuery?: (sql: string) => void;
}

export function ormOptions(databaseUrl: string, options: DatabaseOptions = {}): Options<PostgreSqlDriver> {
  return {
    driver: PostgreSqlDriver,
    clientUrl: databaseUrl,
    entities,
    metadataProvider: ReflectMetadataProvider,
    discovery: { disableDynamicFileAccess: true },
    allowGlobalContext: false,
    ...(options.onQuery ? { debug: ['query' as const], logger: (message: string) => options.onQuery!(message) } : {}),
    pool: { min: 2, max: 10 },
    // jit: PostGIS functions carry large planner costs, which push short OLTP queries over jit_above_cost;
    // compiling them takes tens of milliseconds and saves nothing. plan_cache_mode touches only named
    // prepared statements (the routing reads, see preparedQuery): their generic plan is the KNN walk,
    // and replanning them per call costs more than running them.
    driverOptions: { connection: { options: '-c jit=off -c plan_cache_mode=force_generic_plan' } },
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
