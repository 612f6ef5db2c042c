// Random store networks around Shanghai for the routing specs: stores with radius or polygon zones, hours, statuses
// and time zones, drawn from a seeded generator so that a failure names a case that can be run again.
import type { EntityManager } from '@mikro-orm/postgresql';
import { StoreCapability, StoreStatus, type Store } from '../src/modules/store/store.entity';
import { makeStore } from './fixtures';

const CENTRE = { lat: 31.23, lng: 121.47 };
const metresToLat = (m: number) => m / 111_320;
const metresToLng = (m: number, lat: number) => m / (111_320 * Math.cos((lat * Math.PI) / 180));

const HOURS = [
  [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '00:00', closes: '24:00' })),
  [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '07:00', closes: '23:00' })),
  [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '18:00', closes: '02:00' })),
  [1, 2, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '09:00', closes: '21:00' })), // shut on Wednesdays
];

export function randomNetwork(rand: () => number, options: { holes?: boolean; closedShare?: number } = {}) {
  const between = (a: number, b: number) => a + rand() * (b - a);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;

  function point(spreadM: number) {
    return {
      lat: CENTRE.lat + metresToLat(between(-spreadM, spreadM)),
      lng: CENTRE.lng + metresToLng(between(-spreadM, spreadM), CENTRE.lat),
    };
  }

  /** A star-shaped polygon around the store (never self-intersecting), with `holes` sometimes a pond off the store. */
  function zone(lat: number, lng: number) {
    const n = 6 + Math.floor(rand() * 6);
    const ring = Array.from({ length: n }, (_, i) => {
      const angle = (2 * Math.PI * i) / n;
      const r = between(1200, 4000);
      return [lng + metresToLng(r * Math.cos(angle), lat), lat + metresToLat(r * Math.sin(angle))];
    });
    const coordinates = [[...ring, ring[0]!]];
    if (options.holes && rand() < 0.3) {
      // Inside the ring's least radius and clear of the store (a zone must contain its store).
      const pond = { lat: lat + metresToLat(700), lng };
      coordinates.push(
        Array.from({ length: 7 }, (_, i) => {
          const angle = (-2 * Math.PI * (i % 6)) / 6;
          return [pond.lng + metresToLng(300 * Math.cos(angle), pond.lat), pond.lat + metresToLat(300 * Math.sin(angle))];
        }),
      );
    }
    return { type: 'Polygon' as const, coordinates };
  }

  async function store(em: EntityManager): Promise<Store> {
    const p = point(9000);
    const caps: StoreCapability[] = pick([
      [StoreCapability.PICKUP, StoreCapability.DELIVERY],
      [StoreCapability.PICKUP],
      [StoreCapability.DELIVERY],
    ]);
    const delivery = caps.includes(StoreCapability.DELIVERY)
      ? rand() < 0.7
        ? { deliveryZone: zone(p.lat, p.lng) }
        : { deliveryRadiusM: Math.round(between(1000, 4000)) }
      : {};
    return makeStore(em, {
      ...p,
      ...delivery,
      capabilities: caps,
      status: rand() < 0.1 ? pick([StoreStatus.PAUSED, StoreStatus.CLOSED]) : StoreStatus.ACTIVE,
      hours: pick(HOURS),
      exceptions: rand() < (options.closedShare ?? 0.1) ? [{ date: '2026-11-18', closed: true }] : [],
      timeZone: rand() < 0.1 ? 'Europe/London' : 'Asia/Shanghai',
    });
  }

  return { between, pick, point, store };
}
