// What the HQ console reads besides its own pages' APIs: store groups with their stores (filters and the rule
// editor's choices), and the pickup audit log of every store when the store filter is empty (null).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PickupAttemptsDocument, SaveStoreGroupDocument, StoreGroupsDocument } from './generated/graphql';
import { makeStore, uniqueCode } from './fixtures';
import { startTestApp, type TestApp } from './harness';

describe('store groups', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('lists every group by code with its stores, empty groups included; HQ only', async () => {
    const a = await makeStore(t.em(), { lat: 31.2, lng: 121.4 });
    const b = await makeStore(t.em(), { lat: 31.3, lng: 121.5 });
    const [east, west, empty] = [uniqueCode('G-EAST'), uniqueCode('G-WEST'), uniqueCode('G-EMPTY')];
    await t.ok(SaveStoreGroupDocument, { input: { code: west, name: '浦西', storeIds: [a.id, b.id] } }, t.tokens.hq());
    await t.ok(SaveStoreGroupDocument, { input: { code: east, name: '浦东', storeIds: [b.id] } }, t.tokens.hq());
    await t.ok(SaveStoreGroupDocument, { input: { code: empty, name: '空', storeIds: [] } }, t.tokens.hq());
    const { storeGroups } = await t.ok(StoreGroupsDocument, {}, t.tokens.hq());
    const mine = storeGroups.filter((g) => [east, west, empty].includes(g.code));
    expect(mine.map((g) => ({ code: g.code, name: g.name, storeIds: g.storeIds }))).toEqual([
      { code: east, name: '浦东', storeIds: [b.id] },
      { code: empty, name: '空', storeIds: [] },
      { code: west, name: '浦西', storeIds: [a.id, b.id].sort() },
    ]);
    const clerk = await t.gql(StoreGroupsDocument, {}, t.tokens.clerk(a.id));
    expect(clerk.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('reads the pickup audit log of every store with storeId null, as a cleared filter sends it', async () => {
    const res = await t.gql(PickupAttemptsDocument, { storeId: null, first: 5 }, t.tokens.hq());
    expect(res.errors).toBeUndefined();
    expect(res.data?.pickupAttempts.nodes).toEqual([]);
  });
});
