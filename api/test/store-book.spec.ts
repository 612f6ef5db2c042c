// The store book's guess (routing/store-book.ts) against routing's own statement: over random stores, zones, hours,
// statuses and time zones, a guess is always the store routing chooses when that store has the stock, at the same
// distance; and a checkout whose guess meets changed facts or a store short of the cart goes where routing sends it.
import { mulberry32 } from '@linli/geo-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../src/common/sql';
import { CoordinateSystem } from '../src/common/geo';
import { RoutingService } from '../src/modules/routing/routing.service';
import { StoreBook } from '../src/modules/routing/store-book';
import { FulfilmentType, RoutedToStore } from '../src/modules/routing/routing.types';
import type { Store } from '../src/modules/store/store.entity';
import { makeSkus, setStock } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import { deliveryInput, homeAndTwoStores, placeCheckout, stockOf } from './orders-helpers';
import { randomNetwork } from './random-network';

const rand = mulberry32(1213);
const network = randomNetwork(rand, { holes: true, closedShare: 0.15 });

const epochNow = async (t: TestApp) => (await query<{ n: string }>(t.em(), `SELECT n::text FROM routing_epoch`, {}))[0]!.n;

describe('the store book guesses what routing chooses', () => {
  let t: TestApp;
  let sku: string;
  let stores: Store[];

  beforeAll(async () => {
    t = await startTestApp();
    const em = t.em();
    [sku] = (await makeSkus(em, 1)) as [string];
    stores = [];
    for (let i = 0; i < 120; i++) {
      const store = await network.store(em);
      stores.push(store);
      // Every store has the cart: routing's answer is then the nearest store that passes the other tests.
      await setStock(em, store.id, sku, 1000);
    }
  });
  afterAll(() => t?.close());

  it('guesses routing’s store and distance, or nothing, for 600 random asks', async () => {
    const routing = new RoutingService(t.em(), t.config, t.clock, new StoreBook());
    const instants = ['2026-11-18T04:00:00Z', '2026-11-18T15:30:00Z', '2026-11-18T19:00:00Z', '2026-11-19T01:00:00Z'];
    const tally = { guessed: 0, routed: 0, unsure: 0 };
    for (let i = 0; i < 600; i++) {
      t.clock.set(instants[i % instants.length]!);
      const chosen = rand() < 0.2 ? network.pick(stores).id : undefined;
      const point = network.point(11_000);
      const input = {
        lines: [{ skuId: sku, quantity: 1 }],
        fulfilment: chosen || rand() < 0.5 ? FulfilmentType.PICKUP : FulfilmentType.DELIVERY,
        location: chosen && rand() < 0.5 ? undefined : { ...point, system: CoordinateSystem.WGS84 },
        storeId: chosen,
      };
      const guess = await routing.guess(input);
      const routed = await routing.route(input, { checkSkus: false });
      if (routed instanceof RoutedToStore) tally.routed++;
      if (!guess) {
        if (routed instanceof RoutedToStore) tally.unsure++;
        continue;
      }
      tally.guessed++;
      expect(routed, `ask ${i}: ${JSON.stringify(input)}`).toBeInstanceOf(RoutedToStore);
      expect({ storeId: guess.route.storeId, distanceM: guess.route.distanceM }, `ask ${i}`).toEqual({
        storeId: (routed as RoutedToStore).storeId,
        distanceM: (routed as RoutedToStore).distanceM,
      });
    }
    // Both kinds of answer, and guesses for nearly every routable ask, or this proves little.
    expect(tally.routed).toBeGreaterThan(200);
    expect(tally.routed).toBeLessThan(580);
    expect(tally.guessed).toBeGreaterThan(tally.routed * 0.85);
  });
});

describe('a checkout on a guessed store', () => {
  let t: TestApp;
  let shopper: string;
  let near: string;
  let far: string;
  let skus: string[];
  let home: { lat: number; lng: number };

  beforeAll(async () => {
    t = await startTestApp();
    shopper = (await t.newShopper()).token;
    ({ home, near, far, skus } = await homeAndTwoStores(t, 2, 2500));
  });
  afterAll(() => t?.close());

  const deliver = (skuId: string) => placeCheckout(t, deliveryInput(home.lat, home.lng, [{ skuId, quantity: 1 }]), shopper);

  it('goes where routing sends it once the guessed store is paused, and the epoch moves with the facts alone', async () => {
    expect((await deliver(skus[0]!)).orders[0]!.store.id).toBe(near);
    const before = await epochNow(t);
    await query(t.em(), `UPDATE store SET name = 'renamed', min_order_fen = min_order_fen WHERE id = :id`, { id: near });
    expect(await epochNow(t)).toBe(before);
    await query(t.em(), `UPDATE store SET status = 'PAUSED' WHERE id = :id`, { id: near });
    expect(BigInt(await epochNow(t))).toBeGreaterThan(BigInt(before));
    // The book still has the store active: the placing statement refuses the guess, and routing picks the far store.
    const placed = await deliver(skus[0]!);
    expect(placed.orders[0]!.store.id).toBe(far);
    expect(await stockOf(t, near, skus[0]!)).toEqual({ onHand: 20, reserved: 1 });
    await query(t.em(), `UPDATE store SET status = 'ACTIVE' WHERE id = :id`, { id: near });
    const hours = await epochNow(t);
    await query(t.em(), `DELETE FROM store_hours WHERE store_id = :id AND weekday = 3`, { id: near });
    expect(BigInt(await epochNow(t))).toBeGreaterThan(BigInt(hours));
    // Wednesday in Shanghai now has no hours at the near store.
    expect((await deliver(skus[0]!)).orders[0]!.store.id).toBe(far);
  });

  it('moves the epoch once for a statement that changes several stores', async () => {
    const before = Number(await epochNow(t));
    await query(t.em(), `UPDATE store SET can_pickup = NOT can_pickup WHERE id IN (:near, :far)`, { near, far });
    expect(Number(await epochNow(t))).toBe(before + 1);
    await query(t.em(), `UPDATE store SET can_pickup = NOT can_pickup WHERE id IN (:near, :far)`, { near, far });
    expect(Number(await epochNow(t))).toBe(before + 2);
  });

  it('goes where routing sends it when the guessed store lacks the cart, holding nothing there', async () => {
    await setStock(t.em(), near, skus[1]!, 0);
    await query(
      t.em(),
      `INSERT INTO store_hours (store_id, weekday, opens_min, closes_min, cluster_id)
                         SELECT id, 3, 0, 1440, cluster_id FROM store WHERE id = :id`,
      { id: near },
    );
    expect((await deliver(skus[0]!)).orders[0]!.store.id).toBe(near);
    const placed = await deliver(skus[1]!);
    expect(placed.orders[0]!.store.id).toBe(far);
    expect(await stockOf(t, far, skus[1]!)).toEqual({ onHand: 20, reserved: 1 });
    expect(await stockOf(t, near, skus[1]!)).toBeUndefined();
  });
});
