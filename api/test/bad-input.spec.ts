// Bad input gets a clear typed 4xx and changes nothing: forged cursors, NUL characters and unpaired surrogates
// in any text, zones PostGIS cannot use, bodies the REST routes cannot read; and closed days really close.
import { print } from 'graphql';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { isDatabaseError } from '../src/common/http-errors';
import { encodeCursor } from '../src/common/pagination';
import { query } from '../src/common/sql';
import { MARK_CARRIED_HOURS } from '../src/migrations/20261129a-hours-carried';
import {
  CheckoutDocument,
  CreateStoreDocument,
  LoginStaffDocument,
  NearbyStoresDocument,
  StoreDocument,
  type StoreInput,
} from './generated/graphql';
import { ALL_DAY, makeSkus, makeStore, setStock, squareZone, uniqueCode } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import { count, pickupInput } from './orders-helpers';

const LAT = 31.31;
const LNG = 121.61;

const storeInput = (overrides: Partial<StoreInput> = {}): StoreInput => ({
  code: uniqueCode('B'),
  name: '邻里便利 输入测试店',
  city: '上海',
  address: '上海市浦东新区 1 号',
  location: { lat: LAT, lng: LNG, system: 'WGS84' },
  timeZone: 'Asia/Shanghai',
  capabilities: ['PICKUP', 'DELIVERY'],
  hours: ALL_DAY,
  exceptions: [],
  deliveryZone: squareZone(LAT, LNG, 1500),
  ...overrides,
});

