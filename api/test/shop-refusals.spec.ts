// Every checkout refusal carries a next step the app can offer: outside every zone or below the minimum, the
// nearest store where the cart can be picked up instead, with its distance.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreCapability } from '../src/modules/store/store.entity';
import { makeSkus, makeStore, setStock } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import { deliveryInput, pickupInput } from './orders-helpers';
import { RefusalCheckoutDocument, RouteCartInsteadDocument } from './generated/graphql';

describe('checkout refusals with a next step', () => {
  let t: TestApp;
  let delivering: string;
  let counter: string;
  let empty: string;
  let sku: string;
  let cheap: string;
  let shopper: string;

  beforeAll(async () => {
    t = await startTestApp();
    shopper = (await t.newShopper()).token;
    // A store delivering 1 km around itself; 2.2 km east a pickup-only counter; beside it a store without the goods.
    delivering = (await makeStore(t.em(), { lat: 31.23, lng: 121.47, name: '人民广场店', deliveryRadiusM: 1000 })).id;
    counter = (await makeStore(t.em(), { lat: 31.23, lng: 121.493, name: '南京东路店', capabilities: [StoreCapability.PICKUP] })).id;
    empty = (await makeStore(t.em(), { lat: 31.2302, lng: 121.4932, name: '空店' })).id;
    [sku, cheap] = await makeSkus(t.em(), 2, 2500);
    await t.em().getConnection().execute(`UPDATE sku SET price_fen = 500 WHERE id = ?`, [cheap]);
    for (const s of [delivering, counter]) for (const k of [sku!, cheap!]) await setStock(t.em(), s, k, 10);
  });
  afterAll(async () => t?.close());

  it('outside every delivery zone: the nearest store that can hand the whole cart over, with its distance', async () => {
    const { checkout } = await t.ok(
      RefusalCheckoutDocument,
      { input: deliveryInput(31.2305, 121.4925, [{ skuId: sku!, quantity: 1 }]) },
      shopper,
    );
    expect(checkout.__typename).toBe('NoStoreAvailable');
    if (checkout.__typename !== 'NoStoreAvailable') return;
    expect(checkout.pickupInstead).toMatchObject({ fulfilment: 'PICKUP', store: { id: counter, name: '南京东路店' } });
    expect(checkout.pickupInstead!.distanceM).toBeGreaterThan(30);
    expect(checkout.pickupInstead!.distanceM).toBeLessThan(120);
    // The same answer before checkout, from routeCart.
    const { routeCart } = await t.ok(RouteCartInsteadDocument, {
      input: { lines: [{ skuId: sku!, quantity: 1 }], fulfilment: 'DELIVERY', location: { lat: 31.2305, lng: 121.4925, system: 'WGS84' } },
    });
    expect(routeCart).toMatchObject({ __typename: 'NoStoreAvailable', pickupInstead: { store: { id: counter } } });
  });

  it('below the delivery minimum: how much is missing, and pickup (which has no minimum) nearby', async () => {
    const { checkout } = await t.ok(
      RefusalCheckoutDocument,
      { input: deliveryInput(31.231, 121.471, [{ skuId: cheap!, quantity: 1 }]) },
      shopper,
    );
    expect(checkout).toMatchObject({ __typename: 'BelowMinimumOrderError', minimumFen: 2000, goodsFen: 500, shortFen: 1500 });
    if (checkout.__typename !== 'BelowMinimumOrderError') return;
    expect(checkout.pickupInstead).toMatchObject({ fulfilment: 'PICKUP', store: { id: delivering } });
  });

  it('a chosen pickup store that cannot serve the cart: the nearest one that can', async () => {
    const { checkout } = await t.ok(RefusalCheckoutDocument, { input: pickupInput(empty, [{ skuId: sku!, quantity: 2 }]) }, shopper);
    expect(checkout.__typename).toBe('NoStoreAvailable');
    if (checkout.__typename !== 'NoStoreAvailable') return;
    expect(checkout.pickupInstead).toMatchObject({ store: { id: counter } });
    // Nothing anywhere: no false promise.
    const none = await t.ok(RefusalCheckoutDocument, { input: pickupInput(empty, [{ skuId: sku!, quantity: 99 }]) }, shopper);
    expect(none.checkout).toMatchObject({ __typename: 'NoStoreAvailable', pickupInstead: null });
  });
});
