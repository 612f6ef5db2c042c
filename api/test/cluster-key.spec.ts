// The city-cluster key (docs/scale.md): a checkout keeps to one cluster, its rows carry it, and its ids and trade number
// name it, so a payment notification finds the cluster without a lookup.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CheckoutDocument } from './generated/graphql';
import { makeSkus, makeStore, setStock } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import { query } from '../src/common/sql';
import { clusterOfId } from '../src/common/cluster';
import { count, deliveryInput, pay, placeCheckout } from './orders-helpers';

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
  });

  it('refuses a cart whose stores span two clusters, and writes nothing', async () => {
    // Each store lacks one of the lines: only a split over both could deliver the cart.
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
    expect(checkout).toMatchObject({ __typename: 'CheckoutSpansClustersError', errorCode: 'CHECKOUT_SPANS_CLUSTERS' });
    expect(await count(t, `SELECT count(*) AS n FROM checkout`)).toBe(before);
  });
});
