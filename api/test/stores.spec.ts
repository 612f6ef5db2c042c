// HQ managing the network: stores with hours and zones, GCJ-02 at the edge, and all-or-nothing imports.
import { wgs84ToGcj02 } from '@linli/geo-data';
import { print } from 'graphql';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../src/common/sql';
import {
  CreateStoreDocument,
  ImportStoreNetworkDocument,
  StoreDocument,
  StoresDocument,
  UpdateStoreDocument,
  type StoreInput,
} from './generated/graphql';
import { ALL_DAY, squareZone, uniqueCode } from './fixtures';
import { startTestApp, type TestApp } from './harness';

const storeInput = (overrides: Partial<StoreInput> = {}): StoreInput => ({
  code: uniqueCode('S'),
  name: '邻里便利 测试店',
  city: '上海',
  address: '上海市黄浦区南京东路 1 号',
  location: { lat: 31.2376, lng: 121.4852, system: 'WGS84' },
  timeZone: 'Asia/Shanghai',
  capabilities: ['PICKUP', 'DELIVERY'],
  hours: ALL_DAY,
  exceptions: [],
  deliveryZone: squareZone(31.2376, 121.4852, 1500),
  ...overrides,
});

const feature = (code: string, lat: number, lng: number, extra: Record<string, unknown> = {}) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [lng, lat] },
  properties: {
    code,
    name: `店 ${code}`,
    city: '杭州',
    address: '杭州市西湖区',
    timeZone: 'Asia/Shanghai',
    status: 'ACTIVE',
    capabilities: ['PICKUP', 'DELIVERY'],
    hours: ALL_DAY,
    exceptions: [],
    deliveryRadiusM: 2500,
    ...extra,
  },
});

/** A closed ring of `n` positions around the test store (31.2376, 121.4852) moved `east` degrees, `r` degrees out. */
function circle(n: number, r = 0.01, east = 0): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < n - 1; i++) {
    const a = (2 * Math.PI * i) / (n - 1);
    out.push([Number((121.4852 + east + r * Math.cos(a)).toFixed(6)), Number((31.2376 + r * Math.sin(a)).toFixed(6))]);
  }
  out.push(out[0]!);
  return out;
}

