// The edge's half of the request context: builds every module's services and dataloaders for one request. The
// context's shape is common/context.ts; each module's resolvers see only the part their <module>.context.ts names.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from './common/clock';
import type { RequestContext } from './common/context';
import type { Config } from './common/config';
import { AuthService } from './modules/auth/auth.service';
import { StaffAdminService } from './modules/auth/staff-admin.service';
import { StaffAuthService } from './modules/auth/staff-auth.service';
import type { Code2SessionClient } from './modules/auth/code2session';
import { readToken } from './modules/auth/token';
import { actorName, anonymous, type Viewer } from './common/viewer';
import { CatalogService } from './modules/catalog/catalog.service';
import { CatalogAdminService } from './modules/catalog/catalog-admin.service';
import { PictureService } from './modules/catalog/picture.service';
import { InventoryService } from './modules/inventory/inventory.service';
import { RoutingService } from './modules/routing/routing.service';
import { StoreService } from './modules/store/store.service';
import { CheckoutService } from './modules/order/checkout.service';
import { OrderService } from './modules/order/order.service';
import { PaymentService } from './modules/payment/payment.service';
import { RuleSetService } from './modules/settlement/rule-set.service';
import { SettlementService } from './modules/settlement/settlement.service';
import { ProfitSharingService } from './modules/settlement/profit-sharing.service';
import { PickupService } from './modules/pickup/pickup.service';
import { FailedWorkService } from './modules/reliability/failed-work.service';
import { PickupLockouts } from './modules/pickup/pickup-lockouts';
import { AddressService } from './modules/address/address.service';
import { PickupSlotService } from './modules/slots/slots.service';
import { AfterSaleService } from './modules/aftersale/aftersale.service';
import { SubscriptionService } from './modules/notify/subscriptions.service';
import type { Runtime } from './runtime';
import { DashboardService } from './modules/dashboard/dashboard.service';
import { createStoreLoaders } from './modules/store/store.loaders';
import { createCatalogLoaders } from './modules/catalog/catalog.loaders';
import { createOrderLoaders } from './modules/order/order.loaders';
import { createAfterSaleLoaders } from './modules/aftersale/aftersale.loaders';

export interface AppDeps {
  config: Config;
  clock: Clock;
  code2Session: Code2SessionClient;
  runtime: Runtime;
}

export type Loaders = ReturnType<typeof createLoaders>;

/** The whole context: every module's services and loaders (a module's own Context is a part of it). */
export type Context = RequestContext<ReturnType<typeof createServices>, Loaders>;

export function createLoaders(em: EntityManager) {
  return { ...createStoreLoaders(em), ...createCatalogLoaders(em), ...createOrderLoaders(em), ...createAfterSaleLoaders(em) };
}

/** What the HTTP request tells besides the token. */
export interface RequestInfo {
  /** The caller's address as Express sees it (TRUST_PROXY decides which X-Forwarded-For hop counts). */
  clientIp?: string;
}

function createServices(em: EntityManager, deps: AppDeps, viewer: Viewer, request: RequestInfo) {
  const routing = new RoutingService(em, deps.config, deps.clock);
  const staffDeps = { config: deps.config, clock: deps.clock, ...pick(deps.runtime) };
  return {
    auth: new AuthService(em, deps.config, deps.clock, deps.code2Session),
    staffAuth: new StaffAuthService(em, staffDeps, request.clientIp ?? 'unknown'),
    staffAdmin: new StaffAdminService(em, staffDeps, actorName(viewer)),
    store: new StoreService(em, deps.config),
    catalog: new CatalogService(em, deps.config),
    catalogAdmin: new CatalogAdminService(em, deps.clock),
    pictures: new PictureService(em, deps.clock),
    inventory: new InventoryService(em, deps.clock),
    routing,
    checkout: new CheckoutService(em, deps.config, deps.clock, routing, deps.runtime.priceBook),
    order: new OrderService(em, deps.runtime),
    payment: new PaymentService(em, deps.runtime),
    ruleSets: new RuleSetService(em, deps.config, deps.clock),
    settlement: new SettlementService(em, deps.clock, deps.runtime.memberCodes),
    profitSharing: new ProfitSharingService(em, deps.runtime),
    pickup: new PickupService(em, deps.runtime),
    failedWork: new FailedWorkService(em, deps.runtime),
    dashboard: new DashboardService(em, deps.config, deps.clock),
    pickupLockouts: new PickupLockouts(em, deps.runtime.pickupLimiter, deps.clock),
    address: new AddressService(em, deps.clock),
    slots: new PickupSlotService(em, deps.config, deps.clock),
    afterSale: new AfterSaleService(em, deps.runtime),
    subscriptions: new SubscriptionService(em, deps.config, deps.clock),
  };
}

export function viewerFromHeader(header: string | undefined, deps: AppDeps): Viewer | undefined {
  if (!header) return anonymous;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) return undefined;
  return readToken(match[1]!, deps.config.authSecret, deps.clock.now());
}

const pick = ({ sessions, staffLimits, staffSecrets }: Runtime) => ({ sessions, staffLimits, staffSecrets });

/** The viewer of a token, if its session still stands (staff sessions can be revoked); undefined for a bad token. */
export async function authenticate(header: string | undefined, deps: AppDeps, em: EntityManager): Promise<Viewer | undefined> {
  const viewer = viewerFromHeader(header, deps);
  if (!viewer || viewer.role === null) return viewer;
  return (await deps.runtime.sessions.allows(em, viewer)) ? viewer : undefined;
}

export function createContext(em: EntityManager, viewer: Viewer, deps: AppDeps, request: RequestInfo = {}): Context {
  return {
    em,
    viewer,
    clientIp: request.clientIp,
    clock: deps.clock,
    loaders: createLoaders(em),
    services: createServices(em, deps, viewer, request),
    pubSub: deps.runtime.pubSub,
  };
}
