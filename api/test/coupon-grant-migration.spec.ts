// The move of the member levels' coupon grants (member_coupon_grant) into the one grant record (coupon_grant): run on a
// database that has grants of both kinds, every grant is still there under the key the grant path now uses, each names
// how it came, and the old table is gone.
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/database';
import { dropDatabase, FILE_DB_PREFIX, urlFor, withAdmin } from './db';

describe('the coupon grant migration', () => {
  const name = `${FILE_DB_PREFIX}cg${Date.now().toString(36)}`;
  afterAll(() => withAdmin((c) => dropDatabase(c, name)));

  it('moves the monthly and birthday grants into coupon_grant under the keys the grant path uses', async () => {
    await withAdmin((c) => c.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`));
    const orm = await openDatabase(urlFor(name));
    try {
      await orm.getMigrator().up({ to: '20261208c-paid-membership' });
      const sql = (text: string) => orm.em.getConnection().execute(text);
      await sql(`INSERT INTO shopper (id, openid) VALUES ('00000000-0000-4000-8000-0000000000a1', 'o-a1')`);
      await sql(`INSERT INTO promotion (id, kind, coupon_kind, name, channel, funder, off_fen, created_at, updated_at)
                 VALUES ('00000000-0000-4000-8000-0000000000b1', 'COUPON', 'AMOUNT_OFF', '会员月券', 'BOTH', 'HQ', 500, now(), now())`);
      const coupons = ['c1', 'c2', 'c3'].map((c, i) => `00000000-0000-4000-8000-0000000000${c}`.slice(0, 36 - 1) + i);
      for (const id of coupons)
        await sql(`INSERT INTO coupon (id, promotion_id, shopper_id, valid_from, claimed_at)
                   VALUES ('${id}', '00000000-0000-4000-8000-0000000000b1', '00000000-0000-4000-8000-0000000000a1', now(), now())`);
      await sql(`INSERT INTO member_coupon_grant (shopper_id, kind, period, promotion_id, coupon_id, granted_at) VALUES
                 ('00000000-0000-4000-8000-0000000000a1', 'MONTHLY', '2026-11', '00000000-0000-4000-8000-0000000000b1', '${coupons[0]}', '2026-11-01T00:10:00Z'),
                 ('00000000-0000-4000-8000-0000000000a1', 'BIRTHDAY', '2026', '00000000-0000-4000-8000-0000000000b1', '${coupons[1]}', '2026-11-02T00:10:00Z')`);
      await sql(`INSERT INTO coupon_grant (grant_key, promotion_id, shopper_id, coupon_id, granted_at) VALUES
                 ('GIFT:00000000-0000-4000-8000-0000000000b1:x', '00000000-0000-4000-8000-0000000000b1', '00000000-0000-4000-8000-0000000000a1', '${coupons[2]}', now())`);

      await orm.getMigrator().up();

      const grants = await sql(`SELECT grant_key, issued_by, coupon_id, granted_at FROM coupon_grant ORDER BY grant_key`);
      expect(grants.map((g) => [g.grant_key, g.issued_by, g.coupon_id])).toEqual([
        ['BIRTHDAY:2026:00000000-0000-4000-8000-0000000000a1', 'BIRTHDAY', coupons[1]],
        ['GIFT:00000000-0000-4000-8000-0000000000b1:x', 'AFTER_PURCHASE', coupons[2]],
        ['MONTHLY:2026-11:00000000-0000-4000-8000-0000000000a1', 'MONTHLY', coupons[0]],
      ]);
      expect(new Date(grants[2]!.granted_at as string).toISOString()).toBe('2026-11-01T00:10:00.000Z');
      const [old] = await sql(`SELECT to_regclass('public.member_coupon_grant') IS NULL AS gone`);
      expect(old!.gone).toBe(true);
    } finally {
      await orm.close(true);
    }
  });
});
