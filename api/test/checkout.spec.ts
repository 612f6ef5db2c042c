// Placing orders through GraphQL over HTTP: pricing, idempotent retries, splits, typed failures that leave
// nothing behind, and never overselling under 200 simultaneous checkouts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CheckoutDocument, UpdateStoreDocument } from './generated/graphql';
import { makeSkus, makeStore, setStock } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import { query } from '../src/common/sql';
import { count, deliveryInput, homeAndTwoStores, pickupInput, placeCheckout, stockOf } from './orders-helpers';

describe('checkout', () => {
  let t: TestApp;
  let shopper: string;
  let near: string;
  let far: string;
  let skus: string[];
  let home: { lat: number; lng: number };

  beforeAll(async () => {
    t = await startTestApp();
    shopper = (await t.newShopper()).token;
    ({ home, near, far, skus } = await homeAndTwoStores(t, 6, 1250));
  });
  afterAll(() => t?.close());

  it('places a delivery order at the nearest store with server prices, a tiered fee, and stock held', async () => {
    const placed = await placeCheckout(t, deliveryInput(home.lat, home.lng, [{ skuId: skus[0]!, quantity: 2 }]), shopper);
    expect(placed.checkout).toMatchObject({ state: 'PENDING_PAYMENT', goodsFen: 2500, deliveryFeeFen: 500, totalFen: 3000 });
    expect(placed.orders).toHaveLength(1);
    expect(placed.orders[0]).toMatchObject({ state: 'PENDING_PAYMENT', store: { id: near }, totalFen: 3000 });
    expect(placed.orders[0]!.lines[0]).toMatchObject({ unitPriceFen: 1250, quantity: 2, name: 'Test product' });
    expect(placed.checkout.outTradeNo).toMatch(/^[0-9A-Za-z_\-|*]{6,32}$/);
    expect(await stockOf(t, near, skus[0]!)).toEqual({ onHand: 20, reserved: 2 });
    // The payment timeout is the checkout's own deadline, for the sweeper (payment.spec): no outbox row, no job.
    expect(await count(t, `SELECT count(*) AS n FROM outbox WHERE payload->>'checkoutId' = :id`, { id: placed.checkout.id })).toBe(0);
    expect(placed.checkout.paymentExpiresAt).toBeTruthy();
  });

  it('returns the same checkout for a retried key, also when the retries race', async () => {
    const input = pickupInput(near, [{ skuId: skus[1]!, quantity: 1 }]);
    const results = await Promise.all(Array.from({ length: 5 }, () => t.ok(CheckoutDocument, { input }, shopper)));
    const ids = new Set(results.map((r) => (r.checkout.__typename === 'CheckoutPlaced' ? r.checkout.checkout.id : 'failed')));
    expect(ids.size).toBe(1);
    expect(ids.has('failed')).toBe(false);
    expect(results.filter((r) => r.checkout.__typename === 'CheckoutPlaced' && !r.checkout.replayed)).toHaveLength(1);
    const again = await placeCheckout(t, input, shopper);
    expect(again.replayed).toBe(true);
    expect(again.checkout.id).toBe([...ids][0]);
    expect(await stockOf(t, near, skus[1]!)).toEqual({ onHand: 20, reserved: 1 });

    const reused = await t.ok(CheckoutDocument, { input: { ...input, lines: [{ skuId: skus[1]!, quantity: 2 }] } }, shopper);
    expect(reused.checkout).toMatchObject({ __typename: 'IdempotencyKeyReusedError', errorCode: 'IDEMPOTENCY_KEY_REUSED' });

    // A retry after the first attempt took the last units still gets its checkout, not "out of stock".
    const [last] = await makeSkus(t.em(), 1, 1250);
    await setStock(t.em(), near, last!, 1);
    const lastUnit = pickupInput(near, [{ skuId: last!, quantity: 1 }]);
    const first = await placeCheckout(t, lastUnit, shopper);
    const retry = await placeCheckout(t, lastUnit, shopper);
    expect(retry).toMatchObject({ replayed: true, checkout: { id: first.checkout.id } });
  });

  it('splits a delivery cart over two stores: one checkout, one payment, one order per store, one fee', async () => {
    await setStock(t.em(), near, skus[2]!, 0);
    await setStock(t.em(), far, skus[3]!, 0);
    const placed = await placeCheckout(
      t,
      deliveryInput(home.lat, home.lng, [
        { skuId: skus[2]!, quantity: 1 },
        { skuId: skus[3]!, quantity: 3 },
      ]),
      shopper,
    );
    expect(placed.orders.map((o) => o.store.id).sort()).toEqual([near, far].sort());
    const byStore = Object.fromEntries(placed.orders.map((o) => [o.store.id, o]));
    expect(byStore[near]!.lines.map((l) => [l.skuId, l.quantity])).toEqual([[skus[3], 3]]);
    expect(byStore[far]!.lines.map((l) => [l.skuId, l.quantity])).toEqual([[skus[2], 1]]);
    expect(placed.checkout.deliveryFeeFen).toBe(placed.orders.reduce((s, o) => s + o.deliveryFeeFen, 0));
    expect(placed.orders.filter((o) => o.deliveryFeeFen > 0)).toHaveLength(1);
    expect(placed.checkout.totalFen).toBe(placed.orders.reduce((s, o) => s + o.totalFen, 0));
    expect(await stockOf(t, far, skus[2]!)).toEqual({ onHand: 20, reserved: 1 });
    expect(await stockOf(t, near, skus[3]!)).toEqual({ onHand: 20, reserved: 3 });
  });

  it('refuses with typed results and leaves nothing behind', async () => {
    const before = await count(t, `SELECT count(*) AS n FROM checkout`);
    const movements = await count(t, `SELECT count(*) AS n FROM stock_movement`);

    const priced = await t.ok(
      CheckoutDocument,
      { input: deliveryInput(home.lat, home.lng, [{ skuId: skus[4]!, quantity: 2 }], { expectedTotalFen: 2000 }) },
      shopper,
    );
    expect(priced.checkout).toMatchObject({
      __typename: 'PriceChangedError',
      errorCode: 'PRICE_CHANGED',
      expectedTotalFen: 2000,
      totalFen: 3000,
    });

    const small = await t.ok(CheckoutDocument, { input: deliveryInput(home.lat, home.lng, [{ skuId: skus[4]!, quantity: 1 }]) }, shopper);
    expect(small.checkout).toMatchObject({ __typename: 'BelowMinimumOrderError', minimumFen: 2000, goodsFen: 1250, storeId: near });

    const tooMany = await t.ok(CheckoutDocument, { input: pickupInput(near, [{ skuId: skus[4]!, quantity: 21 }]) }, shopper);
    expect(tooMany.checkout).toMatchObject({ __typename: 'NoStoreAvailable', errorCode: 'NO_STORE_AVAILABLE' });

    const farAway = await t.ok(CheckoutDocument, { input: deliveryInput(31.5, 121.9, [{ skuId: skus[4]!, quantity: 2 }]) }, shopper);
    expect(farAway.checkout.__typename).toBe('NoStoreAvailable');

    const unknown = await t.ok(
      CheckoutDocument,
      { input: pickupInput(near, [{ skuId: '00000000-0000-4000-8000-00000000dead', quantity: 1 }]) },
      shopper,
    );
    expect(unknown.checkout).toMatchObject({ __typename: 'UnknownSkuError' });

    const noAddress = await t.gql(
      CheckoutDocument,
      { input: { ...deliveryInput(home.lat, home.lng, [{ skuId: skus[4]!, quantity: 2 }]), address: null } },
      shopper,
    );
    expect(noAddress.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badPhone = await t.gql(
      CheckoutDocument,
      { input: pickupInput(near, [{ skuId: skus[4]!, quantity: 1 }], { contact: { name: 'x', phone: '12' } }) },
      shopper,
    );
    expect(badPhone.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const anonymous = await t.gql(CheckoutDocument, { input: pickupInput(near, [{ skuId: skus[4]!, quantity: 1 }]) });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const clerk = await t.gql(CheckoutDocument, { input: pickupInput(near, [{ skuId: skus[4]!, quantity: 1 }]) }, t.tokens.clerk(near));
    expect(clerk.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    expect(await count(t, `SELECT count(*) AS n FROM checkout`)).toBe(before);
    expect(await count(t, `SELECT count(*) AS n FROM stock_movement`)).toBe(movements);
    expect(await stockOf(t, near, skus[4]!)).toEqual({ onHand: 20, reserved: 0 });
  });

  it("charges by the store's own fee tiers and minimum, which HQ sets", async () => {
    const store = (await makeStore(t.em(), { lat: 29.87, lng: 121.54, deliveryRadiusM: 5000 })).id;
    const [sku] = await makeSkus(t.em(), 1, 1250);
    await setStock(t.em(), store, sku!, 50);
    const bad = await t.gql(
      UpdateStoreDocument,
      {
        id: store,
        input: {
          deliveryFeeTiers: [
            { upToM: 2000, feeFen: 300 },
            { upToM: 1000, feeFen: 700 },
          ],
        },
      },
      t.tokens.hq(),
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const set = await t.ok(
      UpdateStoreDocument,
      {
        id: store,
        input: {
          minOrderFen: 5000,
          deliveryFeeTiers: [
            { upToM: 1000, feeFen: 300 },
            { upToM: 2000, feeFen: 700 },
          ],
        },
      },
      t.tokens.hq(),
    );
    expect(set.updateStore).toMatchObject({
      minOrderFen: 5000,
      deliveryFeeTiers: [
        { upToM: 1000, feeFen: 300 },
        { upToM: 2000, feeFen: 700 },
      ],
    });
    // About 1.5 km north of the store.
    const at = { lat: 29.8835, lng: 121.54 };
    const small = await t.ok(CheckoutDocument, { input: deliveryInput(at.lat, at.lng, [{ skuId: sku!, quantity: 3 }]) }, shopper);
    expect(small.checkout).toMatchObject({ __typename: 'BelowMinimumOrderError', minimumFen: 5000, goodsFen: 3750 });
    const placed = await placeCheckout(t, deliveryInput(at.lat, at.lng, [{ skuId: sku!, quantity: 4 }]), shopper);
    expect(placed.checkout).toMatchObject({ goodsFen: 5000, deliveryFeeFen: 700, totalFen: 5700 });
  });

  it('charges what prices and terms are when the order is written, though this process read them earlier', async () => {
    // Another API process (or HQ's tools) changes them behind this process's price book.
    const store = (await makeStore(t.em(), { lat: 30.3, lng: 120.2, deliveryRadiusM: 5000 })).id;
    const [sku] = await makeSkus(t.em(), 1, 1000);
    await setStock(t.em(), store, sku!, 50);
    const at = { lat: 30.3, lng: 120.2085 }; // about 800 m east: the first fee tier
    const change = (sql: string) => query(t.em(), sql, { store, sku: sku! });

    const first = await placeCheckout(t, deliveryInput(at.lat, at.lng, [{ skuId: sku!, quantity: 3 }]), shopper);
    expect(first.checkout).toMatchObject({ goodsFen: 3000, deliveryFeeFen: 500, totalFen: 3500 });

    await change(`UPDATE sku SET price_fen = 1100 WHERE id = :sku::uuid`);
    await change(`UPDATE store SET delivery_fee_tiers = '[{"upToM": 3000, "feeFen": 600}]' WHERE id = :store::uuid`);
    const second = await placeCheckout(t, deliveryInput(at.lat, at.lng, [{ skuId: sku!, quantity: 3 }]), shopper);
    expect(second.checkout).toMatchObject({ goodsFen: 3300, deliveryFeeFen: 600, totalFen: 3900 });
    expect(second.orders[0]).toMatchObject({ totalFen: 3900 });

    // A client that already shows the new price is not told it changed, though the book may hold the old one.
    await change(`UPDATE sku SET price_fen = 1200 WHERE id = :sku::uuid`);
    const expected = await t.ok(
      CheckoutDocument,
      { input: deliveryInput(at.lat, at.lng, [{ skuId: sku!, quantity: 3 }], { expectedTotalFen: 4200 }) },
      shopper,
    );
    expect(expected.checkout).toMatchObject({ __typename: 'CheckoutPlaced', checkout: { totalFen: 4200 } });

    // Nor refused under a minimum that has since been lowered.
    await change(`UPDATE store SET min_order_fen = 10000 WHERE id = :store::uuid`);
    const refused = await t.ok(CheckoutDocument, { input: deliveryInput(at.lat, at.lng, [{ skuId: sku!, quantity: 3 }]) }, shopper);
    expect(refused.checkout).toMatchObject({ __typename: 'BelowMinimumOrderError', minimumFen: 10000 });
    await change(`UPDATE store SET min_order_fen = 1000 WHERE id = :store::uuid`);
    const lowered = await placeCheckout(t, deliveryInput(at.lat, at.lng, [{ skuId: sku!, quantity: 1 }]), shopper);
    expect(lowered.checkout).toMatchObject({ goodsFen: 1200, totalFen: 1800 });
    const [row] = await query<{ reserved: number }>(
      t.em(),
      `SELECT reserved FROM store_stock WHERE store_id = :store::uuid AND sku_id = :sku::uuid`,
      { store, sku: sku! },
    );
    expect(row!.reserved).toBe(3 + 3 + 3 + 1);
  });

  it('gives exactly 50 orders for 200 simultaneous checkouts of a SKU with 50 units, and never negative stock', async () => {
    const [hot] = await makeSkus(t.em(), 1, 3000);
    const store = (await makeStore(t.em(), { lat: 30.3, lng: 120.2, deliveryRadiusM: 3000 })).id;
    await setStock(t.em(), store, hot!, 50);
    const buyers = await Promise.all(Array.from({ length: 200 }, () => t.newShopper()));
    const results = await Promise.all(
      buyers.map((b) => t.ok(CheckoutDocument, { input: pickupInput(store, [{ skuId: hot!, quantity: 1 }]) }, b.token)),
    );
    const placed = results.filter((r) => r.checkout.__typename === 'CheckoutPlaced');
    expect(placed).toHaveLength(50);
    // Every loser got a typed answer, none a fault.
    for (const r of results) expect(['CheckoutPlaced', 'NoStoreAvailable', 'OutOfStockError']).toContain(r.checkout.__typename);
    expect(await stockOf(t, store, hot!)).toEqual({ onHand: 50, reserved: 50 });
    expect(await count(t, `SELECT count(*) AS n FROM customer_order WHERE store_id = :s::uuid`, { s: store })).toBe(50);
    expect(await count(t, `SELECT count(*) AS n FROM store_stock WHERE on_hand < 0 OR reserved < 0 OR reserved > on_hand`)).toBe(0);
  });
});
