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
import { StoreGroupService } from './modules/store/store-group.service';
import { CheckoutService } from './modules/order/checkout.service';
import { CheckoutQuoteService } from './modules/order/checkout-quote.service';
import { OrderService } from './modules/order/order.service';
import { PaymentService } from './modules/payment/payment.service';
import { CounterRefundService } from './modules/payment/counter-refund.service';
import { CounterSaleService } from './modules/payment/counter-sale.service';
import { MembershipPurchaseService } from './modules/payment/membership-purchase.service';
import { RuleSetService } from './modules/settlement/rule-set.service';
import { SettlementService } from './modules/settlement/settlement.service';
import { MemberCodeService } from './modules/member/member.service';
import { MembershipService } from './modules/member/membership.service';
import { MemberAdminService } from './modules/member/member-admin.service';
import { PaidPlanService } from './modules/member/paid-plan.service';
import { ProfitSharingService } from './modules/settlement/profit-sharing.service';
import { PickupService } from './modules/pickup/pickup.service';
import { FailedWorkService } from './modules/reliability/failed-work.service';
import { PickupLockouts } from './modules/pickup/pickup-lockouts';
import { AddressService } from './modules/address/address.service';
import { PickupSlotService } from './modules/slots/slots.service';
import { AfterSaleService } from './modules/aftersale/aftersale.service';
import { ReferralService } from './modules/referral/referral.service';
import { ShareCodeService } from './modules/referral/share-code.service';
import { PromotionService } from './modules/promotion/promotion.service';
import { CouponIssuance } from './modules/promotion/issuance.service';
import { FlashSaleService } from './modules/promotion/flash-sale.service';
import { GroupBuyService } from './modules/promotion/group-buy.service';
import { PromotionReportService } from './modules/promotion/promotion-report.service';
import { SubscriptionService } from './modules/notify/subscriptions.service';
import type { Runtime } from './runtime';
import { DashboardService } from './modules/dashboard/dashboard.service';
import { createStoreLoaders } from './modules/store/store.loaders';
import { createCatalogLoaders } from './modules/catalog/catalog.loaders';
import { createOrderLoaders } from './modules/order/order.loaders';
import { createAfterSaleLoaders } from './modules/aftersale/aftersale.loaders';
import type { FlashTicket } from './modules/promotion/flash-gate';

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
  /** A 秒杀 checkout's place at its item's door, taken at the HTTP edge (modules/order/flash-edge.ts). */
  flashTicket?: FlashTicket;
}

/** What a request's services are built from. */
interface ServiceScope {
  em: EntityManager;
  deps: AppDeps;
  viewer: Viewer;
  request: RequestInfo;
  /** The request's own services (the checkout routes with the request's routing service; settlement redeems member codes). */
  services: { readonly routing: RoutingService; readonly memberCodes: MemberCodeService; readonly checkoutQuote: CheckoutQuoteService };
}

const staffDeps = ({ deps }: ServiceScope) => ({ config: deps.config, clock: deps.clock, ...pick(deps.runtime) });

