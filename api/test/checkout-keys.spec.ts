// The guarantee that replaced the checkout's foreign keys (migration 20261206b-checkout-keys): what orders and stock
// movements name is never deleted, truncated or renumbered, and a checkout naming a shopper that does not exist
// writes nothing, as the key on checkout.shopper_id used to refuse it.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../src/common/sql';
import { CheckoutDocument } from './generated/graphql';
import { makeSkus, makeStore, setStock } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import { count, pickupInput, placeCheckout } from './orders-helpers';

describe('what the checkout writes names rows that are kept for ever', () => {
  let t: TestApp;
  let store: string;
  let skus: string[];
  let shopper: { id: string; token: string };
  let placed: Awaited<ReturnType<typeof placeCheckout>>;

  beforeAll(async () => {
    t = await startTestApp({ jobs: false });
    store = (await makeStore(t.em(), { lat: 31.2, lng: 121.4 })).id;
    skus = await makeSkus(t.em(), 2);
    for (const sku of skus) await setStock(t.em(), store, sku, 10);
    shopper = await t.newShopper();
    placed = await placeCheckout(
      t,
      pickupInput(
        store,
        skus.map((skuId) => ({ skuId, quantity: 1 })),
      ),
      shopper.token,
    );
  });
  afterAll(() => t?.close());

  const refusal = async (sql: string, values: Record<string, unknown> = {}) => {
    try {
      await query(t.em(), sql, values);
    } catch (err) {
      return (err as { code?: string }).code;
    }
    return 'done';
  };

  it('refuses to delete, truncate or renumber a store, SKU, shopper, checkout or order', async () => {
    const rows: [string, string][] = [
      ['store', store],
      ['sku', skus[0]!],
      ['shopper', shopper.id],
      ['checkout', placed.checkout.id],
      ['customer_order', placed.orders[0]!.id],
    ];
    for (const [table, id] of rows) {
      expect(await refusal(`DELETE FROM ${table} WHERE id = :id::uuid`, { id }), `DELETE FROM ${table}`).toBe('23001');
      expect(
        await refusal(`UPDATE ${table} SET id = :to::uuid WHERE id = :id::uuid`, { id, to: randomUUID() }),
        `UPDATE ${table} SET id`,
      ).toBe('23001');
      expect(await refusal(`TRUNCATE ${table} CASCADE`), `TRUNCATE ${table}`).toBe('23001');
    }
    expect(await count(t, `SELECT count(*) AS n FROM customer_order WHERE id = :id::uuid`, { id: placed.orders[0]!.id })).toBe(1);
  });

  it('a checkout for a shopper that does not exist writes nothing and holds no stock', async () => {
    const ghost = randomUUID();
    const res = await t.gql(CheckoutDocument, { input: pickupInput(store, [{ skuId: skus[1]!, quantity: 1 }]) }, t.tokens.shopperOf(ghost));
    expect(res.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(await count(t, `SELECT count(*) AS n FROM checkout WHERE shopper_id = :id::uuid`, { id: ghost })).toBe(0);
    expect(await count(t, `SELECT count(*) AS n FROM customer_order WHERE shopper_id = :id::uuid`, { id: ghost })).toBe(0);
    const [stock] = await query<{ reserved: number }>(
      t.em(),
      `SELECT reserved FROM store_stock WHERE store_id = :s::uuid AND sku_id = :k::uuid`,
      {
        s: store,
        k: skus[1]!,
      },
    );
    expect(stock!.reserved).toBe(1);
  });
});
