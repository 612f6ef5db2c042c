// What every resolver gets per request: a forked EntityManager, the viewer, the clock, loaders and services.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from './common/clock';
import { createLoaders, type Loaders } from './common/loaders';
import type { Config } from './config';
import { AuthService } from './modules/auth/auth.service';
import type { Code2SessionClient } from './modules/auth/code2session';
import { readToken } from './modules/auth/token';
import { anonymous, type Viewer } from './modules/auth/viewer';
import { CatalogService } from './modules/catalog/catalog.service';
import { InventoryService } from './modules/inventory/inventory.service';
import { RoutingService } from './modules/routing/routing.service';
import { StoreService } from './modules/store/store.service';

export interface AppDeps {
  config: Config;
  clock: Clock;
  code2Session: Code2SessionClient;
}

export interface Context {
  em: EntityManager;
  viewer: Viewer;
  clock: Clock;
  loaders: Loaders;
  services: ReturnType<typeof createServices>;
}

function createServices(em: EntityManager, deps: AppDeps) {
  return {
    auth: new AuthService(em, deps.config, deps.clock, deps.code2Session),
    store: new StoreService(em, deps.config),
    catalog: new CatalogService(em),
    inventory: new InventoryService(em, deps.clock),
    routing: new RoutingService(em, deps.config, deps.clock),
  };
}

export function viewerFromHeader(header: string | undefined, deps: AppDeps): Viewer | undefined {
  if (!header) return anonymous;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) return undefined;
  return readToken(match[1]!, deps.config.authSecret, deps.clock.now());
}

export function createContext(em: EntityManager, viewer: Viewer, deps: AppDeps): Context {
  return { em, viewer, clock: deps.clock, loaders: createLoaders(em), services: createServices(em, deps) };
}
