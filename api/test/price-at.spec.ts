// The checkout's statements write sku_price_at out (checkout.repository.ts, skuPriceAtSql) instead of calling it, for
// speed; an oracle holds the two equal: random price schedules (store and chain prices, open and closed windows, the
// same start entered twice), random stores and moments, every answer compared with the function's.
import { mulberry32 } from '@linli/geo-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../src/common/sql';
import { skuPriceAtSql } from '../src/modules/order/checkout.repository';
import { makeSkus, makeStore } from './fixtures';
import { startTestApp, type TestApp } from './harness';

const DAY = 86_400_000;

describe('the price of a SKU at a store and moment, written out', () => {
  let t: TestApp;
  let stores: string[];
  let skus: string[];
  const base = Date.parse('2026-11-18T04:00:00Z');

  beforeAll(async () => {
    t = await startTestApp({ jobs: false });
    stores = [];
    for (let i = 0; i < 3; i++) stores.push((await makeStore(t.em(), { lat: 31.2 + i * 0.01, lng: 121.4 })).id);
    skus = await makeSkus(t.em(), 12, 1000);
    const rand = mulberry32(20);
    const at = (days: number) => new Date(base + Math.round(days * 4) * (DAY / 4)).toISOString();
    const rows: { sku: string; store: string | null; price: number; starts: string; ends: string | null; created: string }[] = [];
    for (const sku of skus.slice(1)) {
      for (let n = Math.floor(rand() * 6); n > 0; n--) {
        const starts = (rand() - 0.5) * 10;
        rows.push({
          sku,
          store: rand() < 0.5 ? null : stores[Math.floor(rand() * stores.length)]!,
          price: 100 + Math.floor(rand() * 900),
          // Starts on quarter days, so that two rows often start together and created_at decides.
          starts: at(starts),
          ends: rand() < 0.5 ? null : at(starts + 0.25 + rand() * 3),
          created: new Date(base - Math.floor(rand() * 1000) * 1000).toISOString(),
        });
      }
    }
    await query(
      t.em(),
      `INSERT INTO sku_price (id, sku_id, store_id, price_fen, starts_at, ends_at, created_by, created_at)
       SELECT gen_random_uuid(), x.sku, x.store, x.price, x.starts, x.ends, 'test', x.created
       FROM jsonb_to_recordset(:rows::jsonb) AS x(sku uuid, store uuid, price int, starts timestamptz, ends timestamptz, created timestamptz)`,
      { rows: JSON.stringify(rows) },
    );
  });
  afterAll(() => t?.close());

  it('agrees with sku_price_at everywhere', async () => {
    const rand = mulberry32(7);
    const asks = Array.from({ length: 2000 }, () => ({
      sku: skus[Math.floor(rand() * skus.length)]!,
      store: stores[Math.floor(rand() * stores.length)]!,
      at: new Date(base + Math.round((rand() - 0.5) * 14 * 8) * (DAY / 8)).toISOString(),
    }));
    const rows = await query<{ fn: number; inline: number }>(
      t.em(),
      `SELECT sku_price_at(k.id, w.store_id, w.at) AS fn, ${skuPriceAtSql('w.store_id', 'w.at')} AS inline
       FROM unnest(:skus::uuid[], :stores::uuid[], :ats::timestamptz[]) AS w(sku_id, store_id, at) JOIN sku k ON k.id = w.sku_id`,
      {
        skus: `{${asks.map((a) => a.sku).join(',')}}`,
        stores: `{${asks.map((a) => a.store).join(',')}}`,
        ats: `{${asks.map((a) => a.at).join(',')}}`,
      },
    );
    expect(rows).toHaveLength(asks.length);
    expect(rows.filter((r) => r.fn !== r.inline)).toEqual([]);
    // The cases are varied: list prices, store prices and chain prices all answer somewhere.
    expect(new Set(rows.map((r) => r.fn)).size).toBeGreaterThan(20);
  });
});
