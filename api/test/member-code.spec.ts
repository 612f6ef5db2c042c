// The member code (一客一码): short-lived and only the shopper can get it, so a clerk can sign up exactly the
// shopper in front of them; and no shopper id in anything staff can read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BindShopperToStoreDocument,
  BindShopperToStoreFullDocument,
  CancelOrderDocument,
  MyMemberCodeDocument,
  StockMovementsDocument,
  OrderLogDocument,
} from './generated/graphql';
import { makeSkus, makeStore, setStock } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import { pay, pickupInput, placeCheckout } from './orders-helpers';

describe('member codes', () => {
  let t: TestApp;
  let storeA: string;
  let storeB: string;
  let sku: string;
  const start = '2026-11-18T04:00:00Z';

  const codeOf = async (token: string) => (await t.ok(MyMemberCodeDocument, {}, token)).myMemberCode;
  const bind = async (memberCode: string, clerkToken: string) =>
    (await t.ok(BindShopperToStoreDocument, { memberCode }, clerkToken)).bindShopperToStore;

  beforeAll(async () => {
    t = await startTestApp({ now: start });
    storeA = (await makeStore(t.em(), { lat: 31.25, lng: 121.455 })).id;
    storeB = (await makeStore(t.em(), { lat: 31.26, lng: 121.456 })).id;
    [sku] = (await makeSkus(t.em(), 1, 1500)) as [string];
    await setStock(t.em(), storeA, sku, 100);
  });
  afterAll(() => t?.close());

  it('gives the shopper a fresh code each time, valid for a minute, that a clerk can type or scan', async () => {
    const shopper = await t.newShopper();
    const first = await codeOf(shopper.token);
    expect(first.code).toMatch(/^[0-9]{18}$/);
    expect(first.display).toBe(first.code.replace(/(\d{6})(?=\d)/g, '$1 '));
    expect(first.qrToken).toContain(first.code);
    expect(first.expiresAt).toBe(new Date(Date.parse(start) + 60_000).toISOString());
    expect(JSON.stringify(first)).not.toContain(shopper.id);
    const second = await codeOf(shopper.token);
    expect(second.code).not.toBe(first.code);

    // Typed with its spaces at one store; the QR there again finds them this store's member (the first bind stays).
    expect(await bind(first.display, t.tokens.clerk(storeA))).toMatchObject({
      __typename: 'HomeStoreBinding',
      storeId: storeA,
      newlyBound: true,
      points: 0,
    });
    expect(await bind(second.qrToken, t.tokens.clerk(storeA))).toMatchObject({
      __typename: 'HomeStoreBinding',
      storeId: storeA,
      newlyBound: false,
    });
    // Only shoppers get codes; only clerks bind.
    expect((await t.gql(MyMemberCodeDocument, {}, t.tokens.clerk(storeA))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(BindShopperToStoreDocument, { memberCode: first.code }, shopper.token)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it("tells another store's clerk only that the code was already used: no store, no time, no points", async () => {
    const shopper = await t.newShopper();
    const code = await codeOf(shopper.token);
    const home = (await t.ok(BindShopperToStoreFullDocument, { memberCode: code.code }, t.tokens.clerk(storeA))).bindShopperToStore;
    expect(home).toMatchObject({ __typename: 'HomeStoreBinding', storeId: storeA, newlyBound: true });
    if (home.__typename !== 'HomeStoreBinding') throw new Error('not bound');

    // The same code, and a fresh one, at another store; the full answer, every field the schema offers.
    for (const shown of [code.code, (await codeOf(shopper.token)).qrToken]) {
      const res = await t.gql(BindShopperToStoreFullDocument, { memberCode: shown }, t.tokens.clerk(storeB));
      expect(res.errors).toBeUndefined();
      expect(res.data?.bindShopperToStore).toEqual({
        __typename: 'MemberCodeAlreadyUsedError',
        errorCode: 'MEMBER_CODE_ALREADY_USED',
        message: 'This member code was already used',
      });
      const seen = JSON.stringify(res);
      for (const secret of [storeA, home.storeCode, home.boundAt, shopper.id]) expect(seen).not.toContain(secret);
    }
    // Their own store's clerk still sees them (and the first bind stayed).
    expect(await bind((await codeOf(shopper.token)).code, t.tokens.clerk(storeA))).toMatchObject({
      __typename: 'HomeStoreBinding',
      storeId: storeA,
      newlyBound: false,
      points: 0,
    });
  });

  it("refuses a shopper's id, a made-up code and an expired code", async () => {
    const shopper = await t.newShopper();
    const clerk = t.tokens.clerk(storeB);
    expect(await bind(shopper.id, clerk)).toMatchObject({ __typename: 'MemberCodeNotFoundError', errorCode: 'MEMBER_CODE_NOT_FOUND' });
    expect(await bind('123456789012345678', clerk)).toMatchObject({ __typename: 'MemberCodeNotFoundError' });
    const code = await codeOf(shopper.token);
    try {
      t.clock.set(new Date(Date.parse(start) + 91_000));
      expect(await bind(code.code, clerk)).toMatchObject({ __typename: 'MemberCodeNotFoundError' });
    } finally {
      t.clock.set(start);
    }
    // Nothing was bound: the shopper's own fresh code still signs them up at their first store.
    expect(await bind((await codeOf(shopper.token)).code, clerk)).toMatchObject({ storeId: storeB, newlyBound: true });
  });

  it('shows no shopper id in the order log, refunds or stock journal staff read', async () => {
    const shopper = await t.newShopper();
    const placed = await placeCheckout(t, pickupInput(storeA, [{ skuId: sku, quantity: 1 }]), shopper.token);
    await pay(t, placed.checkout.id, shopper.token);
    await t.ok(CancelOrderDocument, { orderId: placed.orders[0]!.id }, shopper.token);

    const clerk = t.tokens.clerk(storeA);
    const logs = (await t.ok(OrderLogDocument, { id: placed.orders[0]!.id }, clerk)).order!;
    const journal = (await t.ok(StockMovementsDocument, { storeId: storeA, first: 100 }, clerk)).stockMovements.nodes;
    const seen = JSON.stringify({ logs, journal });
    expect(seen).not.toContain(shopper.id);
    // The shopper's steps are still told apart, by an opaque reference that is the same each time.
    const shopperActors = new Set([...logs.transitions, ...logs.refunds].map((x) => x.actor).filter((a) => a.startsWith('shopper:')));
    expect(shopperActors.size).toBe(1);
    expect([...shopperActors][0]).toMatch(/^shopper:[A-Za-z0-9_-]{12}$/);
    expect(logs.refunds.length).toBeGreaterThan(0);
    expect(journal.some((m) => shopperActors.has(m.actor))).toBe(true);
  });
});
