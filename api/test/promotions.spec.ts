// Promotions through GraphQL over HTTP: HQ makes and launches a 满减 and a coupon, a shopper claims and pays less,
// gets exactly one unit's net back, bad input is refused by name, and limits hold under racing claims and checkouts.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CancelOrderDocument,
  ClaimCouponDocument,
  CreatePromotionDocument,
  MyCouponsDocument,
  PromotedCheckoutDocument,
  RefundOrderDocument,
  StopPromotionDocument,
  type CheckoutInput,
  type CreatePromotionInput,
} from './generated/graphql';
import { makeSkus, makeStore, setStock } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import { claimCoupon, claimedCoupon, launchPromotion } from './promotion-helpers';
import { query, watchStatements } from '../src/common/sql';
import { count, pay, pickupInput } from './orders-helpers';
import { raceWhileRowHeld } from './row-hold';

describe('promotions', () => {
  let t: TestApp;
  let store: string;
  let other: string;
  let skus: string[];

  const create = (input: Partial<CreatePromotionInput>) => launchPromotion(t, [store, other], input);
  const claim = (promotionId: string, token: string) => claimCoupon(t, promotionId, token);
  const claimed = (promotionId: string, token: string) => claimedCoupon(t, promotionId, token);
  const checkout = async (input: CheckoutInput, token: string) => (await t.ok(PromotedCheckoutDocument, { input }, token)).checkout;
  const placed = async (input: CheckoutInput, token: string) => {
    const c = await checkout(input, token);
    if (c.__typename !== 'CheckoutPlaced') throw new Error(JSON.stringify(c));
    return c;
  };

  beforeAll(async () => {
    t = await startTestApp();
    store = (await makeStore(t.em(), { lat: 31.2, lng: 121.41 })).id;
    other = (await makeStore(t.em(), { lat: 31.2, lng: 121.43 })).id;
    skus = await makeSkus(t.em(), 4, 1250);
    for (const sku of skus) {
      await setStock(t.em(), store, sku, 5_000);
      await setStock(t.em(), other, sku, 5_000);
    }
  });
  afterAll(() => t?.close());

  it('takes 满减 then the coupon off, marks the coupon used when paid, and refunds one unit its exact net', async () => {
    const mj = await create({
      kind: 'FULL_REDUCTION',
      name: '满100减10',
      storeIds: [store],
      tiers: [{ thresholdFen: 10_000, offFen: 1_000 }],
      budgetFen: 100_000,
    });
    const tpl = await create({
      name: '满50减5',
      couponKind: 'AMOUNT_OFF',
      thresholdFen: 5_000,
      offFen: 500,
      funder: 'STORE',
      totalLimit: 10,
    });
    const shopper = await t.newShopper();
    const coupon = await claimed(tpl, shopper.token);
    expect(await claim(tpl, shopper.token)).toMatchObject({ __typename: 'CouponNotClaimableError', problem: 'PER_USER_LIMIT' });

    // 3 × ¥12.50 + 7 × ¥12.50 = ¥125: 满减 ¥10 over both lines by net, then the ¥5 coupon.
    const c = await placed(
      pickupInput(
        store,
        [
          { skuId: skus[0]!, quantity: 3 },
          { skuId: skus[1]!, quantity: 7 },
        ],
        { couponId: coupon },
      ),
      shopper.token,
    );
    expect(c.checkout).toMatchObject({ goodsFen: 12_500, discountFen: 1_500, pointsFen: 0, totalFen: 11_000 });
    const lines = c.orders[0]!.lines;
    const taken = (kind: string) => lines.flatMap((l) => l.adjustments.filter((a) => a.kind === kind)).reduce((s, a) => s + a.amountFen, 0);
    expect([taken('FULL_REDUCTION'), taken('COUPON')]).toEqual([1_000, 500]);
    expect(lines.map((l) => l.adjustments.map((a) => [a.kind, a.amountFen, a.funder.kind, a.promotionId]))).toEqual([
      [
        ['FULL_REDUCTION', 300, 'HQ', mj],
        ['COUPON', 150, 'STORE', tpl],
      ],
      [
        ['FULL_REDUCTION', 700, 'HQ', mj],
        ['COUPON', 350, 'STORE', tpl],
      ],
    ]);
    expect((await t.ok(MyCouponsDocument, {}, shopper.token)).myCoupons).toMatchObject([{ id: coupon, state: 'LOCKED' }]);

    await pay(t, c.checkout.id, shopper.token);
    expect((await t.ok(MyCouponsDocument, {}, shopper.token)).myCoupons).toMatchObject([{ id: coupon, state: 'USED' }]);

    // One of the 3 units of the first line: its net 3750 − 450 = 3300, a third of it is 1100.
    const orderId = c.orders[0]!.id;
    const { refundOrder } = await t.ok(
      RefundOrderDocument,
      { input: { orderId, reason: 'damaged', lines: [{ lineId: lines[0]!.id, quantity: 1 }] } },
      t.tokens.clerk(store),
    );
    expect(refundOrder).toMatchObject({ __typename: 'CustomerOrder', refundedFen: 1_100 });
    // The rest returns exactly what was paid.
    const rest = await t.ok(RefundOrderDocument, { input: { orderId, reason: 'damaged' } }, t.tokens.clerk(store));
    expect(rest.refundOrder).toMatchObject({ refundedFen: 11_000 });
    // The whole checkout refunded: the coupon goes back (the declared rule).
    expect((await t.ok(MyCouponsDocument, {}, shopper.token)).myCoupons).toMatchObject([{ id: coupon, state: 'AVAILABLE' }]);
    const [budget] = await query<{ spent_fen: string; uses: number }>(
      t.em(),
      `SELECT spent_fen, uses FROM promotion WHERE id = :id::uuid`,
      {
        id: mj,
      },
    );
    expect(budget).toEqual({ spent_fen: '1000', uses: 1 });
    await t.ok(StopPromotionDocument, { id: mj }, t.tokens.hq());
  });

  it('answers a coupon it cannot use with the reason, and places nothing', async () => {
    const tpl = await create({ name: '满200减20', couponKind: 'AMOUNT_OFF', thresholdFen: 20_000, offFen: 2_000 });
    const counterOnly = await create({ name: '门店券', couponKind: 'AMOUNT_OFF', thresholdFen: 0, offFen: 100, channel: 'COUNTER' });
    const otherStore = await create({ name: '别店券', couponKind: 'AMOUNT_OFF', thresholdFen: 0, offFen: 100, storeIds: [other] });
    const later = await create({
      name: '明天券',
      couponKind: 'AMOUNT_OFF',
      offFen: 100,
      startsAt: '2026-11-19T04:00:00Z',
    });
    const a = await t.newShopper();
    const b = await t.newShopper();
    const cart = (couponId: string) => pickupInput(store, [{ skuId: skus[2]!, quantity: 2 }], { couponId });
    const before = await count(t, `SELECT count(*) AS n FROM checkout`);

    const mine = await claimed(tpl, a.token);
    expect(await checkout(cart(mine), b.token)).toMatchObject({ __typename: 'CouponNotUsableError', problem: 'NOT_YOURS' });
    expect(await checkout(cart(mine), a.token)).toMatchObject({
      __typename: 'CouponNotUsableError',
      problem: 'BELOW_THRESHOLD',
      shortFen: 17_500,
      message: '还差 ¥175 可减 ¥20',
    });
    expect(await checkout(cart(await claimed(counterOnly, a.token)), a.token)).toMatchObject({ problem: 'OTHER_CHANNEL' });
    expect(await checkout(cart(await claimed(otherStore, a.token)), a.token)).toMatchObject({
      problem: 'NOT_FOR_STORE',
      message: '不适用于本店',
    });
    expect(await checkout(cart(await claimed(later, a.token)), a.token)).toMatchObject({ problem: 'NOT_YET_VALID' });
    expect(await checkout(cart(randomUUID()), a.token)).toMatchObject({ problem: 'NOT_FOUND' });
    expect(await count(t, `SELECT count(*) AS n FROM checkout`)).toBe(before);
  });

  it("gives an unpaid checkout's coupon back when it is cancelled", async () => {
    const tpl = await create({ name: '无门槛', couponKind: 'AMOUNT_OFF', thresholdFen: 0, offFen: 300 });
    const s = await t.newShopper();
    const coupon = await claimed(tpl, s.token);
    const c = await placed(pickupInput(store, [{ skuId: skus[3]!, quantity: 1 }], { couponId: coupon }), s.token);
    expect(c.checkout.totalFen).toBe(950);
    expect((await t.ok(CancelOrderDocument, { orderId: c.orders[0]!.id }, s.token)).cancelOrder).toMatchObject({ state: 'CANCELLED' });
    expect((await t.ok(MyCouponsDocument, {}, s.token)).myCoupons).toMatchObject([{ id: coupon, state: 'AVAILABLE' }]);
    const [p] = await query<{ spent_fen: string; uses: number }>(t.em(), `SELECT spent_fen, uses FROM promotion WHERE id = :id::uuid`, {
      id: tpl,
    });
    expect(p).toEqual({ spent_fen: '0', uses: 0 });
  });

  it('pays part with points under the caps, and gives back each refunded unit its share of them', async () => {
    const s = await t.newShopper();
    // 3,000 points earned on an earlier order (1 point pays 1 fen; at most half of the goods).
    const earlier = await placed(pickupInput(store, [{ skuId: skus[3]!, quantity: 1 }]), s.token);
    await query(
      t.em(),
      `INSERT INTO points_entry (id, shopper_id, order_id, kind, points, created_at) VALUES (gen_random_uuid(), :s::uuid, :o::uuid, 'AWARD', 3000, now())`,
      { s: s.id, o: earlier.orders[0]!.id },
    );
    const balance = async () =>
      (await query<{ n: string }>(t.em(), `SELECT sum(points) AS n FROM points_entry WHERE shopper_id = :s::uuid`, { s: s.id }))[0]!.n;
    // ¥12.50 × 4 = ¥50: half is 2,500 fen, so 2,500 of the 3,000 points go.
    const c = await placed(pickupInput(store, [{ skuId: skus[2]!, quantity: 4 }], { usePoints: true }), s.token);
    expect(c.checkout).toMatchObject({ goodsFen: 5_000, pointsUsed: 2_500, pointsFen: 2_500, discountFen: 0, totalFen: 2_500 });
    expect(await balance()).toBe('500');
    await pay(t, c.checkout.id, s.token);
    const line = c.orders[0]!.lines[0]!;
    const one = await t.ok(
      RefundOrderDocument,
      { input: { orderId: c.orders[0]!.id, reason: 'damaged', lines: [{ lineId: line.id, quantity: 1 }] } },
      t.tokens.clerk(store),
    );
    expect(one.refundOrder).toMatchObject({ refundedFen: 625 });
    expect(await balance()).toBe('1125');
    await t.ok(RefundOrderDocument, { input: { orderId: c.orders[0]!.id, reason: 'damaged' } }, t.tokens.clerk(store));
    expect(await balance()).toBe('3000');
  });

  it('refuses terms that make no sense at creation', async () => {
    const bad = async (input: Partial<CreatePromotionInput>) => {
      const res = await t.gql(
        CreatePromotionDocument,
        { input: { kind: 'COUPON', name: '坏券', channel: 'BOTH', funder: 'HQ', ...input } as CreatePromotionInput },
        t.tokens.hq(),
      );
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(input)).toBe('BAD_USER_INPUT');
    };
    await bad({ couponKind: 'PERCENT_OFF', offBp: 0 });
    await bad({ couponKind: 'PERCENT_OFF', offBp: 10_001 });
    await bad({ couponKind: 'AMOUNT_OFF', offFen: -5 });
    await bad({ couponKind: 'AMOUNT_OFF', offFen: 100, budgetFen: -1 });
    await bad({ kind: 'FULL_REDUCTION', tiers: [{ thresholdFen: 100, offFen: 200 }] });
    expect(await count(t, `SELECT count(*) AS n FROM promotion WHERE name = '坏券'`)).toBe(0);
  });

  it('gives exactly 100 coupons to 2,000 racing claims, nobody over their limit', async () => {
    const tpl = await create({ name: '限量券', couponKind: 'AMOUNT_OFF', offFen: 100, totalLimit: 100, perUserLimit: 2 });
    // 80 shoppers may hold 2 each (160 > 100), each sending 25 claims at once.
    const shoppers = await Promise.all(Array.from({ length: 80 }, () => t.newShopper()));
    // All at once; a claim the server sheds (SERVICE_UNAVAILABLE, the pool's queue full) is sent again after the
    // pause it names, as the app does (spread out, not all in the same
    // instant), so every one of the 2,000 gets its answer.
    const claimUntilAnswered = async (token: string) => {
      for (;;) {
        const res = await t.gql(ClaimCouponDocument, { promotionId: tpl }, token);
        const busy = res.errors?.find((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE');
        if (!busy) {
          if (res.errors?.length || !res.data) throw new Error(JSON.stringify(res.errors));
          return res.data.claimCoupon;
        }
        await new Promise((r) => setTimeout(r, Number(busy.extensions!.retryAfterSeconds) * 1000 * (0.5 + Math.random())));
      }
    };
    const results = await Promise.all(Array.from({ length: 2_000 }, (_, i) => claimUntilAnswered(shoppers[Math.floor(i / 25)]!.token)));
    expect(results.filter((r) => r.__typename === 'Coupon')).toHaveLength(100);
    const refused = results.filter((r) => r.__typename === 'CouponNotClaimableError');
    expect(refused).toHaveLength(1_900);
    const problems = new Set(refused.map((r) => (r.__typename === 'CouponNotClaimableError' ? r.problem : '')));
    expect([...problems].every((p) => p === 'SOLD_OUT' || p === 'PER_USER_LIMIT')).toBe(true);
    expect(problems.has('PER_USER_LIMIT')).toBe(true);
    expect(await count(t, `SELECT count(*) AS n FROM coupon WHERE promotion_id = :p::uuid`, { p: tpl })).toBe(100);
    expect(
      await count(
        t,
        `SELECT count(*) AS n FROM (SELECT shopper_id FROM coupon WHERE promotion_id = :p::uuid GROUP BY 1 HAVING count(*) > 2) x`,
        { p: tpl },
      ),
    ).toBe(0);
    expect(await count(t, `SELECT claimed AS n FROM promotion WHERE id = :p::uuid`, { p: tpl })).toBe(100);
  }, 180_000);

  it('lets one of 50 racing checkouts with one coupon through, and that one is paid', async () => {
    const tpl = await create({ name: '抢券', couponKind: 'AMOUNT_OFF', offFen: 200 });
    const s = await t.newShopper();
    const coupon = await claimed(tpl, s.token);
    const results = await Promise.all(
      Array.from({ length: 50 }, () => checkout(pickupInput(store, [{ skuId: skus[0]!, quantity: 1 }], { couponId: coupon }), s.token)),
    );
    const won = results.filter((r) => r.__typename === 'CheckoutPlaced');
    expect(won).toHaveLength(1);
    expect(results.filter((r) => r.__typename === 'CouponNotUsableError' && r.problem === 'USED')).toHaveLength(49);
    const c = won[0]!;
    if (c.__typename !== 'CheckoutPlaced') throw new Error('unreachable');
    await pay(t, c.checkout.id, s.token);
    expect(await count(t, `SELECT count(*) AS n FROM checkout WHERE coupon_id = :c::uuid AND state = 'PAID'`, { c: coupon })).toBe(1);
  });
  it('places a checkout with a coupon and a 满减 in one statement, no transaction; a refused coupon or budget leaves nothing written', async () => {
    // A store of its own, so the 满减 (20 off 2, a budget for three checkouts) touches no other test's cart.
    const shop = (await makeStore(t.em(), { lat: 31.2, lng: 121.45 })).id;
    const sku = skus[1]!;
    await setStock(t.em(), shop, sku, 5_000);
    const mj = await launchPromotion(t, [shop], {
      kind: 'FULL_REDUCTION',
      name: '满20减2',
      tiers: [{ thresholdFen: 2_000, offFen: 200 }],
      budgetFen: 600,
    });
    const tpl = await launchPromotion(t, [shop], { name: '无门槛减1元', couponKind: 'AMOUNT_OFF', offFen: 100 });
    const cart = (extra: Partial<CheckoutInput> = {}) => pickupInput(shop, [{ skuId: sku, quantity: 2 }], extra);
    const watched = async <T>(work: () => Promise<T>) => {
      const sent: string[] = [];
      const unwatch = watchStatements((x) => sent.push(x.text));
      try {
        return { answer: await work(), sent };
      } finally {
        unwatch();
      }
    };
    const placing = (sent: string[]) => sent.filter((x) => x.includes('INSERT INTO checkout'));
    const racing = <T>(lock: string, id: string, start: () => Promise<T>[]) =>
      raceWhileRowHeld(t.config.databaseUrl, { sql: lock, id }, (x) => x.includes('INSERT INTO checkout'), start);
    const transactionControl = (sent: string[]) => sent.filter((x) => /^\s*(BEGIN|START|COMMIT|ROLLBACK)/i.test(x));
    const stock = async () =>
      (
        await query<{ reserved: number; moved: number }>(
          t.em(),
          `SELECT (SELECT reserved FROM store_stock WHERE store_id = :s::uuid AND sku_id = :k::uuid) AS reserved,
                  (SELECT count(*)::int FROM stock_movement WHERE store_id = :s::uuid AND sku_id = :k::uuid) AS moved`,
          { s: shop, k: sku },
        )
      )[0]!;
    const budget = async () =>
      (
        await query<{ spent_fen: string; uses: number }>(t.em(), `SELECT spent_fen, uses FROM promotion WHERE id = :id::uuid`, { id: mj })
      )[0];

    // The plain checkout warms what a running API has warm; then one with the coupon and the 满减 (2 × ¥12.50 - 2 - 1).
    const s = await t.newShopper();
    await placed(pickupInput(shop, [{ skuId: sku, quantity: 1 }]), s.token);
    const plain = await watched(() => placed(pickupInput(shop, [{ skuId: sku, quantity: 1 }]), s.token));
    const promoted = await watched(async () => placed(cart({ couponId: await claimed(tpl, s.token) }), s.token));
    expect(promoted.answer.checkout).toMatchObject({ discountFen: 300, totalFen: 2_200 });
    expect(transactionControl(promoted.sent)).toEqual([]);
    // One statement writes it all: the checkout, the stock hold, the coupon locked and the budget spent.
    expect(placing(promoted.sent)).toHaveLength(1);
    expect(placing(promoted.sent)[0]).toMatch(/UPDATE coupon SET state = 'LOCKED'[\s\S]*UPDATE promotion p SET spent_fen/);
    // At most one statement more than the plain checkout: the coupon's read before pricing (the claim is the test's own).
    // The outbox relay's statements (its poll each second, its claim after a commit) fall in either window by chance.
    const own = (sent: string[]) =>
      sent.filter((x) => !x.includes('INSERT INTO coupon_claim') && !/^\s*(WITH s AS \()?(UPDATE|DELETE FROM) outbox\b/.test(x));
    expect(own(promoted.sent).length).toBeLessThanOrEqual(own(plain.sent).length + 1);
    expect(await budget()).toEqual({ spent_fen: '200', uses: 1 });

    // Six checkouts at once with one coupon: all priced it available and reached the placing statement; one locked it,
    // the others' statements were refused whole (no checkout, stock hold, movement or budget) and they say it is used.
    const racer = await t.newShopper();
    const coupon = await claimed(tpl, racer.token);
    const before = await stock();
    // The test holds the coupon's row until all six have sent the placing statement: otherwise a racer that reads the
    // coupon after the winner's commit is refused before placing, and the race this checks does not happen.
    const couponRace = await racing(`SELECT id FROM coupon WHERE id = $1::uuid FOR UPDATE`, coupon, () =>
      Array.from({ length: 6 }, () => checkout(cart({ couponId: coupon }), racer.token)),
    );
    expect(couponRace.answers.filter((a) => a.__typename === 'CheckoutPlaced')).toHaveLength(1);
    expect(couponRace.answers.filter((a) => a.__typename === 'CouponNotUsableError' && a.problem === 'USED')).toHaveLength(5);
    expect(transactionControl(couponRace.sent)).toEqual([]);
    expect(placing(couponRace.sent)).toHaveLength(6);
    expect(await count(t, `SELECT count(*) AS n FROM checkout WHERE shopper_id = :s::uuid`, { s: racer.id })).toBe(1);
    expect(await stock()).toEqual({ reserved: before.reserved + 2, moved: before.moved + 1 });
    expect(await budget()).toEqual({ spent_fen: '400', uses: 2 });

    // Six shoppers at once for the budget's last checkout, each expecting the discounted total: one gets it; the others'
    // statements were refused whole, and priced afresh without the spent 满减 they are told the price changed.
    const crowd = await Promise.all(Array.from({ length: 6 }, () => t.newShopper()));
    const budgetRace = await racing(`SELECT id FROM promotion WHERE id = $1::uuid FOR UPDATE`, mj, () =>
      crowd.map((c) => checkout(cart({ expectedTotalFen: 2_300 }), c.token)),
    );
    expect(budgetRace.answers.filter((a) => a.__typename === 'CheckoutPlaced')).toHaveLength(1);
    expect(budgetRace.answers.filter((a) => a.__typename === 'PriceChangedError')).toHaveLength(5);
    expect(transactionControl(budgetRace.sent)).toEqual([]);
    expect(placing(budgetRace.sent)).toHaveLength(6);
    const ids = `{${crowd.map((c) => c.id)}}`;
    expect(await count(t, `SELECT count(*) AS n FROM checkout WHERE shopper_id = ANY(:ids::uuid[])`, { ids })).toBe(1);
    expect(await stock()).toEqual({ reserved: before.reserved + 4, moved: before.moved + 2 });
    expect(await budget()).toEqual({ spent_fen: '600', uses: 3 });
  });
});
