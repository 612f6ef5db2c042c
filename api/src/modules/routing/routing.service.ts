// Routing a cart: the nearest store that can take it, else the fewest stores that can share it, else why not.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../common/clock';
import { badUserInput, ErrorCode, errorResult } from '../../common/errors';
import { CoordinateSystem, ewktPoint, GeoPointInput, toCanonical } from '../../common/geo';
import { storeLocation } from '../store/store.repository';
import { clusterOfStore } from '../store/store-cluster';
import { decodeCursor, encodeCursor, isOffsetCursor } from '../../common/pagination';
import { UUID, type SqlRider } from '../../common/sql';
import type { Config } from '../../common/config';
import { UnknownSkuError } from '../inventory/inventory.errors';
import { StoreNotFoundError } from '../store/store.errors';
import { StoreStatus } from '../store/store.entity';
import type { StoreBook } from './store-book';
import { normaliseLines, planSplitInOneCluster, reasonsFor, serviceReasons, type StockLookup } from './routing-rules';
import {
  activeSkuIds,
  chosenStoreFacts,
  nearbyStoreFacts,
  nearestEligibleStores,
  stockOf,
  type CartLine,
  type Fulfilment,
  type StoreFacts,
} from './routing.repository';
import {
  FulfilmentType,
  LineAlternatives,
  NearbyStore,
  NoStoreAvailable,
  RoutedToStore,
  SplitProposal,
  StoreAvailability,
  type AvailabilityArgs,
  type CartLineInput,
  type NearbyStoreConnection,
  type NearbyStoresArgs,
  type RouteCartInput,
} from './routing.types';

/** Stores examined when explaining a failure or planning a split. */
const DIAGNOSIS_POOL = 20;
const MAX_SPLIT_STORES = 3;
const ALTERNATIVES_PER_LINE = 3;
const MAX_SCHEDULE_AHEAD_MS = 7 * 24 * 3600 * 1000;

type RoutingConfig = Pick<Config, 'maxZoneReachM' | 'pickupSearchRadiusM'>;

/** What a placing statement checks of a guessed route (order/checkout.repository.ts): the book's epoch, and the
 *  point its distance was measured from (EWKT; null for a chosen store measured from itself). */
export interface RouteCheck {
  epoch: string;
  point: string | null;
}

export class RoutingService {
  constructor(
    private readonly em: EntityManager,
    private readonly config: RoutingConfig,
    private readonly clock: Clock,
    private readonly book?: StoreBook,
  ) {}

  /**
   * How far to look. Delivery: the SQL narrows this to the farthest stored zone reach; the cap itself gets
   * the same 1 % slack as those reaches (validated on the sphere, measured on the spheroid) so it never
   * cuts a zone that passed validation. Pickup is capped separately.
   */
  private radius(fulfilment: Fulfilment | null): number {
    const zone = Math.ceil(this.config.maxZoneReachM * 1.01);
    if (fulfilment === 'DELIVERY') return zone;
    if (fulfilment === 'PICKUP') return this.config.pickupSearchRadiusM;
    return Math.max(zone, this.config.pickupSearchRadiusM);
  }

  async nearbyStores(args: NearbyStoresArgs): Promise<NearbyStoreConnection> {
    const offset = decodeCursor(args.after, isOffsetCursor)?.o ?? 0;
    const fulfilment = args.fulfilment ?? null;
    const facts = await nearbyStoreFacts(this.em, {
      point: ewktPoint(toCanonical(args.location)),
      at: this.clock.now(),
      radiusM: this.radius(fulfilment),
      fulfilment,
      limit: args.first + 1,
      offset,
    });
    const nodes = facts.slice(0, args.first).map(toNearbyStore);
    return {
      nodes,
      pageInfo: { hasNextPage: facts.length > args.first, endCursor: nodes.length ? encodeCursor({ o: offset + nodes.length }) : null },
    };
  }

