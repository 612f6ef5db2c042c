// The city-cluster key (docs/scale.md): a checkout keeps to one cluster, its rows carry it, and its ids and trade number
// name it, so a payment notification finds the cluster without a lookup.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AdvanceOrderDocument,
  BindHomeStoreDocument,
  CheckoutDocument,
  RefundOrderDocument,
  RejectOrderDocument,
} from './generated/graphql';
import { makeSkus, makeStore, setStock } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import { query } from '../src/common/sql';
import { clusterOfId } from '../src/common/cluster';
import { count, deliveryInput, handOverPickup, pay, pickupInput, placeCheckout } from './orders-helpers';

describe('the city-cluster key', () => {
  let t: TestApp;
  let shopper: string;
  let shanghai: string;
  let hangzhou: string;
  let skus: string[];
  const home = { lat: 30.9, lng: 121.0 };

  beforeAll(async () => {
    t = await startTestApp();
    shopper = (await t.newShopper()).token;
    // Two stores either side of a city line, both delivering to the same home: one in each cluster.
    shanghai = (await makeStore(t.em(), { lat: 30.9, lng: 121.011, deliveryRadiusM: 5000, city: '上海' })).id;
    hangzhou = (await makeStore(t.em(), { lat: 30.9, lng: 121.023, deliveryRadiusM: 5000, city: '杭州' })).id;
    skus = await makeSkus(t.em(), 3, 1250);
    for (const sku of skus) {
      await setStock(t.em(), shanghai, sku, 20);
      await setStock(t.em(), hangzhou, sku, 20);
    }
  });
  afterAll(() => t?.close());

  it('gives every store the cluster of its city', async () => {
    const rows = await query<{ id: string; cluster_id: string }>(
      t.em(),
      `SELECT id, cluster_id FROM store WHERE id IN (:a::uuid, :b::uuid)`,
      {
        a: shanghai,
        b: hangzhou,
      },
    );
    expect(Object.fromEntries(rows.map((r) => [r.id, r.cluster_id]))).toEqual({ [shanghai]: 'SH', [hangzhou]: 'HZ' });
  });

  it('places a checkout in its stores cluster: every row keyed, ids and trade number carrying the code', async () => {
    const placed = await placeCheckout(t, deliveryInput(home.lat, home.lng, [{ skuId: skus[0]!, quantity: 2 }]), shopper);
    expect(placed.orders.map((o) => o.store.id)).toEqual([shanghai]);
    expect(placed.checkout.outTradeNo.startsWith('SH')).toBe(true);
    expect(clusterOfId(placed.checkout.id)).toBe('SH');
    expect(clusterOfId(placed.orders[0]!.id)).toBe('SH');
    const keys = await query<{ t: string; cluster_id: string }>(
      t.em(),
      `SELECT 'checkout' AS t, cluster_id FROM checkout WHERE id = :c::uuid
       UNION ALL SELECT 'order', cluster_id FROM customer_order WHERE checkout_id = :c::uuid
       UNION ALL SELECT 'line', l.cluster_id FROM order_line l JOIN customer_order o ON o.id = l.order_id WHERE o.checkout_id = :c::uuid
       UNION ALL SELECT 'log', x.cluster_id FROM order_transition x JOIN customer_order o ON o.id = x.order_id WHERE o.checkout_id = :c::uuid
       UNION ALL SELECT 'stock', m.cluster_id FROM stock_movement m JOIN customer_order o ON m.order_ref = o.id::text WHERE o.checkout_id = :c::uuid`,
      { c: placed.checkout.id },
    );
    expect(keys.map((k) => k.t).sort()).toEqual(['checkout', 'line', 'log', 'order', 'stock']);
    expect(new Set(keys.map((k) => k.cluster_id))).toEqual(new Set(['SH']));

    // Paid through the sandbox: the notification's trade number names the cluster it is looked up in.
    await pay(t, placed.checkout.id, shopper);
    const [paid] = await query<{ state: string; cluster_id: string }>(
      t.em(),
      `SELECT o.state, e.cluster_id FROM customer_order o JOIN checkout c ON c.id = o.checkout_id
       JOIN payment_event e ON e.out_trade_no = c.out_trade_no WHERE c.id = :c::uuid`,
      { c: placed.checkout.id },
    );
    expect(paid).toEqual({ state: 'PAID', cluster_id: 'SH' });

    // A row of the tables keyed since (20261209e) that names no cluster takes it from the id it points at.
    const [flash] = await query<{ cluster_id: string; old: string | null }>(
      t.em(),
      `WITH s AS (INSERT INTO flash_session (id, name, starts_at, ends_at, created_at, updated_at)
                  VALUES (gen_random_uuid(), 'k', date_trunc('minute', now()), date_trunc('minute', now()) + interval '1 hour', now(), now())
                  RETURNING id),
            i AS (INSERT INTO flash_item (id, session_id, sku_id, price_fen, quota, per_user_limit, per_order_limit, created_at)
                  SELECT gen_random_uuid(), s.id, :sku::uuid, 100, 5, 1, 1, now() FROM s RETURNING id)
       INSERT INTO flash_hold (checkout_id, item_id, quantity, buyers, created_at)
       SELECT :c::uuid, i.id, 1, '{}', now() FROM i
       RETURNING cluster_id, cluster_of_id(gen_random_uuid()) AS old`,
      { c: placed.checkout.id, sku: skus[0] },
    );
    expect(flash).toEqual({ cluster_id: 'SH', old: null });
  });

  it('never routes a cart over two clusters: a split only one city could not serve is no route, and nothing is written', async () => {
    // Each store lacks one of the lines: only a split over both could deliver the cart. Routing plans splits within
    // one cluster, so the cart finds no route (checkout's CHECKOUT_SPANS_CLUSTERS stays as the guard behind it).
    await setStock(t.em(), shanghai, skus[1]!, 0);
    await setStock(t.em(), hangzhou, skus[2]!, 0);
    const before = await count(t, `SELECT count(*) AS n FROM checkout`);
    const { checkout } = await t.ok(
      CheckoutDocument,
      {
        input: deliveryInput(home.lat, home.lng, [
          { skuId: skus[1]!, quantity: 1 },
          { skuId: skus[2]!, quantity: 1 },
        ]),
      },
      shopper,
    );
    expect(checkout).toMatchObject({ __typename: 'NoStoreAvailable' });
    expect(await count(t, `SELECT count(*) AS n FROM checkout`)).toBe(before);
  });

  it('splits a cart within the cluster of the nearest store, though a pair over two clusters is nearer', async () => {
    // Far from the stores above. SH 1 km away holds x, HZ 2 km away holds y, SH 4 km away holds y too.
    const home2 = { lat: 31.5, lng: 120.5 };
    const [x, y] = await makeSkus(t.em(), 2, 1500);
    const sh1 = (await makeStore(t.em(), { lat: 31.5, lng: 120.5105, deliveryRadiusM: 5000, city: '上海' })).id;
    const hz1 = (await makeStore(t.em(), { lat: 31.5, lng: 120.521, deliveryRadiusM: 5000, city: '杭州' })).id;
    const sh2 = (await makeStore(t.em(), { lat: 31.5, lng: 120.542, deliveryRadiusM: 5000, city: '上海' })).id;
    await setStock(t.em(), sh1, x!, 5);
    await setStock(t.em(), hz1, y!, 5);
    await setStock(t.em(), sh2, y!, 5);
    const placed = await placeCheckout(
      t,
      deliveryInput(home2.lat, home2.lng, [
        { skuId: x!, quantity: 1 },
        { skuId: y!, quantity: 1 },
      ]),
      shopper,
    );
    expect(placed.orders.map((o) => o.store.id).sort()).toEqual([sh1, sh2].sort());
    expect(placed.checkout.outTradeNo.startsWith('SH')).toBe(true);
    expect(hz1).toBeTruthy();
  });

  it('re-routes a rejected order only to stores of its own cluster, else refunds it', async () => {
    // The pickup store P (SH); the nearest other store with the goods is HZ, a farther one SH.
    const [z] = await makeSkus(t.em(), 1, 800);
    const p = (await makeStore(t.em(), { lat: 31.8, lng: 120.8, city: '上海' })).id;
    const hz = (await makeStore(t.em(), { lat: 31.8, lng: 120.805, city: '杭州' })).id;
    const sh = (await makeStore(t.em(), { lat: 31.8, lng: 120.82, city: '上海' })).id;
    for (const store of [p, hz, sh]) await setStock(t.em(), store, z!, 5);
    const placed = await placeCheckout(t, pickupInput(p, [{ skuId: z!, quantity: 1 }]), shopper);
    await pay(t, placed.checkout.id, shopper);
    const id = placed.orders[0]!.id;
    const moved = await t.ok(RejectOrderDocument, { orderId: id, reason: '缺货' }, t.tokens.clerk(p));
    expect(moved.rejectOrder).toMatchObject({ state: 'PAID', store: { id: sh } });
    const refunded = await t.ok(RejectOrderDocument, { orderId: id, reason: '暂停营业' }, t.tokens.clerk(sh));
    expect(refunded.rejectOrder).toMatchObject({ state: 'REFUNDED' });
    expect(hz).toBeTruthy();
  });
  it("files an order's whole ledger under its cluster, a referring store's share of another city too", async () => {
    // The shopper's home store (the referring store, recorded at payment) is in 杭州; the order is picked up in 上海.
    const [w] = await makeSkus(t.em(), 1, 2000);
    const sh = await makeStore(t.em(), { lat: 32.1, lng: 120.8, city: '上海' });
    const hz = await makeStore(t.em(), { lat: 32.1, lng: 120.9, city: '杭州' });
    await setStock(t.em(), sh.id, w!, 5);
    await query(
      t.em(),
      `WITH s AS (INSERT INTO split_rule_set (id, name, status, version, effective_at, published_at, published_by, created_by, created_at, updated_at)
                  VALUES (gen_random_uuid(), 'k', 'PUBLISHED', 1, :at::timestamptz - interval '1 day', :at::timestamptz, 'hq', 'hq', :at::timestamptz, :at::timestamptz)
                  RETURNING id)
       INSERT INTO split_rule (id, rule_set_id, position, name, fulfilling_bp, referring_bp) SELECT gen_random_uuid(), s.id, 0, 'default', 1000, 500 FROM s`,
      { at: t.clock.now().toISOString() },
    );
    const buyer = await t.newShopper();
    expect((await t.ok(BindHomeStoreDocument, { storeCode: hz.code }, buyer.token)).bindHomeStore).toMatchObject({ storeId: hz.id });
    const placed = await placeCheckout(t, pickupInput(sh.id, [{ skuId: w!, quantity: 2 }]), buyer.token);
    await pay(t, placed.checkout.id, buyer.token);
    const order = placed.orders[0]!;
    for (const event of ['ACCEPT', 'MARK_READY'] as const)
      expect((await t.ok(AdvanceOrderDocument, { orderId: order.id, event }, t.tokens.clerk(sh.id))).advanceOrder).toMatchObject({
        __typename: 'CustomerOrder',
      });
    await handOverPickup(t, order.id, sh.id);
    const line = order.lines[0]!;
    await t.ok(
      RefundOrderDocument,
      { input: { orderId: order.id, lines: [{ lineId: line.id, quantity: 1 }], reason: '退一件' } },
      t.tokens.hq(),
    );

    const entries = await query<{ kind: string; role: string; store_id: string; cluster_id: string; amount: string }>(
      t.em(),
      `SELECT kind, role, store_id, cluster_id, sum(amount_fen)::text AS amount FROM ledger_entry WHERE order_id = :o::uuid GROUP BY 1, 2, 3, 4`,
      { o: order.id },
    );
    const referring = entries.filter((e) => e.role === 'REFERRING' && e.store_id === hz.id);
    // The sale gave the 杭州 store its share and the refund took half of it back, both filed under SH with the rest.
    expect(referring.map((e) => e.kind).sort()).toEqual(['REFUND', 'SALE']);
    expect(Number(referring.find((e) => e.kind === 'SALE')!.amount)).toBe(-2 * Number(referring.find((e) => e.kind === 'REFUND')!.amount));
    expect(new Set(entries.map((e) => e.cluster_id))).toEqual(new Set(['SH']));
  });
});
