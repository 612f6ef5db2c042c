// Every store's routing facts as this process last read them, to guess a checkout's store without a routing
// statement. The guess is the nearest store that passes every test but stock (active, serves this fulfilment here, in
// reach, open then); if that store has the stock, it is exactly the store routing would choose, since every nearer
// one fails a test that does not depend on stock. The placing statement checks the rest: the stock under its locks,
// the epoch the facts were read at (routing_epoch), and the distance it was priced with. A guess the statement
// refuses costs a routing statement, as before; a point near a zone's edge or between two stores equally near gets
// no guess at all.
import type { EntityManager } from '@mikro-orm/postgresql';
import { isOpenAtLocal, localTime, type LocalTime } from '../store/opening-hours';
import { geodesicDistanceM, type LatLng } from '@linli/geo-data';
import { DISTANCE_SLACK_M, spheroidDistanceM, within, zoneCovers } from './book-geometry';
import type { Fulfilment } from './routing.repository';
import { storeBookFacts, type BookFacts, type BookStore } from './store-book.repository';

export interface StoreGuess {
  storeId: string;
  /** Metres from the point (0 for a chosen store without one), rounded as routing rounds them. */
  distanceM: number;
  /** The routing epoch of the facts behind it; the placing statement refuses it once the epoch has moved. */
  epoch: string;
}

export interface GuessAsk {
  /** WGS-84 (routing's canonical system); absent only for a pickup store chosen without the shopper's point. */
  point: LatLng | undefined;
  fulfilment: Fulfilment;
  at: Date;
  /** Routing's search radius for this fulfilment. */
  radiusM: number;
  /** A pickup store the shopper chose. */
  storeId?: string;
}

// The sphere is within 0.6 % of the spheroid: a store this much farther on the sphere than a spheroid distance
// cannot be nearer than it.
const SPHERE_BAND = 1.02;

type Verdict = boolean | undefined;

export class StoreBook {
  private facts?: Promise<BookFacts>;
  private readonly byId = new WeakMap<BookFacts, Map<string, BookStore>>();

  async guess(em: EntityManager, ask: GuessAsk): Promise<StoreGuess | undefined> {
    const facts = await this.read(em);
    if (!facts) return undefined;
    return ask.storeId !== undefined ? this.chosen(facts, ask, ask.storeId) : nearest(facts, ask);
  }

  /** A placing statement refused a guess of this epoch: the next guess reads the facts again. */
  stale(epoch: string): void {
    const facts = this.facts;
    void facts?.then(
      (f) => {
        if (f.epoch === epoch && this.facts === facts) this.facts = undefined;
      },
      () => undefined, // a read that failed is dropped by read() itself
    );
  }

  private read(em: EntityManager): Promise<BookFacts | undefined> {
    if (!this.facts) {
      const reading = storeBookFacts(em);
      this.facts = reading;
      // A failed read guesses nothing (routing's own statement then says what is wrong) and is tried again next time.
      reading.catch(() => {
        if (this.facts === reading) this.facts = undefined;
      });
    }
    return this.facts.catch(() => undefined);
  }

  private chosen(facts: BookFacts, ask: GuessAsk, storeId: string): StoreGuess | undefined {
    let stores = this.byId.get(facts);
    if (!stores) this.byId.set(facts, (stores = new Map(facts.stores.map((s) => [s.id, s]))));
    const store = stores.get(storeId);
    if (!store || ask.fulfilment !== 'PICKUP' || !store.active || !store.canPickup) return undefined;
    if (!isOpenAtLocal(store.hours, store.exceptions, localTime(ask.at, store.timeZone))) return undefined;
    return { storeId, distanceM: ask.point ? Math.round(spheroidDistanceM(ask.point, store)) : 0, epoch: facts.epoch };
  }
}

