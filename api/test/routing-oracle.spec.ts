// Routing against a brute-force oracle: random stores, zones, hours, statuses and stock around Shanghai;
// for random points and carts the API must pick exactly the nearest eligible store.
import { mulberry32 } from '@linli/geo-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../src/common/sql';
import { isOpenAt, normaliseExceptions, normaliseWeeklyHours } from '../src/modules/store/opening-hours';
import { StoreStatus, type Store } from '../src/modules/store/store.entity';
import { RouteCartDocument } from './generated/graphql';
import { makeSkus, setStock } from './fixtures';
import { randomNetwork } from './random-network';
import { startTestApp, type TestApp } from './harness';

const rand = mulberry32(2026);
const network = randomNetwork(rand);
const between = network.between;
const randomPoint = network.point;

describe('routing matches a brute-force oracle', () => {
  let t: TestApp;
  let skus: string[];
  let stores: Store[];
  const stock = new Map<string, number>();

  beforeAll(async () => {
    // 300 routings from one address: the anonymous rate limit (its own tests in routing-flood.spec) is not this file's subject.
    t = await startTestApp({ env: { ANONYMOUS_ROUTING_LIMIT: '100000' } });
    const em = t.em();
    skus = await makeSkus(em, 4);
    stores = [];
    // More stores than the KNN window, so both routing phases (window walk, stock-holder search) are exercised.
    for (let i = 0; i < 150; i++) {
      const store = await network.store(em);
      stores.push(store);
      for (const sku of skus) {
        if (rand() < 0.6) {
          const units = Math.floor(between(0, 6));
          await setStock(em, store.id, sku, units);
          stock.set(`${store.id}|${sku}`, units);
        }
      }
    }
  });
  afterAll(() => t?.close());

  /** Eligibility from first principles: JS hours, our stock map; zone cover and distance by full scan, no index. */
  async function oracle(
    point: { lat: number; lng: number },
    fulfilment: 'DELIVERY' | 'PICKUP',
    lines: { skuId: string; quantity: number }[],
  ) {
    const pt = `SRID=4326;POINT(${point.lng} ${point.lat})`;
    const rows = await query<{ id: string; d: number; covers: boolean }>(
      t.em(),
      `SELECT id, ST_Distance(location, :pt::geography) AS d,
              CASE WHEN delivery_radius_m IS NOT NULL THEN ST_Distance(location, :pt::geography) <= delivery_radius_m
                   ELSE coalesce(ST_Covers(delivery_area, :pt::geography), false) END AS covers
         FROM store`,
      { pt },
    );
    const facts = new Map(rows.map((r) => [r.id, r]));
    const now = t.clock.now();
    const eligible = stores.filter((s) => {
      const f = facts.get(s.id)!;
      const spans = normaliseWeeklyHours(s.hours);
      const ex = normaliseExceptions(s.exceptions);
      if (!spans.ok || !ex.ok) return false;
      return (
        s.status === StoreStatus.ACTIVE &&
        (fulfilment === 'DELIVERY' ? s.canDeliver && f.covers : s.canPickup && f.d <= t.config.pickupSearchRadiusM) &&
        isOpenAt(spans.value, ex.value, s.timeZone, now) &&
        lines.every((l) => (stock.get(`${s.id}|${l.skuId}`) ?? 0) >= l.quantity)
      );
    });
    eligible.sort((a, b) => facts.get(a.id)!.d - facts.get(b.id)!.d);
    return eligible[0]?.id;
  }

  it('picks the true nearest eligible store for 300 random points and carts', async () => {
    let routedCount = 0;
    const instants = ['2026-11-18T04:00:00Z', '2026-11-18T15:30:00Z', '2026-11-18T19:00:00Z'];
    for (let i = 0; i < 300; i++) {
      t.clock.set(instants[i % instants.length]!);
      const point = randomPoint(10_000);
      const fulfilment = rand() < 0.5 ? 'DELIVERY' : 'PICKUP';
      const lines = skus.filter(() => rand() < 0.5).map((skuId) => ({ skuId, quantity: 1 + Math.floor(rand() * 3) }));
      if (lines.length === 0) lines.push({ skuId: skus[0]!, quantity: 1 });
      const expected = await oracle(point, fulfilment, lines);
      const { routeCart } = await t.ok(RouteCartDocument, {
        input: { lines, fulfilment, location: { ...point, system: 'WGS84' } },
      });
      if (expected) {
        routedCount++;
        expect(routeCart.__typename, `point ${i}`).toBe('RoutedToStore');
        if (routeCart.__typename === 'RoutedToStore') expect(routeCart.store.id, `point ${i}`).toBe(expected);
      } else {
        expect(routeCart.__typename, `point ${i}`).not.toBe('RoutedToStore');
      }
    }
    // The oracle must exercise both outcomes, or this test proves little.
    expect(routedCount).toBeGreaterThan(50);
    expect(routedCount).toBeLessThan(290);
  });
});
