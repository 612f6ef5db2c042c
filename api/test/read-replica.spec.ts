// Reads on a streaming replica (READ_DATABASE_URL): the catalog is read there while the replica keeps up, from the
// primary once it is further behind than the lag limit, and a shopper's order is in their order history at once
// however far behind the replica is (read-your-writes). The replica is a real hot standby of the test server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../src/common/sql';
import type { SqlPoolOwner } from '../src/common/sql-pool';
import type { ReadReplica } from '../src/common/read-replica';
import { MyOrdersDocument, ShopProductsDocument } from './generated/graphql';
import { makeSkus, makeStore, setStock } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import { eventually, pickupInput, placeCheckout } from './orders-helpers';
import { startReplica, type Replica } from './pg-replica';

const MAX_LAG_MS = 5000;
/** Caught up, not merely within the limit: a replica still catching up can cross the limit moments after a pause. */
const caughtUp = (lag: ReadReplica<unknown>) => lag.lagMs() < 1000 || undefined;

describe('read replica', () => {
  let replica: Replica;
  let t: TestApp;
  let lag: ReadReplica<unknown>;
  let store: string;
  let productId: string;

  const productName = async () => {
    const { products } = await t.ok(ShopProductsDocument, { storeId: store, first: 10 });
    return products.nodes.find((p) => p.id === productId)?.name;
  };
  const rename = (name: string) => query(t.em(), `UPDATE product SET name = :name WHERE id = :id::uuid`, { name, id: productId });

  beforeAll(async () => {
    replica = await startReplica();
    t = await startTestApp({ replica, env: { READ_REPLICA_MAX_LAG_MS: String(MAX_LAG_MS), READ_REPLICA_CHECK_MS: '100' } });
    lag = (t.orm.em.getDriver() as unknown as SqlPoolOwner).readReplica!;
    store = (await makeStore(t.em(), { lat: 31.23, lng: 121.47 })).id;
    const [sku] = await makeSkus(t.em(), 1, 1500);
    await setStock(t.em(), store, sku!, 50);
    const [row] = await query<{ product_id: string }>(t.em(), `SELECT product_id FROM sku WHERE id = :id::uuid`, { id: sku });
    productId = row!.product_id;
    await rename('原味豆浆');
  }, 60_000);
  afterAll(async () => {
    await replica?.admin('SELECT pg_wal_replay_resume()').catch(() => undefined);
    await t?.close();
    await replica?.stop();
  });

  it('reads the catalog on the replica while it keeps up, and from the primary once it is past the lag limit', async () => {
    await eventually(async () => caughtUp(lag) && (await productName()) === '原味豆浆', 20_000);
    // Replay stopped: the replica keeps the old name, and reads still go there until the lag limit.
    await replica.admin('SELECT pg_wal_replay_pause()');
    await rename('黑豆浆');
    await lag.check();
    expect(lag.fresh()).toBe(true);
    expect(await productName()).toBe('原味豆浆');
    // Past the limit the primary answers, with the write.
    await eventually(async () => !lag.fresh() || undefined, MAX_LAG_MS + 5000);
    expect(await productName()).toBe('黑豆浆');
    // Replay resumed: the replica catches up, reads go back to it, and it has the write.
    await replica.admin('SELECT pg_wal_replay_resume()');
    await eventually(async () => caughtUp(lag), 20_000);
    expect(await productName()).toBe('黑豆浆');
  });

  it("shows a shopper the order they just placed, though the replica has not replayed it; others' reads stay there", async () => {
    const shopper = await t.newShopper();
    await eventually(async () => caughtUp(lag), 20_000);
    await replica.admin('SELECT pg_wal_replay_pause()');
    try {
      await rename('红豆浆');
      const placed = await placeCheckout(t, pickupInput(store, [{ skuId: (await skuOf())!, quantity: 1 }]), shopper.token);
      await lag.check();
      expect(lag.fresh()).toBe(true);
      const { myOrders } = await t.ok(MyOrdersDocument, { first: 10 }, shopper.token);
      expect(myOrders.nodes.map((o) => o.id)).toEqual(placed.orders.map((o) => o.id));
      // The catalog is still read on the replica, which has not seen the rename.
      expect(await productName()).not.toBe('红豆浆');
    } finally {
      await replica.admin('SELECT pg_wal_replay_resume()');
    }
  });

  const skuOf = async () =>
    (await query<{ id: string }>(t.em(), `SELECT id FROM sku WHERE product_id = :p::uuid LIMIT 1`, { p: productId }))[0]?.id;
});