  async availability(args: AvailabilityArgs): Promise<StoreAvailability[] | UnknownSkuError> {
    const lines = await this.checkLines(args.lines);
    if (lines instanceof UnknownSkuError) return lines;
    const facts = await nearbyStoreFacts(this.em, {
      point: ewktPoint(toCanonical(args.location)),
      at: this.clock.now(),
      radiusM: this.radius(args.fulfilment),
      fulfilment: args.fulfilment,
      limit: args.first,
      offset: 0,
      skuIds: lines.map((l) => l.skuId),
    });
    const stock = stockOf(facts);
    return facts.map((f) => {
      const lineRows = lines.map((l) => {
        const available = stock(f.storeId, l.skuId);
        return { skuId: l.skuId, requested: l.quantity, available, enough: available >= l.quantity, storeId: f.storeId };
      });
      const hasAllLines = lineRows.every((l) => l.enough);
      return Object.assign(new StoreAvailability(), toNearbyStore(f), {
        lines: lineRows,
        hasAllLines,
        canServeCart: hasAllLines && serviceReasons(f, args.fulfilment).length === 0,
      });
    });
  }

  /** routeCart: where the cart would go, or why nowhere and where it could be picked up instead. */
  async routeWithPickupInstead(input: RouteCartInput) {
    const route = await this.route(input);
    if (route instanceof NoStoreAvailable) route.pickupInstead = await this.pickupInstead(input);
    return route;
  }

  /**
   * The next step for a cart no store takes as asked: the nearest store that can hand all of it over now, from
   * the delivery point (or where the shopper is, or the pickup store they chose, which is not offered again).
   */
  async pickupInstead(input: Pick<RouteCartInput, 'lines' | 'location' | 'storeId' | 'fulfilment'>): Promise<RoutedToStore | null> {
    let from = input.location;
    const chosen = input.fulfilment === 'PICKUP' ? input.storeId : undefined;
    if (!from && chosen && UUID.test(chosen)) {
      const cluster = await clusterOfStore(this.em, chosen);
      const store = cluster && (await storeLocation(this.em, cluster, chosen));
      if (store) from = Object.assign(new GeoPointInput(), { lat: store.lat, lng: store.lng, system: CoordinateSystem.WGS84 });
    }
    if (!from) return null;
    const pickup = await this.route({ lines: input.lines, fulfilment: FulfilmentType.PICKUP, location: from }, { checkSkus: false });
    return pickup instanceof RoutedToStore && pickup.storeId !== chosen ? pickup : null;
  }

  /**
   * `checkSkus: false` leaves SKU validation to the caller (checkout reads the SKUs anyway, for prices). `riders`:
   * reads of the caller's that go with routing's statement when it sends one (common/sql-rider.ts).
   */
  async route(input: RouteCartInput, options: { checkSkus?: boolean; riders?: readonly SqlRider<unknown>[] } = {}) {
    const lines = this.wellFormedLines(input.lines);
    if (lines instanceof UnknownSkuError) return lines;
    const at = this.orderTime(input.scheduledAt);
    const fulfilment = input.fulfilment as Fulfilment;

    if (input.storeId !== undefined && input.storeId !== null) {
      if (fulfilment !== 'PICKUP') throw badUserInput('storeId is only for PICKUP; DELIVERY routes by address', 'storeId');
      const unknown = options.checkSkus === false ? undefined : await this.unknownSkus(lines);
      return unknown ?? this.routeToChosenStore(input.storeId, input.location, lines, at, options.riders);
    }
    if (!input.location) throw badUserInput('location is required unless a pickup store is chosen', 'location');
    const point = ewktPoint(toCanonical(input.location));
    const radiusM = this.radius(fulfilment);
    // The SKU check and the routing statement run side by side: an unknown SKU merely matches no store.
    const [unknown, [nearest]] = await Promise.all([
      options.checkSkus === false ? undefined : this.unknownSkus(lines),
      nearestEligibleStores(this.em, { point, fulfilment, lines, at, radiusM }, 1, options.riders),
    ]);
    if (unknown) return unknown;
    if (nearest) return routed(nearest.storeId, nearest.distanceM, fulfilment, lines);

    const skuIds = lines.map((l) => l.skuId);
    const pool = await nearbyStoreFacts(this.em, { point, at, radiusM, fulfilment: null, limit: DIAGNOSIS_POOL, offset: 0, skuIds });
    const stock = stockOf(pool);
    const serviceable = pool.filter((f) => serviceReasons(f, fulfilment).length === 0);
    if (fulfilment === 'DELIVERY') {
      const parts = planSplitInOneCluster(lines, serviceable, stock, MAX_SPLIT_STORES);
      if (parts) {
        return Object.assign(new SplitProposal(), {
          parts: parts.map((p) => ({ storeId: p.store.storeId, distanceM: Math.round(p.store.distanceM), lines: p.lines })),
        });
      }
    }
    return noStoreAvailable(pool, serviceable, fulfilment, lines, stock);
  }

