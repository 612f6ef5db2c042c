// Routing edge cases a shopper meets: zone borders, closed stores, other time zones, splits, and the reasons given.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../src/common/sql';
import { StoreCapability } from '../src/modules/store/store.entity';
import { AvailabilityDocument, NearbyStoresDocument, RouteCartDocument } from './generated/graphql';
import { makeSkus, makeStore, setStock, squareZone } from './fixtures';
import { startTestApp, type TestApp } from './harness';

/** A point `metres` from (lat, lng) along an azimuth, computed on the spheroid by PostGIS. */
async function project(t: TestApp, lat: number, lng: number, metres: number, azimuthDeg: number) {
  const [row] = await query<{ lat: number; lng: number }>(
    t.em(),
    `SELECT ST_Y(p::geometry) AS lat, ST_X(p::geometry) AS lng
       FROM (SELECT ST_Project(:pt::geography, :m::float8, radians(:az::float8)) AS p) x`,
    { pt: `SRID=4326;POINT(${lng} ${lat})`, m: metres, az: azimuthDeg },
  );
  return { lat: row!.lat, lng: row!.lng, system: 'WGS84' as const };
}

describe('routing cases', () => {
  let t: TestApp;
  let sku: string;
  let sku2: string;
  // An isolated area of its own (Hangzhou) so stores here do not interfere with each other's tests.
  const base = { lat: 30.25, lng: 120.16 };

  beforeAll(async () => {
    t = await startTestApp();
    [sku, sku2] = (await makeSkus(t.em(), 2)) as [string, string];
  });
  afterAll(() => t?.close());

  it('delivers just inside a radius zone and refuses just outside it, saying why', async () => {
    const em = t.em();
    const store = await makeStore(em, { ...base, deliveryRadiusM: 2000 });
    await setStock(em, store.id, sku, 5);
    const lines = [{ skuId: sku, quantity: 1 }];
    const inside = await project(t, base.lat, base.lng, 1999, 30);
    const outside = await project(t, base.lat, base.lng, 2001, 30);
    const a = await t.ok(RouteCartDocument, { input: { lines, fulfilment: 'DELIVERY', location: inside } });
    expect(a.routeCart.__typename).toBe('RoutedToStore');
    const b = await t.ok(RouteCartDocument, { input: { lines, fulfilment: 'DELIVERY', location: outside } });
    expect(b.routeCart.__typename).toBe('NoStoreAvailable');
    if (b.routeCart.__typename === 'NoStoreAvailable') {
      expect(b.routeCart.errorCode).toBe('NO_STORE_AVAILABLE');
      expect(b.routeCart.candidates.find((c) => c.store.id === store.id)?.reasons).toEqual(['OUT_OF_ZONE']);
    }
    await query(em, `UPDATE store SET status = 'CLOSED' WHERE id = :id`, { id: store.id });
  });

  it('follows a polygon edge: a metre inside delivers, a metre outside does not', async () => {
    const em = t.em();
    const centre = { lat: base.lat + 0.2, lng: base.lng };
    const zone = squareZone(centre.lat, centre.lng, 1500);
    const store = await makeStore(em, { ...centre, deliveryZone: zone });
    await setStock(em, store.id, sku, 5);
    const east = zone.coordinates[0]![1]![0]!; // longitude of the east edge
    const mPerDegLng = 111_320 * Math.cos((centre.lat * Math.PI) / 180);
    const lines = [{ skuId: sku, quantity: 1 }];
    const at = (dx: number) => ({ lat: centre.lat, lng: east + dx / mPerDegLng, system: 'WGS84' as const });
    expect((await t.ok(RouteCartDocument, { input: { lines, fulfilment: 'DELIVERY', location: at(-1) } })).routeCart.__typename).toBe(
      'RoutedToStore',
    );
    expect((await t.ok(RouteCartDocument, { input: { lines, fulfilment: 'DELIVERY', location: at(1) } })).routeCart.__typename).toBe(
      'NoStoreAvailable',
    );
    await query(em, `UPDATE store SET status = 'CLOSED' WHERE id = :id`, { id: store.id });
  });

  it('skips a closed store for the next open one, and takes a scheduled order for its opening time', async () => {
    const em = t.em();
    const centre = { lat: base.lat + 0.4, lng: base.lng };
    const nightOnly = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '20:00', closes: '23:00' }));
    const near = await makeStore(em, { ...centre, hours: nightOnly, deliveryRadiusM: 5000 });
    const far = await makeStore(em, { lat: centre.lat + 0.01, lng: centre.lng, deliveryRadiusM: 5000 });
    for (const s of [near, far]) await setStock(em, s.id, sku, 5);
    const input = {
      lines: [{ skuId: sku, quantity: 1 }],
      fulfilment: 'DELIVERY' as const,
      location: { ...centre, system: 'WGS84' as const },
    };
    t.clock.set('2026-11-18T04:00:00Z'); // 12:00 in Shanghai
    const now = await t.ok(RouteCartDocument, { input });
    expect(now.routeCart.__typename === 'RoutedToStore' && now.routeCart.store.id).toBe(far.id);
    const later = await t.ok(RouteCartDocument, { input: { ...input, scheduledAt: '2026-11-18T12:30:00Z' } }); // 20:30
    expect(later.routeCart.__typename === 'RoutedToStore' && later.routeCart.store.id).toBe(near.id);
    await query(em, `UPDATE store SET status = 'CLOSED' WHERE id = ANY(ARRAY[:a, :b]::uuid[])`, { a: near.id, b: far.id });
  });

  it("evaluates hours in each store's own time zone", async () => {
    const em = t.em();
    const centre = { lat: base.lat + 0.6, lng: base.lng };
    const office = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '09:00', closes: '17:00' }));
    const london = await makeStore(em, { ...centre, hours: office, timeZone: 'Europe/London' });
    const shanghai = await makeStore(em, { lat: centre.lat + 0.001, lng: centre.lng, hours: office });
    t.clock.set('2026-11-18T10:00:00Z'); // 10:00 in London, 18:00 in Shanghai
    const res = await t.ok(NearbyStoresDocument, { location: { ...centre, system: 'WGS84' }, first: 2 });
    const open = Object.fromEntries(res.nearbyStores.nodes.map((n) => [n.store.id, n.openNow]));
    expect(open[london.id]).toBe(true);
    expect(open[shanghai.id]).toBe(false);
    await query(em, `UPDATE store SET status = 'CLOSED' WHERE id = ANY(ARRAY[:a, :b]::uuid[])`, { a: london.id, b: shanghai.id });
  });

  it('proposes the fewest stores for a delivery no single store can fill, and names short lines for pickup', async () => {
    const em = t.em();
    t.clock.set('2026-11-18T04:00:00Z');
    const centre = { lat: base.lat + 0.8, lng: base.lng };
    const a = await makeStore(em, {
      ...centre,
      deliveryRadiusM: 5000,
      deliveryFeeTiers: [{ upToM: 5000, feeFen: 300 }],
      minOrderFen: 2000,
    });
    // b is ~556 m off: its second tier applies.
    const bTiers = [
      { upToM: 300, feeFen: 100 },
      { upToM: 5000, feeFen: 700 },
    ];
    const b = await makeStore(em, {
      lat: centre.lat + 0.005,
      lng: centre.lng,
      deliveryRadiusM: 5000,
      deliveryFeeTiers: bTiers,
      minOrderFen: 3000,
    });
    await setStock(em, a.id, sku, 10);
    await setStock(em, b.id, sku2, 10);
    const lines = [
      { skuId: sku, quantity: 2 },
      { skuId: sku2, quantity: 3 },
    ];
    const location = { ...centre, system: 'WGS84' as const };
    const split = await t.ok(RouteCartDocument, { input: { lines, fulfilment: 'DELIVERY', location } });
    expect(split.routeCart.__typename).toBe('SplitProposal');
    if (split.routeCart.__typename === 'SplitProposal') {
      const parts = split.routeCart.parts.map((p) => [p.store.id, p.lines.map((l) => l.skuId)]);
      expect(parts).toEqual([
        [a.id, [sku]],
        [b.id, [sku2]],
      ]);
      // One fee, as checkout charges it: b carries the most goods (3 × ¥5 against 2 × ¥5), so b's tier at its distance.
      const terms = split.routeCart.parts.map((p) => [p.store.id, p.lead, p.deliveryFeeFen, p.minOrderFen]);
      expect(terms).toEqual([
        [a.id, false, 0, 2000],
        [b.id, true, 700, 3000],
      ]);
      expect([split.routeCart.deliveryFeeFen, split.routeCart.minOrderFen]).toEqual([700, 3000]);
    }
    const pickup = await t.ok(RouteCartDocument, { input: { lines, fulfilment: 'PICKUP', location } });
    expect(pickup.routeCart.__typename).toBe('NoStoreAvailable');
    if (pickup.routeCart.__typename === 'NoStoreAvailable') {
      const nearest = pickup.routeCart.candidates[0]!;
      expect(nearest.store.id).toBe(a.id);
      expect(nearest.reasons).toEqual(['OUT_OF_STOCK']);
      expect(nearest.shortLines).toEqual([{ skuId: sku2, requested: 3, available: 0 }]);
      const where = pickup.routeCart.shortLines.map((l) => [l.skuId, l.availableAt.map((s) => s.store.id)]);
      expect(where).toEqual([
        [sku, [a.id]],
        [sku2, [b.id]],
      ]);
    }
    const chosen = await t.ok(RouteCartDocument, { input: { lines: [lines[1]!], fulfilment: 'PICKUP', storeId: a.id } });
    expect(chosen.routeCart.__typename).toBe('NoStoreAvailable');
    if (chosen.routeCart.__typename === 'NoStoreAvailable') {
      expect(chosen.routeCart.candidates.map((c) => c.store.id)).toEqual([a.id, b.id]);
    }
    const availability = await t.ok(AvailabilityDocument, { location, lines, fulfilment: 'DELIVERY' });
    expect(availability.availability.__typename).toBe('AvailabilityReport');
    if (availability.availability.__typename === 'AvailabilityReport') {
      const rows = availability.availability.stores.map((s) => [s.store.id, s.lines.map((l) => l.available), s.canServeCart]);
      expect(rows).toEqual([
        [a.id, [10, 0], false],
        [b.id, [0, 10], false],
      ]);
    }
  });

  it('answers unknown SKUs with a typed error and bad points with BAD_USER_INPUT', async () => {
    const unknown = '00000000-0000-4000-8000-00000000abcd';
    const res = await t.ok(RouteCartDocument, {
      input: { lines: [{ skuId: unknown, quantity: 1 }], fulfilment: 'PICKUP', location: { ...base, system: 'WGS84' } },
    });
    expect(res.routeCart).toMatchObject({ __typename: 'UnknownSkuError', errorCode: 'UNKNOWN_SKU', skuIds: [unknown] });
    const bad = await t.gql(RouteCartDocument, {
      input: { lines: [{ skuId: sku, quantity: 1 }], fulfilment: 'PICKUP', location: { lat: 91, lng: 120, system: 'WGS84' } },
    });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const zero = await t.gql(RouteCartDocument, {
      input: { lines: [{ skuId: sku, quantity: 0 }], fulfilment: 'PICKUP', location: { ...base, system: 'WGS84' } },
    });
    expect(zero.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('pages nearby stores by distance with a cursor and filters by fulfilment', async () => {
    const em = t.em();
    const centre = { lat: base.lat - 0.3, lng: base.lng };
    const made = [];
    for (let i = 0; i < 5; i++)
      made.push(
        await makeStore(em, {
          lat: centre.lat + 0.002 * (i + 1),
          lng: centre.lng,
          capabilities: i === 2 ? [StoreCapability.DELIVERY] : undefined,
        }),
      );
    const location = { ...centre, system: 'WGS84' as const };
    const first = await t.ok(NearbyStoresDocument, { location, first: 3 });
    expect(first.nearbyStores.pageInfo.hasNextPage).toBe(true);
    const second = await t.ok(NearbyStoresDocument, { location, first: 3, after: first.nearbyStores.pageInfo.endCursor });
    const ids = [...first.nearbyStores.nodes, ...second.nearbyStores.nodes].map((n) => n.store.id).slice(0, 5);
    expect(ids).toEqual(made.map((s) => s.id));
    const distances = first.nearbyStores.nodes.map((n) => n.distanceM);
    expect(distances).toEqual([...distances].sort((x, y) => x - y));
    const pickup = await t.ok(NearbyStoresDocument, { location, first: 5, fulfilment: 'PICKUP' });
    expect(pickup.nearbyStores.nodes.map((n) => n.store.id)).not.toContain(made[2]!.id);
    const tooMany = await t.gql(NearbyStoresDocument, { location, first: 101 });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
