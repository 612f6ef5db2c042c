// Pickup slots: a store's hours cut into slots with a capacity each; a checkout for a slot takes a place
// atomically (never more than the capacity, however many shoppers race for the last places), and a cancelled
// or refunded order gives its place back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../src/common/sql';
import { makeSkus, makeStore, setStock } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import { pay, pickupInput, stockOf } from './orders-helpers';
import { CancelOrderDocument, PickupSlotsDocument, SlotCheckoutDocument, UpdateStoreDocument } from './generated/graphql';

// The test clock is Wednesday 2026-11-18 12:00 in Shanghai (04:00Z); slots are 30 minutes, chosen at least 20 ahead.
const DAY = '2026-11-18';
const SLOT = '2026-11-18T06:00:00.000Z'; // 14:00-14:30 local

describe('pickup slots', () => {
  let t: TestApp;
  let store: string;
  let skus: string[];

  beforeAll(async () => {
    t = await startTestApp();
    store = (await makeStore(t.em(), { lat: 31.23, lng: 121.47 })).id;
    const { updateStore } = await t.ok(UpdateStoreDocument, { id: store, input: { pickupSlotCapacity: 3 } }, t.tokens.hq());
    expect(updateStore.__typename).toBe('Store');
    skus = await makeSkus(t.em(), 16);
    for (const sku of skus) await setStock(t.em(), store, sku, 5);
  });
  afterAll(async () => t?.close());

  async function slotAt(startsAt: string) {
    const { pickupSlots } = await t.ok(PickupSlotsDocument, { storeId: store, date: DAY });
    if (pickupSlots.__typename !== 'PickupSlotList') throw new Error(pickupSlots.__typename);
    return pickupSlots.slots.find((s) => s.startsAt === startsAt)!;
  }

  it("offers the day's slots in the store's hours with places left; too-soon ones are not available", async () => {
    const { pickupSlots } = await t.ok(PickupSlotsDocument, { storeId: store, date: DAY });
    if (pickupSlots.__typename !== 'PickupSlotList') throw new Error(pickupSlots.__typename);
    expect(pickupSlots.slots).toHaveLength(48);
    expect(pickupSlots.slots[24]).toEqual({
      startsAt: '2026-11-18T04:00:00.000Z',
      endsAt: '2026-11-18T04:30:00.000Z',
      label: '12:00-12:30',
      capacity: 3,
      remaining: 3,
      available: false,
    });
    expect(pickupSlots.slots[25]!.available).toBe(true);
    // Beyond the days offered, or a day gone: nothing. Not a date, or not a store: told so.
    for (const date of ['2026-11-21', '2026-11-17']) {
      expect((await t.ok(PickupSlotsDocument, { storeId: store, date })).pickupSlots).toEqual({ __typename: 'PickupSlotList', slots: [] });
    }
    expect((await t.gql(PickupSlotsDocument, { storeId: store, date: '2026-02-30' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await t.ok(PickupSlotsDocument, { storeId: 'x', date: DAY })).pickupSlots).toEqual({
      __typename: 'StoreNotFoundError',
      errorCode: 'STORE_NOT_FOUND',
    });
  });

  it('never gives more places than the capacity when many checkouts race for the last ones', async () => {
    // Each shopper buys a different SKU, so nothing but the slot makes them wait for each other.
    const shoppers = await Promise.all(skus.slice(0, 12).map(() => t.newShopper()));
    const results = await Promise.all(
      shoppers.map((s, i) =>
        t.ok(SlotCheckoutDocument, { input: pickupInput(store, [{ skuId: skus[i]!, quantity: 1 }], { pickupSlotStart: SLOT }) }, s.token),
      ),
    );
    const placed = results.filter((r) => r.checkout.__typename === 'CheckoutPlaced');
    const full = results.map((r) => r.checkout).filter((c) => c.__typename === 'PickupSlotUnavailableError');
    expect(placed).toHaveLength(3);
    expect(full).toHaveLength(9);
    for (const c of full) {
      if (c.__typename !== 'PickupSlotUnavailableError') continue;
      expect(c.problem).toBe('FULL');
      expect(c.nextSlots.map((s) => s.label)).toEqual(['12:30-13:00', '13:00-13:30', '13:30-14:00']);
    }
    // The refused ones hold no stock: the placing rolled back with the slot.
    const held = await Promise.all(skus.slice(0, 12).map(async (sku) => (await stockOf(t, store, sku))!.reserved));
    expect(held.reduce((a, b) => a + b, 0)).toBe(3);
    expect(await slotAt(SLOT)).toMatchObject({ remaining: 0, available: false });
    for (const r of placed) {
      if (r.checkout.__typename !== 'CheckoutPlaced') continue;
      expect(r.checkout.orders[0]!.scheduledAt).toBe(SLOT);
      // The slot as the shopper's order page shows it: the store's date and wall clock.
      expect(r.checkout.orders[0]!.pickupSlot).toEqual({
        startsAt: SLOT,
        endsAt: '2026-11-18T06:30:00.000Z',
        date: '2026-11-18',
        label: '14:00-14:30',
      });
    }

    // A cancelled order gives its place back, once; a paid order refunded on the shopper's cancel does too.
    const [first, second] = placed.map((r) => (r.checkout.__typename === 'CheckoutPlaced' ? r.checkout : undefined)!);
    const firstShopper = shoppers[results.findIndex((r) => r === placed[0])]!;
    const secondShopper = shoppers[results.findIndex((r) => r === placed[1])]!;
    expect((await t.ok(CancelOrderDocument, { orderId: first.orders[0]!.id }, firstShopper.token)).cancelOrder.__typename).toBe(
      'CustomerOrder',
    );
    expect((await t.ok(CancelOrderDocument, { orderId: first.orders[0]!.id }, firstShopper.token)).cancelOrder.__typename).not.toBe(
      'CustomerOrder',
    );
    expect(await slotAt(SLOT)).toMatchObject({ remaining: 1, available: true });
    await pay(t, second.checkout.id, secondShopper.token);
    const paidOrder = second.orders[0]!;
    expect(paidOrder.scheduledAt).toBe(SLOT);
    expect((await t.ok(CancelOrderDocument, { orderId: paidOrder.id }, secondShopper.token)).cancelOrder).toMatchObject({
      state: 'REFUNDED',
    });
    expect(await slotAt(SLOT)).toMatchObject({ remaining: 2 });

    // And the places are there to take again.
    const late = await t.newShopper();
    const again = await t.ok(
      SlotCheckoutDocument,
      { input: pickupInput(store, [{ skuId: skus[12]!, quantity: 1 }], { pickupSlotStart: SLOT }) },
      late.token,
    );
    expect(again.checkout.__typename).toBe('CheckoutPlaced');
    expect(await slotAt(SLOT)).toMatchObject({ remaining: 1 });
  });

  it('refuses a time that is no slot, or too soon, with the next slots to offer instead; a retry gets its checkout back', async () => {
    const s = await t.newShopper();
    const lines = [{ skuId: skus[13]!, quantity: 1 }];
    const odd = await t.ok(
      SlotCheckoutDocument,
      { input: pickupInput(store, lines, { pickupSlotStart: '2026-11-18T06:10:00Z' }) },
      s.token,
    );
    expect(odd.checkout).toMatchObject({ __typename: 'PickupSlotUnavailableError', problem: 'NOT_A_SLOT' });
    const soon = await t.ok(
      SlotCheckoutDocument,
      { input: pickupInput(store, lines, { pickupSlotStart: '2026-11-18T04:00:00Z' }) },
      s.token,
    );
    expect(soon.checkout).toMatchObject({ __typename: 'PickupSlotUnavailableError', problem: 'TOO_LATE' });
    if (soon.checkout.__typename === 'PickupSlotUnavailableError') expect(soon.checkout.nextSlots[0]!.label).toBe('12:30-13:00');
    const noStore = await t.gql(
      SlotCheckoutDocument,
      { input: { ...pickupInput(store, lines, { pickupSlotStart: SLOT }), storeId: undefined } },
      s.token,
    );
    expect(noStore.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const input = pickupInput(store, lines, { pickupSlotStart: '2026-11-18T07:00:00Z' });
    const placed = await t.ok(SlotCheckoutDocument, { input }, s.token);
    expect(placed.checkout.__typename).toBe('CheckoutPlaced');
    const retry = await t.ok(SlotCheckoutDocument, { input }, s.token);
    expect(retry.checkout).toMatchObject({ __typename: 'CheckoutPlaced', replayed: true });
    expect(await slotAt('2026-11-18T07:00:00.000Z')).toMatchObject({ remaining: 2 });
  });

  it('holds at most one unpaid place per shopper and slot, however many checkouts race; paying frees the rule', async () => {
    const s = await t.newShopper();
    const slot = '2026-11-18T08:00:00.000Z'; // 16:00-16:30 local
    const tries = skus.slice(0, 5).map((skuId) => pickupInput(store, [{ skuId, quantity: 1 }], { pickupSlotStart: slot }));
    const before = await Promise.all(skus.slice(0, 5).map(async (sku) => (await stockOf(t, store, sku))!.reserved));
    const results = await Promise.all(tries.map((input) => t.ok(SlotCheckoutDocument, { input }, s.token)));
    const placed = results.map((r) => r.checkout).filter((c) => c.__typename === 'CheckoutPlaced');
    const held = results.map((r) => r.checkout).filter((c) => c.__typename === 'PickupSlotUnavailableError');
    expect(placed).toHaveLength(1);
    expect(held).toHaveLength(4);
    for (const c of held) expect(c).toMatchObject({ errorCode: 'PICKUP_SLOT_UNAVAILABLE', problem: 'UNPAID_PLACE_HELD', startsAt: slot });
    // The refused ones changed nothing: one place taken, one SKU's stock held.
    expect(await slotAt(slot)).toMatchObject({ remaining: 2 });
    const after = await Promise.all(skus.slice(0, 5).map(async (sku) => (await stockOf(t, store, sku))!.reserved));
    expect(after.reduce((a, b) => a + b, 0) - before.reduce((a, b) => a + b, 0)).toBe(1);
    const checkouts = await query<{ n: string }>(t.em(), `SELECT count(*) AS n FROM checkout WHERE shopper_id = :s::uuid`, { s: s.id });
    expect(Number(checkouts[0]!.n)).toBe(1);
    // Another slot, or the same slot once the first is paid, is the shopper's to take.
    const other = pickupInput(store, [{ skuId: skus[5]!, quantity: 1 }], { pickupSlotStart: '2026-11-18T08:30:00.000Z' });
    expect((await t.ok(SlotCheckoutDocument, { input: other }, s.token)).checkout.__typename).toBe('CheckoutPlaced');
    const first = placed[0]!.__typename === 'CheckoutPlaced' ? placed[0]!.checkout.id : '';
    await pay(t, first, s.token);
    const again = pickupInput(store, [{ skuId: skus[6]!, quantity: 1 }], { pickupSlotStart: slot });
    expect((await t.ok(SlotCheckoutDocument, { input: again }, s.token)).checkout.__typename).toBe('CheckoutPlaced');
    expect(await slotAt(slot)).toMatchObject({ remaining: 1 });
  });

  it('offers no slot after midnight when the night it belongs to was closed by an exception, and refuses checking one out', async () => {
    // Wednesdays 22:00 to 02:00; Wednesday 2026-11-18 (the test's today) closed.
    const night = [{ weekday: 3, opens: '22:00', closes: '02:00' }];
    const open = (await makeStore(t.em(), { lat: 31.24, lng: 121.48, hours: night })).id;
    const closed = (await makeStore(t.em(), { lat: 31.25, lng: 121.49, hours: night, exceptions: [{ date: DAY, closed: true }] })).id;
    await setStock(t.em(), closed, skus[14]!, 5);
    const labels = async (storeId: string, date: string) => {
      const { pickupSlots } = await t.ok(PickupSlotsDocument, { storeId, date });
      if (pickupSlots.__typename !== 'PickupSlotList') throw new Error(pickupSlots.__typename);
      return pickupSlots.slots.map((x) => x.label);
    };
    expect(await labels(open, '2026-11-19')).toEqual(['00:00-00:30', '00:30-01:00', '01:00-01:30', '01:30-02:00']);
    expect(await labels(closed, DAY)).toEqual([]);
    expect(await labels(closed, '2026-11-19')).toEqual([]);
    const s = await t.newShopper();
    const afterMidnight = '2026-11-18T16:30:00.000Z'; // Thursday 00:30 local, Wednesday's night
    const refused = await t.ok(
      SlotCheckoutDocument,
      { input: pickupInput(closed, [{ skuId: skus[14]!, quantity: 1 }], { pickupSlotStart: afterMidnight }) },
      s.token,
    );
    expect(refused.checkout).toMatchObject({ __typename: 'PickupSlotUnavailableError', problem: 'NOT_A_SLOT' });
  });
});