describe('bad input', () => {
  let t: TestApp;
  let storeId: string;
  let sku: string;
  const stores = async () => count(t, `SELECT count(*) AS n FROM store`);
  const checkouts = async () => count(t, `SELECT count(*) AS n FROM checkout`);

  beforeAll(async () => {
    t = await startTestApp();
    storeId = (await makeStore(t.em(), { lat: LAT, lng: LNG })).id;
    [sku] = await makeSkus(t.em(), 1, 800);
    await setStock(t.em(), storeId, sku!, 10);
  });
  afterAll(() => t?.close());

  it('refuses a forged cursor offset of 1e12 as BAD_USER_INPUT', async () => {
    const res = await t.gql(NearbyStoresDocument, {
      location: { lat: LAT, lng: LNG, system: 'WGS84' },
      first: 5,
      after: encodeCursor({ o: 1e12 }),
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses NUL characters and unpaired surrogates in any text before anything runs', async () => {
    const shopper = t.tokens.shopper();
    const before = await checkouts();
    const cases = [
      pickupInput(storeId, [{ skuId: sku!, quantity: 1 }], { contact: { name: '王\u0000小明', phone: '13800138000' } }),
      pickupInput(storeId, [{ skuId: sku!, quantity: 1 }], { remark: 'ring twice\u0000' }),
      pickupInput(storeId, [{ skuId: sku!, quantity: 1 }], { remark: 'half an emoji \ud83d' }),
    ];
    for (const input of cases) {
      const res = await request(t.app)
        .post('/graphql')
        .set('authorization', `Bearer ${shopper}`)
        .send({ query: print(CheckoutDocument), variables: { input } });
      expect(res.status, JSON.stringify(input)).toBe(400);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    // A literal in the document is text too.
    const literal = await request(t.app)
      .post('/graphql')
      .send({ query: 'mutation { loginStaff(username: "hq\\u0000", password: "x") { __typename } }' });
    expect(literal.status).toBe(400);
    expect(literal.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await checkouts()).toBe(before);
  });

  it('never echoes SQL, even in development, when a login name cannot be stored', async () => {
    const res = await t.gql(LoginStaffDocument, { username: 'hq\u0000', password: 'linli-hq-demo' });
    const text = JSON.stringify(res);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(text).not.toMatch(/select|staff_account|from "|where /i);
  });

  it('recognises database errors, which development answers must not show, wherever GraphQL wraps them', async () => {
    const fault = await t
      .em()
      .execute(`SELECT * FROM no_such_table WHERE secret = 'x'`)
      .catch((err: unknown) => err);
    expect(isDatabaseError(fault)).toBe(true);
    expect(isDatabaseError(new GraphQLError('wrapped', { originalError: fault as Error }))).toBe(true);
    expect(isDatabaseError(new Error('a plain fault'))).toBe(false);
  });

  it('refuses a zone whose hole is larger than its shell, and one that leaves out its store, writing nothing', async () => {
    const before = await stores();
    const shell = squareZone(LAT, LNG, 500).coordinates[0]!;
    const hole = squareZone(LAT, LNG, 1000).coordinates[0]!;
    const holeTooBig = { type: 'Polygon', coordinates: [shell, hole] };
    const elsewhere = squareZone(LAT + 0.05, LNG, 1000);
    for (const deliveryZone of [holeTooBig, elsewhere]) {
      const res = await request(t.app)
        .post('/graphql')
        .set('authorization', `Bearer ${t.tokens.hq()}`)
        .send({ query: print(CreateStoreDocument), variables: { input: storeInput({ deliveryZone }) } });
      expect(res.status).toBe(200);
      expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
      expect(res.body.data.createStore).toMatchObject({ __typename: 'InvalidZoneError', errorCode: 'INVALID_ZONE' });
    }
    expect(await stores()).toBe(before);
  });

  it('answers REST routes with JSON for bodies too large, unparsable or of the wrong type', async () => {
    const big = await request(t.app)
      .post('/payments/wechat/notify')
      .set('content-type', 'application/json')
      .send('x'.repeat(100 * 1024));
    expect(big.status).toBe(413);
    expect(big.headers['content-type']).toMatch(/json/);
    expect(big.body).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
    const wrongType = await request(t.app).post('/sandbox/wechatpay/pay').set('content-type', 'text/plain').send('prepayId=wx1');
    expect(wrongType.status).toBe(415);
    expect(wrongType.body).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
    const broken = await request(t.app).post('/sandbox/wechatpay/pay').set('content-type', 'application/json').send('{"prepayId": ');
    expect(broken.status).toBe(400);
    expect(broken.body).toMatchObject({ code: 'BAD_REQUEST' });
    expect(broken.text).not.toMatch(/<html|<pre|node_modules/i);
    const nowhere = await request(t.app).get('/no/such/route');
    expect(nowhere.status).toBe(404);
    expect(nowhere.body).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('keeps a store closed after midnight when the date before was closed, in SQL routing and on the store', async () => {
    const lat = 31.41;
    const lng = 121.71;
    // Tuesdays 22:00 to 02:00; Tuesday 2026-11-17 closed; the next Tuesday normal.
    const store = await makeStore(t.em(), {
      lat,
      lng,
      hours: [{ weekday: 2, opens: '22:00', closes: '02:00' }],
      exceptions: [{ date: '2026-11-17', closed: true }],
    });
    const openAt = async (instant: string) => {
      t.clock.set(instant);
      const near = await t.ok(NearbyStoresDocument, { location: { lat, lng, system: 'WGS84' }, first: 1 });
      const node = near.nearbyStores.nodes.find((n) => n.store.id === store.id);
      const own = await t.ok(StoreDocument, { id: store.id });
      return { routing: node?.openNow, store: own.store?.openNow };
    };
    try {
      expect(await openAt('2026-11-17T17:00:00Z')).toEqual({ routing: false, store: false }); // Wed 00:00-02:00 after a closed Tuesday
      expect(await openAt('2026-11-24T17:00:00Z')).toEqual({ routing: true, store: true }); // the next Wednesday 01:00
    } finally {
      t.clock.set('2026-11-18T04:00:00Z');
    }
  });

  it('marks the after-midnight tails of stores saved before the carried flag, and nothing else', async () => {
    const overnight = await makeStore(t.em(), { lat: 31.42, lng: 121.72, hours: [{ weekday: 7, opens: '20:00', closes: '01:30' }] });
    const allDay = await makeStore(t.em(), { lat: 31.43, lng: 121.73 });
    const rows = async (id: string) =>
      query<{ weekday: number; opens_min: number; carried: boolean }>(
        t.em(),
        `SELECT weekday, opens_min, carried FROM store_hours WHERE store_id = :id ORDER BY weekday`,
        { id },
      );
    const saved = { overnight: await rows(overnight.id), allDay: await rows(allDay.id) };
    expect(saved.overnight).toEqual([
      { weekday: 1, opens_min: 0, carried: true },
      { weekday: 7, opens_min: 1200, carried: false },
    ]);
    // As the rows were before the migration: nothing marked; the migration's backfill marks them again.
    await query(t.em(), `UPDATE store_hours SET carried = false WHERE store_id IN (:a, :b)`, { a: overnight.id, b: allDay.id });
    await t.em().execute(MARK_CARRIED_HOURS);
    expect(await rows(overnight.id)).toEqual(saved.overnight);
    expect(await rows(allDay.id)).toEqual(saved.allDay);
    expect(saved.allDay.every((r) => !r.carried)).toBe(true);
  });
});
