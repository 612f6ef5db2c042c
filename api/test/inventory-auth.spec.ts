// Stock adjustments with their journal, and who may do what: shoppers, clerks (own store only), HQ.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AdjustStockDocument,
  CreateStaffDocument,
  CreateStoreDocument,
  LoginShopperDocument,
  LoginStaffDocument,
  MeDocument,
  StockMovementsDocument,
  StoreStockDocument,
} from './generated/graphql';
import { makeSkus, makeStore } from './fixtures';
import { startTestApp, type TestApp } from './harness';

describe('stock and access', () => {
  let t: TestApp;
  let storeA: string;
  let storeB: string;
  let sku: string;

  beforeAll(async () => {
    t = await startTestApp();
    const em = t.em();
    storeA = (await makeStore(em, { lat: 31.2, lng: 121.4 })).id;
    storeB = (await makeStore(em, { lat: 31.21, lng: 121.41 })).id;
    [sku] = (await makeSkus(em, 1)) as [string];
  });
  afterAll(() => t?.close());

  const adjust = (storeId: string, delta: number, token: string) =>
    t.gql(AdjustStockDocument, { input: { storeId, skuId: sku, delta, reason: 'RECEIVED', note: 'delivery from DC' } }, token);

  it('lets a clerk adjust their own store and journals every change', async () => {
    const clerk = t.tokens.clerk(storeA);
    expect((await adjust(storeA, 12, clerk)).data?.adjustStock).toMatchObject({ __typename: 'StockLevel', onHand: 12, available: 12 });
    t.clock.set(new Date(t.clock.now().getTime() + 60_000));
    expect((await adjust(storeA, -5, clerk)).data?.adjustStock).toMatchObject({ onHand: 7 });
    const short = await adjust(storeA, -8, clerk);
    expect(short.data?.adjustStock).toMatchObject({ __typename: 'InsufficientStockError', errorCode: 'INSUFFICIENT_STOCK', available: 7 });
    const level = await t.ok(StoreStockDocument, { storeId: storeA }, clerk);
    expect(level.storeStock.nodes.map((n) => n.onHand)).toEqual([7]);
    const journal = await t.ok(StockMovementsDocument, { storeId: storeA, first: 1 }, clerk);
    expect(journal.stockMovements.nodes[0]).toMatchObject({
      deltaOnHand: -5,
      onHandAfter: 7,
      reason: 'RECEIVED',
      actor: 'staff:test-clerk',
    });
    const older = await t.ok(
      StockMovementsDocument,
      { storeId: storeA, first: 5, after: journal.stockMovements.pageInfo.endCursor },
      clerk,
    );
    expect(older.stockMovements.nodes.map((n) => n.deltaOnHand)).toEqual([12]);
  });

  it('never lets stock go negative under concurrent removals', async () => {
    const hq = t.tokens.hq();
    await adjust(storeB, 10, hq);
    const results = await Promise.all(Array.from({ length: 25 }, () => adjust(storeB, -1, hq)));
    const applied = results.filter((r) => r.data?.adjustStock?.__typename === 'StockLevel').length;
    expect(applied).toBe(10);
    const level = await t.ok(StoreStockDocument, { storeId: storeB }, hq);
    expect(level.storeStock.nodes[0]!.onHand).toBe(0);
  });

  it('refuses bad input and unknown things with clear errors, changing nothing', async () => {
    const hq = t.tokens.hq();
    const zero = await adjust(storeA, 0, hq);
    expect(zero.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknownSku = await t.gql(
      AdjustStockDocument,
      { input: { storeId: storeA, skuId: '00000000-0000-4000-8000-00000000beef', delta: 1, reason: 'RECEIVED' } },
      hq,
    );
    expect(unknownSku.data?.adjustStock).toMatchObject({ errorCode: 'UNKNOWN_SKU' });
    const notAnId = await t.gql(AdjustStockDocument, { input: { storeId: 'store-1', skuId: 'sku-1', delta: 1, reason: 'RECEIVED' } }, hq);
    expect(notAnId.data?.adjustStock).toMatchObject({ errorCode: 'STORE_NOT_FOUND' });
    const level = await t.ok(StoreStockDocument, { storeId: storeA }, hq);
    expect(level.storeStock.nodes.map((n) => n.onHand)).toEqual([7]);
  });

  it('keeps clerks inside their own store', async () => {
    const clerkA = t.tokens.clerk(storeA);
    const write = await adjust(storeB, 1, clerkA);
    expect(write.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const read = await t.gql(StoreStockDocument, { storeId: storeB }, clerkA);
    expect(read.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const journal = await t.gql(StockMovementsDocument, { storeId: storeB }, clerkA);
    expect(journal.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('gives shoppers and anonymous callers no staff powers', async () => {
    const anonymous = await adjust(storeA, 1, '');
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const shopper = await adjust(storeA, 1, t.tokens.shopper());
    expect(shopper.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const clerkCreatesStore = await t.gql(
      CreateStoreDocument,
      {
        input: {
          code: 'X',
          name: 'x',
          city: 'x',
          address: 'x',
          location: { lat: 31, lng: 121, system: 'WGS84' },
          capabilities: ['PICKUP'],
          hours: [],
        },
      },
      t.tokens.clerk(storeA),
    );
    expect(clerkCreatesStore.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const forged = await t.gql(MeDocument, {}, 'lnl1.eyJzdWIiOiJ4Iiwicm9sZSI6IkhRX0FETUlOIiwiZXhwIjo5OTk5OTk5OTk5fQ.AAAA');
    expect(forged.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('signs shoppers in with a wx.login code and staff with a password', async () => {
    const first = await t.ok(LoginShopperDocument, { code: 'dev:alice' });
    const again = await t.ok(LoginShopperDocument, { code: 'dev:alice' });
    expect(first.loginShopper.__typename).toBe('AuthPayload');
    if (first.loginShopper.__typename !== 'AuthPayload' || again.loginShopper.__typename !== 'AuthPayload') return;
    expect(again.loginShopper.me.id).toBe(first.loginShopper.me.id);
    const me = await t.ok(MeDocument, {}, first.loginShopper.token);
    expect(me.me).toMatchObject({ role: 'SHOPPER' });
    const badCode = await t.ok(LoginShopperDocument, { code: 'garbage' });
    expect(badCode.loginShopper).toMatchObject({ errorCode: 'WECHAT_LOGIN_FAILED', wechatErrcode: 40029 });

    const hq = t.tokens.hq();
    const created = await t.ok(
      CreateStaffDocument,
      { input: { username: 'clerk.a', displayName: 'A', password: 'correct horse battery', role: 'CLERK', storeId: storeA } },
      hq,
    );
    expect(created.createStaff).toMatchObject({ __typename: 'StaffMember', role: 'CLERK', storeId: storeA });
    const taken = await t.ok(
      CreateStaffDocument,
      { input: { username: 'clerk.a', displayName: 'A', password: 'correct horse battery', role: 'CLERK', storeId: storeA } },
      hq,
    );
    expect(taken.createStaff).toMatchObject({ errorCode: 'USERNAME_TAKEN' });
    const wrong = await t.ok(LoginStaffDocument, { username: 'clerk.a', password: 'wrong password!' });
    expect(wrong.loginStaff).toMatchObject({ errorCode: 'INVALID_CREDENTIALS' });
    const nobody = await t.ok(LoginStaffDocument, { username: 'nobody', password: 'wrong password!' });
    expect(nobody.loginStaff).toMatchObject({ errorCode: 'INVALID_CREDENTIALS' });
    const login = await t.ok(LoginStaffDocument, { username: 'clerk.a', password: 'correct horse battery' });
    expect(login.loginStaff).toMatchObject({ __typename: 'AuthPayload', me: { role: 'CLERK', storeId: storeA } });
    if (login.loginStaff.__typename !== 'AuthPayload') return;
    const own = await adjust(storeA, 1, login.loginStaff.token);
    expect(own.data?.adjustStock).toMatchObject({ __typename: 'StockLevel' });
    const other = await adjust(storeB, 1, login.loginStaff.token);
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