/** The nearest store that passes every test but stock, when that is certain. */
function nearest(facts: BookFacts, ask: GuessAsk): StoreGuess | undefined {
  const point = ask.point;
  if (!point) return undefined;
  // Delivery searches no farther than the farthest zone reaches (SEARCH_RADIUS in routing.repository.ts).
  const radiusM = ask.fulfilment === 'DELIVERY' ? Math.min(ask.radiusM, maxReach(facts)) : ask.radiusM;
  const candidates: { store: BookStore; sphereM: number }[] = [];
  const reachM = radiusM * SPHERE_BAND + 1;
  // Stores by latitude: only the band a search radius spans is looked at, however large the chain.
  const byLat = facts.stores;
  for (let i = firstAtOrAbove(byLat, point.lat - reachM / METRES_PER_DEGREE_LAT); i < byLat.length; i++) {
    const store = byLat[i]!;
    if (store.lat > point.lat + reachM / METRES_PER_DEGREE_LAT) break;
    if (!store.active || !(ask.fulfilment === 'DELIVERY' ? store.canDeliver : store.canPickup)) continue;
    const sphereM = geodesicDistanceM(point, store);
    if (sphereM <= reachM) candidates.push({ store, sphereM });
  }
  candidates.sort((a, b) => a.sphereM - b.sphereM);
  // The stores that pass or may pass, with their distances on the spheroid; the walk stops past the band of the first.
  const passing: { store: BookStore; distanceM: number; verdict: Verdict }[] = [];
  // A chain's stores share a zone or two: the instant's local time is worked out once per zone.
  const locals = new Map<string, LocalTime>();
  const local = (zone: string) => {
    let t = locals.get(zone);
    if (!t) locals.set(zone, (t = localTime(ask.at, zone)));
    return t;
  };
  for (const { store, sphereM } of candidates) {
    const first = passing[0];
    if (first && sphereM > (first.distanceM + DISTANCE_SLACK_M) * SPHERE_BAND + 1) break;
    const distanceM = spheroidDistanceM(point, store);
    const verdict = serves(store, ask, point, distanceM, radiusM, local);
    if (verdict !== false) {
      passing.push({ store, distanceM, verdict });
      passing.sort((a, b) => a.distanceM - b.distanceM);
    }
  }
  const [first, second] = passing;
  if (!first || first.verdict !== true) return undefined;
  // Two stores equally near: routing breaks the tie by id and stock, which only the database knows.
  if (second && second.distanceM - first.distanceM < DISTANCE_SLACK_M) return undefined;
  return { storeId: first.store.id, distanceM: Math.round(first.distanceM), epoch: facts.epoch };
}

/**
 * Whether the store serves this point and fulfilment then, stock aside (routing.repository.ts's `eligible`): false
 * when any test fails for certain, undefined when none does but one cannot be sure.
 */
function serves(
  store: BookStore,
  ask: GuessAsk,
  point: LatLng,
  distanceM: number,
  radiusM: number,
  local: (zone: string) => LocalTime,
): Verdict {
  const inRadius = within(distanceM, radiusM);
  if (inRadius === false) return false;
  const delivers = ask.fulfilment === 'DELIVERY' ? deliversHere(store, point, distanceM) : true;
  if (delivers === false) return false;
  if (!isOpenAtLocal(store.hours, store.exceptions, local(store.timeZone))) return false;
  return inRadius && delivers;
}

function deliversHere(store: BookStore, point: LatLng, distanceM: number): Verdict {
  if (store.deliveryRadiusM !== null) return within(distanceM, store.deliveryRadiusM);
  if (!store.zone) return false;
  const reach = within(distanceM, store.deliveryReachM);
  if (reach === false) return false;
  const covers = zoneCovers(store.zone, point);
  return covers === false ? false : reach && covers;
}

const METRES_PER_DEGREE_LAT = 110_574; // the least there is (at the equator): the band is never too narrow

/** The index of the first store at or north of `lat` (binary search; the book's stores are sorted by latitude). */
function firstAtOrAbove(stores: BookStore[], lat: number): number {
  let lo = 0;
  let hi = stores.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (stores[mid]!.lat < lat) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const reaches = new WeakMap<BookFacts, number>();
function maxReach(facts: BookFacts): number {
  let reach = reaches.get(facts);
  if (reach === undefined) reaches.set(facts, (reach = facts.stores.reduce((m, s) => Math.max(m, s.deliveryReachM), 0)));
  return reach;
}
