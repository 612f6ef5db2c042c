// HQ's promotion screens over HTTP: the list by status and kind (paged, HQ only), drafts edited and launched ones
// not, the simulation over last week's real paid checkouts checked against pricing each one by hand, and the live
// view's discount and cost by funder and store.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  HqCreatePromotionDraftDocument,
  HqPromotionListDocument,
  HqPromotionStatsDocument,
  HqSimulatePromotionDocument,
  HqUpdatePromotionDocument,
  LaunchPromotionDocument,
  StopPromotionDocument,
  type CreatePromotionInput,
  type HqPromotionListQuery,
} from './generated/graphql';
import { makeSkus, makeStore, setStock } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import { pay, pickupInput, placeCheckout } from './orders-helpers';
import { claimedCoupon, launchPromotion } from './promotion-helpers';
import { query } from '../src/common/sql';
import { hamilton } from './oracles';

/** [hq, store] of one adjustment. */
function bySplit(amount: number, funder: string, storeBp: number): [number, number] {
  if (funder === 'HQ') return [amount, 0];
  if (funder === 'STORE') return [0, amount];
  const [store, hq] = hamilton(amount, [storeBp, 10_000 - storeBp]);
  return [hq!, store!];
}

interface PaidLine {
  store_id: string;
  sku_id: string;
  category_id: string;
  gross: number;
}
interface PaidCheckout {
  id: string;
  shopper_id: string;
  lines: PaidLine[];
}