describe('managing stores', () => {
  let t: TestApp;
  let hq: string;
  const storeCount = async () => Number((await query<{ n: string }>(t.em(), `SELECT count(*) AS n FROM store`, {}))[0]!.n);

  beforeAll(async () => {
    t = await startTestApp();
    hq = t.tokens.hq();
  });
  afterAll(() => t?.close());

  it('creates a store from a GCJ-02 point, stores WGS-84, and gives both back', async () => {
    const wgs = { lat: 31.2304, lng: 121.4737 };
    const gcj = wgs84ToGcj02(wgs);
    const { createStore } = await t.ok(CreateStoreDocument, { input: storeInput({ location: { ...gcj, system: 'GCJ02' } }) }, hq);
    expect(createStore.__typename).toBe('Store');
    if (createStore.__typename !== 'Store') return;
    expect(createStore.wgs.lat).toBeCloseTo(wgs.lat, 6);
    expect(createStore.wgs.lng).toBeCloseTo(wgs.lng, 6);
    expect(createStore.gcj).toMatchObject({ system: 'GCJ02' });
    expect(createStore.gcj.lat).toBeCloseTo(gcj.lat, 6);
    expect(createStore.gcj.lng).toBeCloseTo(gcj.lng, 6);
    const [row] = await query<{ lat: number; lng: number }>(
      t.em(),
      `SELECT ST_Y(location::geometry) AS lat, ST_X(location::geometry) AS lng FROM store WHERE id = :id`,
      { id: createStore.id },
    );
    expect(row!.lat).toBeCloseTo(wgs.lat, 6);
    expect(row!.lng).toBeCloseTo(wgs.lng, 6);
    expect(createStore.openNow).toBe(true);
  });

  it('refuses bad zones, hours and time zones with typed errors and writes nothing', async () => {
    const before = await storeCount();
    const bowtie = {
      type: 'Polygon',
      coordinates: [
        [
          [121.48, 31.23],
          [121.49, 31.24],
          [121.49, 31.23],
          [121.48, 31.24],
          [121.48, 31.23],
        ],
      ],
    };
    const open = {
      type: 'Polygon',
      coordinates: [
        [
          [121.48, 31.23],
          [121.49, 31.23],
          [121.49, 31.24],
          [121.48, 31.24],
        ],
      ],
    };
    const huge = squareZone(31.2376, 121.4852, 30_000);
    const cases: [Partial<StoreInput>, string][] = [
      [{ deliveryZone: bowtie }, 'INVALID_ZONE'],
      [{ deliveryZone: open }, 'INVALID_ZONE'],
      [{ deliveryZone: huge }, 'INVALID_ZONE'],
      [{ deliveryZone: { type: 'Point', coordinates: [121, 31] } }, 'INVALID_ZONE'],
      [{ deliveryZone: null, deliveryRadiusM: null }, 'INVALID_ZONE'],
      [{ hours: [{ weekday: 1, opens: '25:00', closes: '26:00' }] }, 'INVALID_HOURS'],
      [{ exceptions: [{ date: '2027-13-01', closed: true }] }, 'INVALID_HOURS'],
      [{ timeZone: 'Mars/Olympus' }, 'INVALID_TIME_ZONE'],
    ];
    for (const [overrides, code] of cases) {
      const { createStore } = await t.ok(CreateStoreDocument, { input: storeInput(overrides) }, hq);
      expect(createStore, JSON.stringify(overrides)).toMatchObject({ errorCode: code });
    }
    const bowtieResult = await t.ok(CreateStoreDocument, { input: storeInput({ deliveryZone: bowtie }) }, hq);
    expect(bowtieResult.createStore.__typename === 'InvalidZoneError' && bowtieResult.createStore.reason).toMatch(/Self-intersection/);
    const lat91 = await t.gql(CreateStoreDocument, { input: storeInput({ location: { lat: 91, lng: 121, system: 'WGS84' } }) }, hq);
    expect(lat91.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await storeCount()).toBe(before);
  });

  it('caps every zone at 5,000 vertices over all its rings, before any geometry maths: 400, never 500', async () => {
    const before = await storeCount();
    const post = async (deliveryZone: unknown) => {
      const res = await request(t.app)
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('authorization', `Bearer ${hq}`)
        .send({ query: print(CreateStoreDocument), variables: { input: storeInput({ deliveryZone }) } });
      return {
        status: res.status,
        body: res.body as { data?: { createStore?: { __typename: string } }; errors?: { extensions?: Record<string, unknown> }[] },
      };
    };
    const refusedForSize = (r: Awaited<ReturnType<typeof post>>) => {
      expect(r.status).toBe(400);
      expect(r.body.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        limit: 'vertices',
        max: 5000,
        variable: 'input.deliveryZone',
      });
    };
    // At the cap: a Polygon and a MultiPolygon of exactly 5,000 positions are stores.
    expect((await post({ type: 'Polygon', coordinates: [circle(5000)] })).body.data?.createStore?.__typename).toBe('Store');
    expect(
      (await post({ type: 'MultiPolygon', coordinates: [[circle(2500)], [circle(2500, 0.005, 0.03)]] })).body.data?.createStore?.__typename,
    ).toBe('Store');
    // One past it, in a shell, a hole or another part: refused before execution.
    refusedForSize(await post({ type: 'Polygon', coordinates: [circle(5001)] }));
    refusedForSize(await post({ type: 'Polygon', coordinates: [circle(4990), circle(11, 0.002)] }));
    refusedForSize(await post({ type: 'MultiPolygon', coordinates: [[circle(2500)], [circle(2501, 0.005, 0.03)]] }));
    refusedForSize(await post({ type: 'GeometryCollection', geometries: [{ type: 'Polygon', coordinates: [circle(5001)] }] }));
    // The 130,000-vertex polygon that overflowed the stack in zoneReachM (a 500).
    refusedForSize(await post({ type: 'Polygon', coordinates: [circle(130_000)] }));
    // Inside a network import too, named by the feature it is in.
    const importing = await request(t.app)
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', `Bearer ${hq}`)
      .send({
        query: print(ImportStoreNetworkDocument),
        variables: {
          featureCollection: {
            type: 'FeatureCollection',
            features: [
              feature(uniqueCode('IMP'), 31.2376, 121.4852),
              feature(uniqueCode('IMP'), 31.2376, 121.4852, {
                deliveryRadiusM: undefined,
                deliveryZone: { type: 'Polygon', coordinates: [circle(5001)] },
              }),
            ],
          },
        },
      });
    expect(importing.status).toBe(400);
    expect(importing.body.errors[0].extensions).toMatchObject({
      limit: 'vertices',
      variable: 'featureCollection.features.1.properties.deliveryZone',
    });
    expect(await storeCount()).toBe(before + 2);
  });

  it('refuses a duplicate code, and updates hours and zone while keeping the rest', async () => {
    const input = storeInput();
    const created = await t.ok(CreateStoreDocument, { input }, hq);
    const dup = await t.ok(CreateStoreDocument, { input }, hq);
    expect(dup.createStore).toMatchObject({ errorCode: 'DUPLICATE_STORE_CODE' });
    const id = created.createStore.__typename === 'Store' ? created.createStore.id : '';
    const { updateStore } = await t.ok(
      UpdateStoreDocument,
      {
        id,
        input: {
          hours: [{ weekday: 3, opens: '22:00', closes: '06:00' }],
          exceptions: [{ date: '2026-12-25', closed: true }],
          deliveryRadiusM: 1500,
        },
      },
      hq,
    );
    expect(updateStore).toMatchObject({ __typename: 'Store', name: input.name, deliveryZone: null, deliveryRadiusM: 1500, openNow: false });
    const spans = await query<{ weekday: number; opens_min: number; closes_min: number }>(
      t.em(),
      `SELECT weekday, opens_min, closes_min FROM store_hours WHERE store_id = :id ORDER BY weekday`,
      { id },
    );
    expect(spans).toEqual([
      { weekday: 3, opens_min: 1320, closes_min: 1440 },
      { weekday: 4, opens_min: 0, closes_min: 360 },
    ]);
    const badUpdate = await t.ok(UpdateStoreDocument, { id, input: { timeZone: 'Nowhere/Land' } }, hq);
    expect(badUpdate.updateStore).toMatchObject({ errorCode: 'INVALID_TIME_ZONE' });
    const still = await t.ok(StoreDocument, { id });
    expect(still.store?.timeZone).toBe('Asia/Shanghai');
    const missing = await t.ok(UpdateStoreDocument, { id: '00000000-0000-4000-8000-000000000999', input: { name: 'x' } }, hq);
    expect(missing.updateStore).toMatchObject({ errorCode: 'STORE_NOT_FOUND' });
    const notAnId = await t.ok(UpdateStoreDocument, { id: 'SH-001', input: { name: 'x' } }, hq);
    expect(notAnId.updateStore).toMatchObject({ errorCode: 'STORE_NOT_FOUND' });
    expect((await t.ok(StoreDocument, { id: 'SH-001' })).store).toBeNull();
  });

  it('imports a FeatureCollection all-or-nothing, listing every bad feature', async () => {
    const before = await storeCount();
    const codes = [uniqueCode('IMP'), uniqueCode('IMP'), uniqueCode('IMP')];
    const bad = {
      type: 'FeatureCollection',
      features: [
        feature(codes[0]!, 30.27, 120.15),
        feature(codes[1]!, 30.28, 120.16, { timeZone: 'Bad/Zone' }),
        feature(codes[2]!, 30.29, 120.17, {
          deliveryRadiusM: undefined,
          deliveryZone: {
            type: 'Polygon',
            coordinates: [
              [
                [120.17, 30.29],
                [120.18, 30.3],
                [120.18, 30.29],
                [120.17, 30.3],
                [120.17, 30.29],
              ],
            ],
          },
        }),
        { type: 'Feature', geometry: null, properties: {} },
      ],
    };
    const rejected = await t.ok(ImportStoreNetworkDocument, { featureCollection: bad }, hq);
    expect(rejected.importStoreNetwork.__typename).toBe('NetworkImportRejected');
    if (rejected.importStoreNetwork.__typename === 'NetworkImportRejected') {
      expect(rejected.importStoreNetwork.featureErrors.map((e) => [e.index, e.errorCode])).toEqual([
        [1, 'INVALID_TIME_ZONE'],
        [2, 'INVALID_ZONE'],
        [3, 'NETWORK_IMPORT_REJECTED'],
      ]);
    }
    expect(await storeCount()).toBe(before);

    const good = { type: 'FeatureCollection', features: [feature(codes[0]!, 30.27, 120.15), feature(codes[1]!, 30.28, 120.16)] };
    const first = await t.ok(ImportStoreNetworkDocument, { featureCollection: good }, hq);
    expect(first.importStoreNetwork).toMatchObject({ __typename: 'NetworkImported', created: 2, updated: 0 });
    const again = await t.ok(ImportStoreNetworkDocument, { featureCollection: good }, hq);
    expect(again.importStoreNetwork).toMatchObject({ __typename: 'NetworkImported', created: 0, updated: 2 });
    expect(await storeCount()).toBe(before + 2);
  });

  it('lists stores by code, a page at a time, capped at 100', async () => {
    const page = await t.ok(StoresDocument, { first: 2 });
    expect(page.stores.nodes).toHaveLength(2);
    const next = await t.ok(StoresDocument, { first: 2, after: page.stores.pageInfo.endCursor });
    expect(next.stores.nodes[0]!.code > page.stores.nodes[1]!.code).toBe(true);
    const capped = await t.gql(StoresDocument, { first: 500 });
    expect(capped.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const forged = await t.gql(StoresDocument, { first: 2, after: 'not-a-cursor' });
    expect(forged.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
