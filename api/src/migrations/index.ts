// Migrations in the order they run; listed explicitly so tests (SWC) and the build (tsc) see the same set.
import { MigrationCore } from './20261122-core';

export const migrationsList = [{ name: '20261122-core', class: MigrationCore }];
