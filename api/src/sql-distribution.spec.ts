// The distribution check itself (scripts/sql-distribution/check.mjs): a statement on a by-cluster table without the
// key fails, with it (in WHERE, in a JOIN, in an INSERT's columns) passes, and an allow-listed one passes.
import { beforeAll, describe, expect, it } from 'vitest';

interface Recorded {
  from: string;
  sql: string;
}
type AllowList = Record<string, unknown>;

// The checker is an ES module of the scripts (it runs after the tests in `npm test`); the API's tests are CommonJS.
let unkeyedTables: (sql: string) => string[];
let fingerprint: (sql: string) => string;
let violations: (records: Recorded[], allow: AllowList) => unknown[];

const from = 'api/src/modules/order/order.repository.ts';

describe('the distribution check', () => {
  beforeAll(async () => {
    const check = await import('../../scripts/sql-distribution/check.mjs');
    await check.ready;
    ({ unkeyedTables, fingerprint, violations } = check);
  });

  it('fails a statement on a by-cluster table that neither filters nor joins on cluster_id', () => {
    expect(unkeyedTables('SELECT id FROM customer_order WHERE id = $1')).toEqual(['customer_order']);
    expect(unkeyedTables('UPDATE checkout SET state = $2 WHERE id = $1')).toEqual(['checkout']);
    expect(unkeyedTables('INSERT INTO order_line (id, order_id) VALUES ($1, $2)')).toEqual(['order_line']);
    // One table keyed, the joined one not.
    expect(
      unkeyedTables('SELECT 1 FROM customer_order o JOIN order_line l ON l.order_id = o.id WHERE o.cluster_id = $1 AND o.id = $2'),
    ).toEqual(['order_line']);
    // The key in a subquery keys the subquery's table, not the outer one.
    expect(unkeyedTables('SELECT 1 FROM customer_order o WHERE o.id IN (SELECT order_id FROM order_line WHERE cluster_id = $1)')).toEqual([
      'customer_order',
    ]);
    expect(violations([{ from, sql: 'DELETE FROM pickup_code WHERE order_id = $1' }], {})).toHaveLength(1);
  });

  it('passes it with the key in WHERE, in the join, or in the INSERT', () => {
    expect(unkeyedTables('SELECT id FROM customer_order WHERE cluster_id = $1 AND id = $2')).toEqual([]);
    expect(
      unkeyedTables(
        'SELECT 1 FROM customer_order o JOIN order_line l ON l.order_id = o.id AND l.cluster_id = o.cluster_id WHERE o.cluster_id = $1',
      ),
    ).toEqual([]);
    expect(unkeyedTables('INSERT INTO order_line (id, order_id, cluster_id) VALUES ($1, $2, $3)')).toEqual([]);
    // Reference and shopper tables are not by cluster.
    expect(unkeyedTables('SELECT id FROM sku WHERE id = $1')).toEqual([]);
    expect(violations([{ from, sql: 'DELETE FROM pickup_code WHERE cluster_id = $2 AND order_id = $1' }], {})).toEqual([]);
  });

  it('passes an allow-listed statement, and leaves the tests own SQL alone', () => {
    const report = 'SELECT store_id, sum(amount_fen) FROM ledger_entry WHERE business_day = $1 GROUP BY store_id';
    expect(violations([{ from, sql: report }], {})).toHaveLength(1);
    expect(
      violations([{ from, sql: report }], { hqWide: { statements: [{ fingerprint: fingerprint(report), reason: 'settlement' }] } }),
    ).toEqual([]);
    expect(
      violations([{ from, sql: report }], { byShopper: { files: [{ file: 'api/src/modules/order/', reason: 'by shopper' }] } }),
    ).toEqual([]);
    expect(violations([{ from: 'api/test/fixtures.ts', sql: report }], {})).toEqual([]);
  });
});