/** How each service of a request is built. */
const SERVICES = {
  auth: ({ em, deps }: ServiceScope) =>
    new AuthService(em, deps.config, deps.clock, deps.code2Session, (shopperId) => new CouponIssuance(em, deps.runtime).welcome(shopperId)),
  staffAuth: (s: ServiceScope) => new StaffAuthService(s.em, staffDeps(s), s.request.clientIp ?? 'unknown'),
  staffAdmin: (s: ServiceScope) => new StaffAdminService(s.em, staffDeps(s), actorName(s.viewer)),
  store: ({ em, deps }: ServiceScope) => new StoreService(em, deps.config),
  storeGroups: ({ em }: ServiceScope) => new StoreGroupService(em),
  catalog: ({ em, deps }: ServiceScope) => new CatalogService(em, deps.config),
  catalogAdmin: ({ em, deps }: ServiceScope) => new CatalogAdminService(em, deps.clock),
  pictures: ({ em, deps }: ServiceScope) => new PictureService(em, deps.clock),
  inventory: ({ em, deps }: ServiceScope) => new InventoryService(em, deps.clock),
  routing: ({ em, deps }: ServiceScope) => new RoutingService(em, deps.config, deps.clock, deps.runtime.storeBook),
  checkout: ({ em, deps, services, request }: ServiceScope) =>
    new CheckoutService(
      em,
      deps.config,
      deps.clock,
      services.routing,
      deps.runtime.priceBook,
      deps.runtime.campaignBook,
      deps.runtime.levelBook,
      deps.runtime.flashGate,
      deps.runtime.placedKeys,
      request.flashTicket,
    ),
  checkoutQuote: ({ em, deps, services }: ServiceScope) =>
    new CheckoutQuoteService(em, deps.clock, services.routing, deps.runtime.priceBook, deps.runtime.campaignBook, deps.runtime.levelBook),
  order: ({ em, deps }: ServiceScope) => new OrderService(em, deps.runtime),
  payment: ({ em, deps }: ServiceScope) => new PaymentService(em, deps.runtime),
  membershipPurchase: ({ em, deps }: ServiceScope) => new MembershipPurchaseService(em, deps.runtime),
  counterSale: ({ em, deps, services }: ServiceScope) =>
    new CounterSaleService(em, deps.runtime, services.memberCodes, services.checkoutQuote),
  counterRefund: ({ em, deps }: ServiceScope) => new CounterRefundService(em, deps.runtime),
  ruleSets: ({ em, deps }: ServiceScope) => new RuleSetService(em, deps.config, deps.clock),
  memberCodes: ({ em, deps }: ServiceScope) => new MemberCodeService(em, deps.clock, deps.runtime.memberSealKey),
  membership: ({ em, deps }: ServiceScope) => new MembershipService(em, deps.clock, deps.runtime.levelBook),
  memberAdmin: ({ em, deps }: ServiceScope) => new MemberAdminService(em, deps.runtime.levelBook),
  paidPlans: ({ em, deps }: ServiceScope) => new PaidPlanService(em, deps.clock, deps.runtime.levelBook),
  settlement: ({ em, deps, services }: ServiceScope) => new SettlementService(em, deps.clock, services.memberCodes),
  profitSharing: ({ em, deps }: ServiceScope) => new ProfitSharingService(em, deps.runtime),
  pickup: ({ em, deps }: ServiceScope) => new PickupService(em, deps.runtime),
  failedWork: ({ em, deps }: ServiceScope) => new FailedWorkService(em, deps.runtime),
  dashboard: ({ em, deps }: ServiceScope) => new DashboardService(em, deps.config, deps.clock),
  pickupLockouts: ({ em, deps }: ServiceScope) => new PickupLockouts(em, deps.runtime.pickupLimiter, deps.clock),
  address: ({ em, deps }: ServiceScope) => new AddressService(em, deps.clock),
  slots: ({ em, deps }: ServiceScope) => new PickupSlotService(em, deps.config, deps.clock),
  afterSale: ({ em, deps }: ServiceScope) => new AfterSaleService(em, deps.runtime),
  subscriptions: ({ em, deps }: ServiceScope) => new SubscriptionService(em, deps.config, deps.clock),
  promotion: ({ em, deps }: ServiceScope) => new PromotionService(em, deps.clock, deps.runtime.campaignBook),
  couponIssuance: ({ em, deps }: ServiceScope) => new CouponIssuance(em, deps.runtime),
  flashSale: ({ em, deps }: ServiceScope) => new FlashSaleService(em, deps.clock),
  groupBuy: ({ em, deps }: ServiceScope) => new GroupBuyService(em, deps.clock),
  promotionReport: ({ em, deps }: ServiceScope) => new PromotionReportService(em, deps.clock),
  referral: ({ em, deps }: ServiceScope) => new ReferralService(em, deps.runtime),
  shareCodes: ({ em, deps }: ServiceScope) => new ShareCodeService(em, { config: deps.config, wxacodes: deps.runtime.wxacodes }),
};

type Services = { readonly [K in keyof typeof SERVICES]: ReturnType<(typeof SERVICES)[K]> };

/**
 * A request's services, each built the first time it is read: a request uses one or two of them, and building all
 * 21 for every request cost more than some whole resolvers. The getters are defined once, on the prototype, so a
 * request pays for one object and the services it reads.
 */
class LazyServices {
  constructor(readonly scope: ServiceScope) {}
}
for (const key of Object.keys(SERVICES) as (keyof typeof SERVICES)[]) {
  Object.defineProperty(LazyServices.prototype, key, {
    get(this: LazyServices) {
      const service = SERVICES[key](this.scope);
      Object.defineProperty(this, key, { value: service, enumerable: true });
      return service;
    },
  });
}

function createServices(em: EntityManager, deps: AppDeps, viewer: Viewer, request: RequestInfo): Services {
  const scope = { em, deps, viewer, request } as ServiceScope;
  const services = new LazyServices(scope) as unknown as Services;
  scope.services = services;
  return services;
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
  return admitViewer(viewerFromHeader(header, deps), deps, em);
}

/** authenticate() for a token already read (the HTTP edge reads it once, to choose the body limit). */
export async function admitViewer(viewer: Viewer | undefined, deps: AppDeps, em: EntityManager): Promise<Viewer | undefined> {
  if (!viewer || viewer.role === null) return viewer;
  return (await deps.runtime.sessions.allows(em, viewer)) ? viewer : undefined;
}

/**
 * The dataloaders are built on first use, like the services: most requests ask for no list that needs batching. The
 * getter sits on the prototype: Apollo copies each request's context before running it (Object.assign of the own
 * properties onto an object of the same prototype), which would call an own getter, and so build every loader for
 * every request; an inherited one is left for the copy to call when a resolver reads it.
 */
class LazyLoaders {
  declare readonly em: EntityManager;
  get loaders(): Loaders {
    const loaders = createLoaders(this.em);
    Object.defineProperty(this, 'loaders', { value: loaders, enumerable: true });
    return loaders;
  }
}

export function createContext(em: EntityManager, viewer: Viewer, deps: AppDeps, request: RequestInfo = {}): Context {
  return Object.assign(new LazyLoaders(), {
    em,
    viewer,
    clientIp: request.clientIp,
    clock: deps.clock,
    services: createServices(em, deps, viewer, request),
    pubSub: deps.runtime.pubSub,
  });
}