  /**
   * The book's guess at the store `route` would choose if that store has the cart's stock (store-book.ts), without a
   * statement; undefined when the book cannot be sure. Only for a caller that places the cart with the check, which
   * refuses a store short of stock or facts that have changed: the guess knows nothing of stock.
   */
  async guess(input: RouteCartInput): Promise<{ route: RoutedToStore; check: RouteCheck } | undefined> {
    if (!this.book) return undefined;
    const normalised = normaliseLines(input.lines);
    if (!normalised.ok || normalised.lines.some((l) => !UUID.test(l.skuId))) return undefined;
    const fulfilment = input.fulfilment as Fulfilment;
    const chosen = input.storeId ?? undefined;
    if (chosen === undefined && !input.location) return undefined;
    const point = input.location ? toCanonical(input.location) : undefined;
    const found = await this.book.guess(this.em, {
      point,
      fulfilment,
      at: this.orderTime(input.scheduledAt),
      radiusM: this.radius(fulfilment),
      storeId: chosen,
    });
    if (!found) return undefined;
    return {
      route: routed(found.storeId, found.distanceM, fulfilment, normalised.lines),
      check: { epoch: found.epoch, point: point ? ewktPoint(point) : null },
    };
  }

  /** The book's facts behind a guess have changed (a placing statement said so): read them again. */
  guessWasStale(check: RouteCheck): void {
    this.book?.stale(check.epoch);
  }

  /**
   * Stores that could take these lines now, nearest first, leaving out the given ones: where a rejected or
   * unaccepted order goes next. `point` is the delivery address, or for pickup the store that let it down.
   * `clusterId`: only that cluster's stores (an order's rows stay in its cluster).
   */
  async nextStores(point: { lat: number; lng: number }, fulfilment: Fulfilment, lines: CartLine[], exclude: string[], clusterId?: string) {
    const found = await nearestEligibleStores(
      this.em,
      { point: ewktPoint(point), fulfilment, lines, at: this.clock.now(), radiusM: this.radius(fulfilment), clusterId },
      exclude.length + ALTERNATIVES_PER_LINE,
    );
    return found.filter((s) => !exclude.includes(s.storeId));
  }

  private async routeToChosenStore(
    storeId: string,
    location: GeoPointInput | undefined,
    lines: CartLine[],
    at: Date,
    riders?: readonly SqlRider<unknown>[],
  ) {
    const cluster = UUID.test(storeId) ? await clusterOfStore(this.em, storeId) : undefined;
    if (!cluster) return StoreNotFoundError.of(storeId);
    const skuIds = lines.map((l) => l.skuId);
    // Without the shopper's point the facts are measured from the store itself (distance 0), in the same statement.
    const [facts] = await chosenStoreFacts(this.em, [storeId], location ? ewktPoint(toCanonical(location)) : null, at, skuIds, riders);
    if (!facts) return StoreNotFoundError.of(storeId);
    if (reasonsFor(facts, 'PICKUP', lines, stockOf([facts])).reasons.length === 0) {
      return routed(storeId, facts.distanceM, 'PICKUP', lines);
    }
    const store = (await storeLocation(this.em, cluster, storeId))!;
    const point = ewktPoint(location ? toCanonical(location) : { lat: store.lat, lng: store.lng });
    // Suggest the pickup stores nearest the chosen one that do have everything.
    const alternatives = await nearestEligibleStores(
      this.em,
      { point: ewktPoint({ lat: store.lat, lng: store.lng }), fulfilment: 'PICKUP', lines, at, radiusM: this.radius('PICKUP') },
      ALTERNATIVES_PER_LINE,
    );
    const others = await chosenStoreFacts(
      this.em,
      alternatives.map((a) => a.storeId),
      point,
      at,
      skuIds,
    );
    return noStoreAvailable([facts, ...others], others, 'PICKUP', lines, stockOf([facts, ...others]));
  }