describe('HQ promotions', () => {
  let t: TestApp;
  let storeA: string;
  let storeB: string;
  let catX: string;
  let skusX: string[];
  let skusY: string[];
  const hq = () => t.tokens.hq();
  const draft = async (input: Partial<CreatePromotionInput>) =>
    (
      await t.ok(
        HqCreatePromotionDraftDocument,
        {
          input: {
            kind: 'COUPON',
            couponKind: 'AMOUNT_OFF',
            offFen: 100,
            name: '券',
            channel: 'BOTH',
            funder: 'HQ',
            ...input,
          } as CreatePromotionInput,
        },
        hq(),
      )
    ).createPromotion.id;

  beforeAll(async () => {
    t = await startTestApp();
    storeA = (await makeStore(t.em(), { lat: 31.2, lng: 121.41 })).id;
    storeB = (await makeStore(t.em(), { lat: 31.2, lng: 121.43 })).id;
    skusX = await makeSkus(t.em(), 3);
    skusY = await makeSkus(t.em(), 2);
    const prices = [1290, 2350, 799, 1575, 3399];
    for (const [i, sku] of [...skusX, ...skusY].entries()) {
      await query(t.em(), `UPDATE sku SET price_fen = :p::int WHERE id = :id::uuid`, { p: prices[i]!, id: sku });
      await setStock(t.em(), storeA, sku, 5_000);
      await setStock(t.em(), storeB, sku, 5_000);
    }
    const [c] = await query<{ category_id: string }>(
      t.em(),
      `SELECT p.category_id FROM sku s JOIN product p ON p.id = s.product_id WHERE s.id = :id::uuid`,
      { id: skusX[0] },
    );
    catX = c!.category_id;
  });
  afterAll(() => t?.close());

  it('simulates a 满减 and a coupon over last week exactly as pricing each paid checkout by hand', async () => {
    const now = t.clock.now().getTime();
    const shoppers = await Promise.all([1, 2, 3, 4].map(() => t.newShopper()));
    // A fixed pseudo-random week: 16 paid checkouts, 1–3 different SKUs each, at store A or B.
    let seed = 22;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const all = [...skusX, ...skusY];
    const placed: { id: string; hoursAgo: number }[] = [];
    for (let i = 0; i < 16; i++) {
      const who = shoppers[rand(4)]!;
      const picked = [...new Set([all[rand(5)]!, all[rand(5)]!, all[rand(5)]!].slice(0, 1 + rand(3)))];
      const c = await placeCheckout(
        t,
        pickupInput(
          rand(3) === 0 ? storeB : storeA,
          picked.map((skuId) => ({ skuId, quantity: 1 + rand(4) })),
        ),
        who.token,
      );
      await pay(t, c.checkout.id, who.token);
      // 14 within the last 7 days, 2 before them.
      placed.push({ id: c.checkout.id, hoursAgo: i < 14 ? 1 + i * 11 : 7 * 24 + 5 + i });
    }
    // One placed but never paid: not an order of last week.
    await placeCheckout(t, pickupInput(storeA, [{ skuId: skusX[0]!, quantity: 9 }]), shoppers[0]!.token);
    for (const p of placed) {
      const at = new Date(now - p.hoursAgo * 3_600_000).toISOString();
      await query(t.em(), `UPDATE checkout SET paid_at = :at::timestamptz WHERE id = :id::uuid`, { at, id: p.id });
      await query(t.em(), `UPDATE customer_order SET paid_at = :at::timestamptz WHERE checkout_id = :id::uuid`, { at, id: p.id });
    }
    // The week as the database holds it, oldest payment first, each line at the price it was sold at.
    const lines = await query<PaidLine & { checkout_id: string; shopper_id: string }>(
      t.em(),
      `SELECT k.id AS checkout_id, k.shopper_id, o.store_id, l.sku_id, p.category_id, l.unit_price_fen * l.quantity AS gross
       FROM checkout k JOIN customer_order o ON o.checkout_id = k.id JOIN order_line l ON l.order_id = o.id
       JOIN sku s ON s.id = l.sku_id JOIN product p ON p.id = s.product_id
       WHERE k.paid_at >= :from::timestamptz AND k.paid_at < :to::timestamptz ORDER BY k.paid_at, k.id, l.position`,
      { from: new Date(now - 7 * 86_400_000).toISOString(), to: new Date(now).toISOString() },
    );
    const week: PaidCheckout[] = [];
    for (const l of lines) {
      if (week.at(-1)?.id !== l.checkout_id) week.push({ id: l.checkout_id, shopper_id: l.shopper_id, lines: [] });
      week.at(-1)!.lines.push(l);
    }
    expect(week).toHaveLength(14);

    // 满减 on category X: 满20减3, 满50减8; the store bears 33.33 %; a budget that runs out during the week.
    const tiers = [
      { thresholdFen: 2_000, offFen: 300 },
      { thresholdFen: 5_000, offFen: 800 },
    ];
    const offOf = (c: PaidCheckout) => {
      const base = c.lines.filter((l) => l.category_id === catX).reduce((s, l) => s + l.gross, 0);
      return base >= 5_000 ? 800 : base >= 2_000 ? 300 : 0;
    };
    // Its budget: ¥1.50 short of what the week would take, so the last checkout it touches gets only part.
    const budgetFen = week.reduce((s, c) => s + offOf(c), 0) - 150;
    expect(budgetFen).toBeGreaterThan(1_000); // several checkouts reach a tier
    const mj = await draft({
      kind: 'FULL_REDUCTION',
      couponKind: null,
      offFen: null,
      name: '满20减3',
      tiers,
      categoryIds: [catX],
      funder: 'SPLIT',
      funderStoreBp: 3_333,
      budgetFen,
    });
    const expected = { checkouts: 14, qualifiedCheckouts: 0, qualifiedOrders: 0, discountFen: 0, hqFen: 0, storeFen: 0 };
    const perStore = new Map<string, { orders: number; discountFen: number; hqFen: number; storeFen: number }>();
    const charge = (storeId: string, amount: number, hqFen: number, storeFen: number, newOrder: boolean) => {
      const s = perStore.get(storeId) ?? { orders: 0, discountFen: 0, hqFen: 0, storeFen: 0 };
      s.orders += newOrder ? 1 : 0;
      s.discountFen += amount;
      s.hqFen += hqFen;
      s.storeFen += storeFen;
      perStore.set(storeId, s);
      expected.discountFen += amount;
      expected.hqFen += hqFen;
      expected.storeFen += storeFen;
    };
    let budget = budgetFen;
    for (const c of week) {
      const covered = c.lines.filter((l) => l.category_id === catX);
      const amount = Math.min(offOf(c), budget);
      if (amount === 0) continue;
      budget -= amount;
      expected.qualifiedCheckouts += 1;
      expected.qualifiedOrders += 1; // pickup: one order per checkout
      hamilton(
        amount,
        covered.map((l) => l.gross),
      ).forEach((part, i) => {
        if (part === 0) return;
        const [hqFen, storeFen] = bySplit(part, 'SPLIT', 3_333);
        charge(covered[i]!.store_id, part, hqFen, storeFen, i === 0);
      });
    }
    expect(budget).toBe(0);
    expect(expected.discountFen).toBe(budgetFen);
    const sim = (await t.ok(HqSimulatePromotionDocument, { id: mj }, hq())).simulatePromotion;
    if (sim.__typename !== 'PromotionSimulation') throw new Error(JSON.stringify(sim));
    expect(sim).toMatchObject(expected);
    expect(new Date(sim.to).getTime() - new Date(sim.from).getTime()).toBe(7 * 86_400_000);
    expect(Object.fromEntries(sim.byStore.map(({ storeId, ...rest }) => [storeId, rest]))).toEqual(Object.fromEntries(perStore));

    // 85折 coupon capped at ¥8 from ¥20 at store A, funded by the store: one per shopper, three in all.
    const coupon = await draft({
      name: '85折券',
      couponKind: 'PERCENT_OFF',
      offFen: null,
      offBp: 1_500,
      capFen: 800,
      thresholdFen: 2_000,
      storeIds: [storeA],
      funder: 'STORE',
      perUserLimit: 1,
      totalLimit: 3,
    });
    const used = new Set<string>();
    let coupons = 0;
    let couponFen = 0;
    for (const c of week) {
      if (used.has(c.shopper_id) || coupons >= 3) continue;
      const base = c.lines.filter((l) => l.store_id === storeA).reduce((s, l) => s + l.gross, 0);
      if (base === 0 || base < 2_000) continue;
      used.add(c.shopper_id);
      coupons += 1;
      couponFen += Math.min(Math.floor((base * 1_500) / 10_000), 800);
    }
    expect(coupons).toBeGreaterThan(0);
    const csim = (await t.ok(HqSimulatePromotionDocument, { id: coupon }, hq())).simulatePromotion;
    expect(csim).toMatchObject({ qualifiedCheckouts: coupons, discountFen: couponFen, hqFen: 0, storeFen: couponFen });
  });

  it('shows a live promotion: discount on paid orders, cost by funder and store, budget left', async () => {
    const mj = await launchPromotion(t, [storeA], {
      kind: 'FULL_REDUCTION',
      name: '满20减3',
      tiers: [{ thresholdFen: 2_000, offFen: 333 }],
      funder: 'SPLIT',
      funderStoreBp: 5_000,
      budgetFen: 10_000,
    });
    const shopper = await t.newShopper();
    const lines = [
      { skuId: skusX[0]!, quantity: 1 },
      { skuId: skusY[0]!, quantity: 1 },
    ];
    const paid = await placeCheckout(t, pickupInput(storeA, lines), shopper.token);
    await pay(t, paid.checkout.id, shopper.token);
    // Placed, not paid: its discount is not given yet.
    await placeCheckout(t, pickupInput(storeA, lines), shopper.token);
    // 1290 + 1575: ¥3.33 by net → 150 and 183; each halved by largest remainder (a tie goes to the store).
    const parts = hamilton(333, [1290, 1575]);
    expect(parts).toEqual([150, 183]);
    const costs = parts.map((p) => bySplit(p, 'SPLIT', 5_000));
    const hqFen = costs.reduce((s, c) => s + c[0], 0);
    const storeFen = costs.reduce((s, c) => s + c[1], 0);
    expect([hqFen, storeFen]).toEqual([166, 167]);
    const stats = (await t.ok(HqPromotionStatsDocument, { id: mj }, hq())).promotionStats;
    if (stats.__typename !== 'PromotionStats') throw new Error(JSON.stringify(stats));
    expect(stats).toMatchObject({ orders: 1, discountFen: 333, hqFen, storeFen, usesLeft: null, promotion: { status: 'LIVE' } });
    // Budgets are taken at checkout, the unpaid one's too, until it is paid or released.
    expect(stats.budgetLeftFen).toBe(10_000 - 333 - 333);
    expect(stats.byStore).toMatchObject([{ storeId: storeA, orders: 1, discountFen: 333, hqFen, storeFen }]);

    const coupon = await launchPromotion(t, [storeB], { name: '无门槛 ¥2', couponKind: 'AMOUNT_OFF', offFen: 200, totalLimit: 5 });
    const couponId = await claimedCoupon(t, coupon, shopper.token);
    const withCoupon = await placeCheckout(t, pickupInput(storeB, [{ skuId: skusY[1]!, quantity: 1 }], { couponId }), shopper.token);
    await pay(t, withCoupon.checkout.id, shopper.token);
    await claimedCoupon(t, coupon, (await t.newShopper()).token);
    const cstats = (await t.ok(HqPromotionStatsDocument, { id: coupon }, hq())).promotionStats;
    expect(cstats).toMatchObject({ claimed: 2, used: 1, locked: 0, orders: 1, discountFen: 200, hqFen: 200, storeFen: 0 });

    await t.ok(StopPromotionDocument, { id: mj }, hq());
    expect((await t.ok(HqPromotionStatsDocument, { id: mj }, hq())).promotionStats).toMatchObject({ promotion: { status: 'STOPPED' } });
  });

  it('lists promotions by status and kind, a page at a time, to HQ only; edits drafts, never launched ones', async () => {
    const drafted = await draft({ name: '草稿券' });
    const live = await launchPromotion(t, [], { name: '进行中券', couponKind: 'AMOUNT_OFF', offFen: 100 });
    const ended = await launchPromotion(t, [], {
      name: '已结束券',
      couponKind: 'AMOUNT_OFF',
      offFen: 100,
      startsAt: new Date(t.clock.now().getTime() - 2 * 86_400_000).toISOString(),
      endsAt: new Date(t.clock.now().getTime() - 86_400_000).toISOString(),
    });
    const spent = await launchPromotion(t, [], {
      kind: 'FULL_REDUCTION',
      name: '用完预算',
      tiers: [{ thresholdFen: 100, offFen: 1 }],
      budgetFen: 0,
    });
    const stopped = await launchPromotion(t, [], { name: '已停止券', couponKind: 'AMOUNT_OFF', offFen: 100 });
    await t.ok(StopPromotionDocument, { id: stopped }, hq());

    const ids = async (status: string | null, kind: string | null = null) => {
      const out: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: HqPromotionListQuery['promotions'] = (
          await t.ok(HqPromotionListDocument, { status: status as never, kind: kind as never, first: 2, after }, hq())
        ).promotions;
        out.push(...page.nodes.map((n) => n.id));
        if (!page.pageInfo.hasNextPage) return out;
        after = page.pageInfo.endCursor!;
      }
    };
    expect(await ids('DRAFT')).toContain(drafted);
    expect(await ids('LIVE')).toContain(live);
    expect(await ids('LIVE')).not.toContain(ended);
    expect(await ids('ENDED')).toEqual(expect.arrayContaining([ended, spent]));
    expect(await ids('STOPPED')).toContain(stopped);
    expect(await ids('STOPPED')).not.toContain(live);
    expect(await ids('ENDED', 'FULL_REDUCTION')).toEqual([spent]);
    // Every promotion once, newest first, across pages.
    const every = await ids(null);
    const newestFirst = await query<{ id: string }>(t.em(), `SELECT id FROM promotion ORDER BY created_at DESC, id DESC`, {});
    expect(every).toEqual(newestFirst.map((r) => r.id));

    const shopper = await t.newShopper();
    const refused = await t.gql(HqPromotionListDocument, {}, shopper.token);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const edited = (
      await t.ok(
        HqUpdatePromotionDocument,
        {
          id: drafted,
          input: {
            kind: 'FULL_REDUCTION',
            name: '改成满减',
            tiers: [{ thresholdFen: 5_000, offFen: 800 }],
            channel: 'ONLINE',
            funder: 'SPLIT',
            funderStoreBp: 2_500,
          },
        },
        hq(),
      )
    ).updatePromotion;
    expect(edited).toMatchObject({
      name: '改成满减',
      tiers: [{ thresholdFen: 5_000, offFen: 800 }],
      funder: 'SPLIT',
      funderStoreBp: 2_500,
    });
    const refusedEdit = await t.gql(
      HqUpdatePromotionDocument,
      { id: live, input: { kind: 'COUPON', couponKind: 'AMOUNT_OFF', offFen: 5, name: 'x', channel: 'BOTH', funder: 'HQ' } },
      hq(),
    );
    expect(refusedEdit.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    // A 折扣 over 100 % is refused with the field it is about (the console shows the reason beside it).
    const bad = await t.gql(
      HqUpdatePromotionDocument,
      { id: drafted, input: { kind: 'COUPON', couponKind: 'PERCENT_OFF', offBp: 10_001, name: 'x', channel: 'BOTH', funder: 'HQ' } },
      hq(),
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(bad.errors?.[0]?.extensions)).toContain('offBp');
    expect((await t.ok(LaunchPromotionDocument, { id: drafted }, hq())).launchPromotion).toMatchObject({ state: 'LIVE' });
  });
});
