// Holding stock against the real database: never oversold under concurrency, all lines or none, no deadlocks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query, transaction } from '../src/common/sql';
import { makeSkus, makeStore, setStock } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import { releaseStock, reserveStock } from '../src/modules/inventory/reservation.repository';
import { clusterOfStore } from '../src/modules/store/store-cluster';

describe('stock reservation', () => {
  let t: TestApp;
  let store: string;
  let cluster: string;
  let skus: string[];
  const at = new Date('2026-11-18T04:00:00Z');
  const stockOf = async (sku: string) =>
    (
      await query<{ on_hand: number; reserved: number }>(
        t.em(),
        `SELECT on_hand, reserved FROM store_stock WHERE store_id = :s AND sku_id = :k`,
        { s: store, k: sku },
      )
    )[0];

  beforeAll(async () => {
    t = await startTestApp();
    const em = t.em();
    store = (await makeStore(em, { lat: 31.2, lng: 121.4 })).id;
    cluster = (await clusterOfStore(em, store))!;
    skus = await makeSkus(em, 3);
  });
  afterAll(() => t?.close());

  it('lets exactly 50 of 200 simultaneous one-unit holds through for 50 units', async () => {
    await setStock(t.em(), store, skus[0]!, 50);
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        reserveStock(t.em(), {
          clusterId: cluster,
          storeId: store,
          lines: [{ skuId: skus[0]!, quantity: 1 }],
          orderRef: `o${i}`,
          actor: 'test',
          at,
        }),
      ),
    );
    expect(results.filter((r) => r === undefined)).toHaveLength(50);
    expect(await stockOf(skus[0]!)).toEqual({ on_hand: 50, reserved: 50 });
    const journal = await query<{ n: string }>(
      t.em(),
      `SELECT count(*) AS n FROM stock_movement WHERE reason = 'ORDER_RESERVED' AND sku_id = :k`,
      { k: skus[0] },
    );
    expect(Number(journal[0]!.n)).toBe(50);
  });

  it('holds all lines or none, and says what each line had', async () => {
    await setStock(t.em(), store, skus[1]!, 5);
    await setStock(t.em(), store, skus[2]!, 1);
    const short = await reserveStock(t.em(), {
      clusterId: cluster,
      storeId: store,
      lines: [
        { skuId: skus[1]!, quantity: 2 },
        { skuId: skus[2]!, quantity: 2 },
      ],
      orderRef: 'cart',
      actor: 'test',
      at,
    });
    expect(short?.find((l) => l.skuId === skus[2])).toEqual({ skuId: skus[2], requested: 2, available: 1 });
    expect(await stockOf(skus[1]!)).toEqual({ on_hand: 5, reserved: 0 });
    const ok = await reserveStock(t.em(), {
      clusterId: cluster,
      storeId: store,
      lines: [
        { skuId: skus[1]!, quantity: 2 },
        { skuId: skus[2]!, quantity: 1 },
      ],
      orderRef: 'cart2',
      actor: 'test',
      at,
    });
    expect(ok).toBeUndefined();
    expect(await stockOf(skus[2]!)).toEqual({ on_hand: 1, reserved: 1 });
    expect(
      await releaseStock(t.em(), {
        clusterId: cluster,
        storeId: store,
        lines: [
          { skuId: skus[1]!, quantity: 2 },
          { skuId: skus[2]!, quantity: 1 },
        ],
        orderRef: 'cart2',
        actor: 'test',
        at,
      }),
    ).toBe(2);
    expect(await stockOf(skus[1]!)).toEqual({ on_hand: 5, reserved: 0 });
    expect(
      await releaseStock(t.em(), {
        clusterId: cluster,
        storeId: store,
        lines: [{ skuId: skus[2]!, quantity: 1 }],
        orderRef: 'cart2',
        actor: 'test',
        at,
      }),
    ).toBe(0);
  });

  it('never deadlocks when carts lock the same SKUs in opposite orders', async () => {
    await setStock(t.em(), store, skus[1]!, 1000);
    await setStock(t.em(), store, skus[2]!, 1000);
    const forward = [
      { skuId: skus[1]!, quantity: 1 },
      { skuId: skus[2]!, quantity: 1 },
    ];
    const backward = [...forward].reverse();
    // One attempt each: a deadlock must fail the test, not be retried away.
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        transaction(
          t.em(),
          (tx) =>
            reserveStock(tx, {
              clusterId: cluster,
              storeId: store,
              lines: i % 2 ? forward : backward,
              orderRef: `d${i}`,
              actor: 'test',
              at,
            }),
          1,
        ),
      ),
    );
    expect(results.every((r) => r === undefined)).toBe(true);
    expect(await stockOf(skus[1]!)).toEqual({ on_hand: 1000, reserved: 100 });
  });
});