  private orderTime(scheduledAt: Date | undefined | null): Date {
    const now = this.clock.now();
    if (!scheduledAt) return now;
    if (scheduledAt.getTime() < now.getTime() - 60_000) throw badUserInput('scheduledAt is in the past', 'scheduledAt');
    if (scheduledAt.getTime() > now.getTime() + MAX_SCHEDULE_AHEAD_MS) {
      throw badUserInput('scheduledAt is more than 7 days ahead', 'scheduledAt');
    }
    return scheduledAt;
  }

  /** Merges repeated SKUs and checks they exist and are on sale. */
  private async checkLines(input: CartLineInput[]): Promise<CartLine[] | UnknownSkuError> {
    const lines = this.wellFormedLines(input);
    if (lines instanceof UnknownSkuError) return lines;
    return (await this.unknownSkus(lines)) ?? lines;
  }

  /** Merged lines whose ids at least look like SKU ids; quantities already checked at the edge. */
  private wellFormedLines(input: CartLineInput[]): CartLine[] | UnknownSkuError {
    const normalised = normaliseLines(input);
    if (!normalised.ok) throw badUserInput(normalised.message, 'lines');
    const malformed = normalised.lines.filter((l) => !UUID.test(l.skuId)).map((l) => l.skuId);
    return malformed.length ? UnknownSkuError.of(malformed) : normalised.lines;
  }

  async unknownSkus(lines: CartLine[]): Promise<UnknownSkuError | undefined> {
    const found = await activeSkuIds(
      this.em,
      lines.map((l) => l.skuId),
    );
    const unknown = lines.filter((l) => !found.has(l.skuId)).map((l) => l.skuId);
    return unknown.length ? UnknownSkuError.of(unknown) : undefined;
  }
}

function toNearbyStore(f: StoreFacts): NearbyStore {
  return Object.assign(new NearbyStore(), {
    storeId: f.storeId,
    distanceM: Math.round(f.distanceM),
    status: f.status as StoreStatus,
    openNow: f.open,
    deliversHere: f.deliversHere,
    canPickup: f.canPickup,
  });
}

function routed(storeId: string, distanceM: number, fulfilment: Fulfilment, lines: CartLine[]) {
  return Object.assign(new RoutedToStore(), {
    storeId,
    distanceM: Math.round(distanceM),
    fulfilment: fulfilment as FulfilmentType,
    lines,
  });
}

function noStoreAvailable(
  pool: StoreFacts[],
  serviceable: StoreFacts[],
  fulfilment: Fulfilment,
  lines: CartLine[],
  stock: StockLookup,
): NoStoreAvailable {
  const candidates = pool.map((f) => {
    const { reasons, short } = reasonsFor(f, fulfilment, lines, stock);
    return {
      storeId: f.storeId,
      distanceM: Math.round(f.distanceM),
      reasons,
      shortLines: short.map((l) => {
        const available = stock(f.storeId, l.skuId);
        return { skuId: l.skuId, requested: l.quantity, available, enough: false };
      }),
    };
  });
  // A line is short when some store that could otherwise serve the cart lacks it; say where it is in stock,
  // preferring stores that could serve it, else any active store nearby.
  const holders = serviceable.length > 0 ? serviceable : pool.filter((f) => f.status === 'ACTIVE');
  const shortLines = lines
    .filter((l) => serviceable.length === 0 || serviceable.some((f) => stock(f.storeId, l.skuId) < l.quantity))
    .map((l) =>
      Object.assign(new LineAlternatives(), {
        skuId: l.skuId,
        requested: l.quantity,
        availableAt: holders
          .filter((f) => stock(f.storeId, l.skuId) >= l.quantity)
          .slice(0, ALTERNATIVES_PER_LINE)
          .map((f) => ({ storeId: f.storeId, distanceM: Math.round(f.distanceM), available: stock(f.storeId, l.skuId) })),
      }),
    );
  const message =
    pool.length === 0
      ? 'No store is near enough to this location'
      : fulfilment === 'DELIVERY'
        ? 'No store, or combination of stores, can deliver this cart here now'
        : 'No pickup store nearby has this whole cart now';
  return Object.assign(errorResult(new NoStoreAvailable(), ErrorCode.NO_STORE_AVAILABLE, message), { candidates, shortLines });
}
