// HQ batches to a segment by member level and lapse (no paid order since a date): the preview counts exactly the
// shoppers the batch then reaches, and the template's batches list what each went to and gave.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../src/common/sql';
import { makeSkus, makeStore, setStock } from './fixtures';
import { CouponBatchDocument, CouponBatchesDocument, CouponSegmentSizeDocument, IssueCouponBatchDocument } from './generated/graphql';
import { startTestApp, type TestApp } from './harness';
import { eventually, pay, pickupInput, placeCheckout } from './orders-helpers';
import { launchPromotion } from './promotion-helpers';

describe('coupon batches to a segment', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ jobs: true });
  });
  afterAll(() => t?.close());

  it('previews the count of a level-and-lapsed segment, then sends exactly to it', async () => {
    const store = (await makeStore(t.em(), { lat: 31.2, lng: 121.41 })).id;
    const [sku] = await makeSkus(t.em(), 1, 2_000);
    await setStock(t.em(), store, sku!, 100);
    const silver = randomUUID();
    await query(
      t.em(),
      `INSERT INTO member_level (id, name, growth_threshold, updated_at) VALUES (gen_random_uuid(), '普通会员', 0, now()), (:s::uuid, '银卡', 100, now())`,
      { s: silver },
    );
    const [a, b, c, d] = await Promise.all(Array.from({ length: 4 }, () => t.newShopper()));
    for (const s of [a!, b!, c!])
      await query(
        t.em(),
        `INSERT INTO member_growth (id, shopper_id, order_id, kind, growth, created_at) VALUES (gen_random_uuid(), :s::uuid, gen_random_uuid(), 'AWARD', 150, now())`,
        { s: s.id },
      );
    // c is silver but bought today: not lapsed.
    const placed = await placeCheckout(t, pickupInput(store, [{ skuId: sku!, quantity: 1 }]), c!.token);
    await pay(t, placed.checkout.id, c!.token);

    const since = new Date(t.clock.now().getTime() - 30 * 86_400_000).toISOString();
    const segment = { levelId: silver, noOrderSince: since };
    const { couponSegmentSize } = await t.ok(CouponSegmentSizeDocument, { segment }, t.tokens.hq());
    expect(couponSegmentSize).toBe(2);
    // Lapsed at any level: every shopper but c (d and the harness's own shoppers have not paid since either).
    const [all] = await query<{ n: number }>(t.em(), `SELECT count(*)::int AS n FROM shopper`, {});
    expect((await t.ok(CouponSegmentSizeDocument, { segment: { noOrderSince: since } }, t.tokens.hq())).couponSegmentSize).toBe(all!.n - 1);

    const tpl = await launchPromotion(t, [], { name: '银卡回归券', couponKind: 'AMOUNT_OFF', offFen: 500, issuedBy: 'HQ' });
    const { issueCouponBatch: sent } = await t.ok(IssueCouponBatchDocument, { promotionId: tpl, segment }, t.tokens.hq());
    if (sent.__typename !== 'CouponBatch') throw new Error(JSON.stringify(sent));
    await eventually(async () => (await t.ok(CouponBatchDocument, { id: sent.id }, t.tokens.hq())).couponBatch?.state === 'DONE');
    const holders = await query<{ shopper_id: string }>(t.em(), `SELECT shopper_id FROM coupon WHERE promotion_id = :p::uuid`, { p: tpl });
    expect(holders.map((h) => h.shopper_id).sort()).toEqual([a!.id, b!.id].sort());
    expect(d).toBeDefined(); // on no level with a threshold: the default level only

    const { couponBatches } = await t.ok(CouponBatchesDocument, { promotionId: tpl }, t.tokens.hq());
    expect(couponBatches).toEqual([
      expect.objectContaining({ id: sent.id, state: 'DONE', targeted: 2, issued: 2, segment: { levelId: silver, noOrderSince: since } }),
    ]);
  });

  it('refuses an empty segment', async () => {
    const res = await t.gql(CouponSegmentSizeDocument, { segment: {} }, t.tokens.hq());
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
