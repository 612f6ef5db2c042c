// The rules the apps render and keep no copy of: which steps an order offers to whom, what delivery costs and
// from what minimum, and when a store opens and closes, all answered by the API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AdvanceOrderDocument,
  ConfirmReceiptDocument,
  DeclineAfterSaleDocument,
  NearbyTermsDocument,
  OrderCanRequestAfterSaleDocument,
  OrderNextActionsDocument,
  RequestAfterSaleDocument,
  RouteTermsDocument,
  StoreOpeningDocument,
} from './generated/graphql';
import { makeSkus, makeStore, setStock } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import { deliveryInput, handOverPickup, pay, pickupInput, placeCheckout } from './orders-helpers';

describe('rules the API owns', () => {
  let t: TestApp;
  let shopper: string;
  let shopperId: string;
  let near: string;
  let far: string;
  let skus: string[];
  const start = '2026-11-18T04:00:00Z'; // Wednesday 12:00 in Shanghai
  const home = { lat: 30.9, lng: 121.2 };

  const actions = async (id: string, token: string) => (await t.ok(OrderNextActionsDocument, { id }, token)).order?.nextActions;
  const step = (orderId: string, event: 'ACCEPT' | 'DISPATCH' | 'DELIVER', storeId: string) =>
    t.ok(AdvanceOrderDocument, { orderId, event }, t.tokens.clerk(storeId));

  beforeAll(async () => {
    t = await startTestApp({ now: start });
    ({ id: shopperId, token: shopper } = await t.newShopper());
    const tiers = [
      { upToM: 1000, feeFen: 300 },
      { upToM: 5000, feeFen: 800 },
    ];
    // ~1.9 km east of home, delivering there; and one ~4.8 km away whose 2 km radius does not reach home.
    near = (await makeStore(t.em(), { lat: 30.9, lng: 121.22, deliveryRadiusM: 4000, minOrderFen: 2500, deliveryFeeTiers: tiers })).id;
    far = (await makeStore(t.em(), { lat: 30.9, lng: 121.25, deliveryRadiusM: 2000 })).id;
    skus = await makeSkus(t.em(), 2, 1000);
    for (const sku of skus) await setStock(t.em(), near, sku, 20);
  });
  afterAll(() => t?.close());

  it('offers the store and the shopper the steps a pickup order allows, and no receipt to confirm after the counter hand-over', async () => {
    const placed = await placeCheckout(t, pickupInput(near, [{ skuId: skus[0]!, quantity: 1 }]), shopper);
    const id = placed.orders[0]!.id;
    expect(await actions(id, shopper)).toEqual(['CANCEL']);
    await pay(t, placed.checkout.id, shopper);
    expect(await actions(id, t.tokens.clerk(near))).toEqual(['ACCEPT', 'REJECT', 'REFUND']);
    expect(await actions(id, t.tokens.hq())).toEqual(['ACCEPT', 'REJECT', 'REFUND']);
    expect(await actions(id, shopper)).toEqual(['CANCEL']);
    expect(await actions(id, t.tokens.clerk(far))).toBeUndefined(); // another store's clerk does not see it

    await step(id, 'ACCEPT', near);
    expect(await actions(id, t.tokens.clerk(near))).toEqual(['MARK_READY', 'REFUND', 'VERIFY']);
    expect(await actions(id, shopper)).toEqual([]);

    await handOverPickup(t, id, near);
    expect(await actions(id, shopper)).toEqual([]);
    expect((await t.ok(ConfirmReceiptDocument, { orderId: id }, shopper)).confirmReceipt).toMatchObject({
      __typename: 'InvalidTransitionError',
    });
    expect(await actions(id, t.tokens.clerk(near))).toEqual(['REFUND']);
  });

  it('offers the shopper to confirm a delivery once it is delivered, then nothing', async () => {
    const placed = await placeCheckout(t, deliveryInput(home.lat, home.lng, [{ skuId: skus[1]!, quantity: 3 }]), shopper);
    const id = placed.orders[0]!.id;
    await pay(t, placed.checkout.id, shopper);
    await step(id, 'ACCEPT', near);
    expect(await actions(id, t.tokens.clerk(near))).toEqual(['DISPATCH', 'REFUND']);
    await step(id, 'DISPATCH', near);
    expect(await actions(id, shopper)).toEqual([]);
    expect(await actions(id, t.tokens.clerk(near))).toEqual(['DELIVER', 'REFUND']);
    await step(id, 'DELIVER', near);
    expect(await actions(id, shopper)).toEqual(['CONFIRM_RECEIPT']);
    expect((await t.ok(ConfirmReceiptDocument, { orderId: id }, shopper)).confirmReceipt).toMatchObject({
      __typename: 'CustomerOrder',
      state: 'COMPLETED',
    });
    expect(await actions(id, shopper)).toEqual([]);
  });

  it('offers the shopper after-sales only on received goods, within the window, with none open', async () => {
    const placed = await placeCheckout(t, pickupInput(near, [{ skuId: skus[0]!, quantity: 2 }]), shopper);
    const id = placed.orders[0]!.id;
    const offered = async (token = shopper) => (await t.ok(OrderCanRequestAfterSaleDocument, { id }, token)).order?.canRequestAfterSale;
    await pay(t, placed.checkout.id, shopper);
    await step(id, 'ACCEPT', near);
    expect(await offered()).toBe(false);
    await handOverPickup(t, id, near);
    expect(await offered()).toBe(true);
    expect(await offered(t.tokens.hq())).toBe(false);
    const filed = (await t.ok(RequestAfterSaleDocument, { input: { orderId: id, reason: 'DAMAGED' } }, shopper)).requestAfterSale;
    if (filed.__typename !== 'AfterSale') throw new Error(JSON.stringify(filed));
    expect(await offered()).toBe(false);
    await t.ok(DeclineAfterSaleDocument, { id: filed.id, reason: '包装完好' }, t.tokens.clerk(near));
    expect(await offered()).toBe(true);
    try {
      t.clock.set(new Date(Date.parse(start) + (t.config.shop.afterSaleDays * 24 + 1) * 3600_000));
      expect(await offered(t.tokens.shopperOf(shopperId))).toBe(false); // a token issued at that time
    } finally {
      t.clock.set(start);
    }
  });

  it('quotes the delivery fee and the minimum checkout charges, and none for pickup', async () => {
    const lines = [{ skuId: skus[1]!, quantity: 3 }];
    const location = { ...home, system: 'WGS84' as const };
    const delivery = (await t.ok(RouteTermsDocument, { input: { fulfilment: 'DELIVERY', lines, location } })).routeCart;
    expect(delivery).toMatchObject({ __typename: 'RoutedToStore', store: { id: near }, deliveryFeeFen: 800, minOrderFen: 2500 });
    const placed = await placeCheckout(t, deliveryInput(home.lat, home.lng, lines), shopper);
    expect(placed.checkout.deliveryFeeFen).toBe(800);

    const pickup = (await t.ok(RouteTermsDocument, { input: { fulfilment: 'PICKUP', lines, storeId: near } })).routeCart;
    expect(pickup).toMatchObject({ __typename: 'RoutedToStore', deliveryFeeFen: 0, minOrderFen: 0 });

    const nearby = (await t.ok(NearbyTermsDocument, { location })).nearbyStores.nodes;
    expect(nearby.find((n) => n.store.id === near)).toMatchObject({ deliversHere: true, deliveryFeeFen: 800, minOrderFen: 2500 });
    expect(nearby.find((n) => n.store.id === far)).toMatchObject({ deliversHere: false, deliveryFeeFen: null, minOrderFen: 2000 });
  });

  it('says when a store closes and opens next in its own zone, special dates and overnight hours included', async () => {
    const weekdays = [1, 2, 3, 4, 5, 6, 7];
    const store = (
      await makeStore(t.em(), {
        lat: 31.5,
        lng: 121.5,
        hours: weekdays.map((weekday) => ({ weekday, opens: '08:00', closes: weekday === 5 ? '02:00' : '13:00' })),
        exceptions: [{ date: '2026-11-19', closed: true }],
      })
    ).id;
    const opening = async () => (await t.ok(StoreOpeningDocument, { id: store })).store!;
    try {
      expect(await opening()).toEqual({
        id: store,
        openNow: true,
        opensAt: null,
        closesAt: { at: '2026-11-18T05:00:00.000Z', date: '2026-11-18', time: '13:00', daysFromToday: 0 },
      });
      t.clock.set('2026-11-18T06:00:00Z'); // Wednesday 14:00: Thursday is a special closed date
      expect(await opening()).toMatchObject({
        openNow: false,
        opensAt: { at: '2026-11-20T00:00:00.000Z', date: '2026-11-20', time: '08:00', daysFromToday: 2 },
        closesAt: null,
      });
      t.clock.set('2026-11-20T12:00:00Z'); // Friday 20:00: open through the night
      expect((await opening()).closesAt).toEqual({ at: '2026-11-20T18:00:00.000Z', date: '2026-11-21', time: '02:00', daysFromToday: 1 });
    } finally {
      t.clock.set(start);
    }
  });
});
