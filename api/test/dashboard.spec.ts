// HQ's dashboard: a seeded month of orders (with boundary cases on both sides of the period, in the chain's time
// zone) is computed independently here and must match the API's figures exactly; changes to orders made through
// the API after a refresh show up at the next refresh; clerks cannot read it.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../src/common/sql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { groupDeadline } from '../src/jobs/group-deadline';
import {
  AdvanceOrderDocument,
  CreateGroupBuyOfferDocument,
  DashboardDocument,
  RefreshDashboardDocument,
  RefundOrderDocument,
  type DashboardQuery,
} from './generated/graphql';
import { makeSkus, makeStore, setStock } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import { pay, pickupInput, placeCheckout } from './orders-helpers';

/** A small seeded generator (mulberry32), so a failing case can be replayed. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface SeedOrder {
  id: string;
  storeId: string;
  fulfilment: 'DELIVERY' | 'PICKUP';
  state: string;
  goods: number;
  fee: number;
  refunded: number;
  paidAt: Date;
  acceptSec: number | null;
  readySec: number | null;
  deadline: Date | null;
  handedOverAt: Date | null;
  rerouted: boolean;
  lines: { skuId: string; price: number; quantity: number; refundedQuantity: number }[];
  ledger: { fee: number; hq: number; stores: number } | null;
}

const SHANGHAI_MS = 8 * 3600_000;
const localDay = (d: Date) => new Date(d.getTime() + SHANGHAI_MS).toISOString().slice(0, 10);
const localHour = (d: Date) => new Date(d.getTime() + SHANGHAI_MS).getUTCHours();
const lowerMedian = (xs: number[]) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.ceil(xs.length / 2) - 1]! : null);
const minutes = (sec: number) => Math.min(Math.floor(sec / 60), 120);

/** The test's own account of a set of orders, written from the definitions in the schema's descriptions. */
function expected(orders: SeedOrder[]) {
  const total = (o: SeedOrder) => o.goods + o.fee;
  const gmv = orders.reduce((a, o) => a + total(o), 0);
  const pickups = orders.filter((o) => o.fulfilment === 'PICKUP');
  const settled = pickups.filter((o) => !['PAID', 'ACCEPTED', 'READY_FOR_PICKUP'].includes(o.state));
  const onTime = pickups.filter((o) => o.handedOverAt && (!o.deadline || o.handedOverAt <= o.deadline));
  const rerouted = orders.filter((o) => o.rerouted).length;
  const hours = new Array<number>(24).fill(0);
  for (const o of orders) hours[localHour(o.paidAt)]! += 1;
  return {
    totals: {
      orders: orders.length,
      gmvFen: gmv,
      averageOrderFen: orders.length ? Math.round(gmv / orders.length) : null,
      deliveryOrders: orders.length - pickups.length,
      deliveryGmvFen: gmv - pickups.reduce((a, o) => a + total(o), 0),
      pickupOrders: pickups.length,
      pickupGmvFen: pickups.reduce((a, o) => a + total(o), 0),
      pickupsSettled: settled.length,
      pickupsOnTime: onTime.length,
      pickupOnTimeRate: settled.length ? onTime.length / settled.length : null,
      medianMinutesToAccept: lowerMedian(orders.filter((o) => o.acceptSec !== null).map((o) => minutes(o.acceptSec!))),
      medianMinutesToReady: lowerMedian(orders.filter((o) => o.readySec !== null).map((o) => minutes(o.readySec!))),
      reroutedOrders: rerouted,
      reroutedRate: orders.length ? rerouted / orders.length : null,
      refundedOrders: orders.filter((o) => o.refunded > 0).length,
      refundedFen: orders.reduce((a, o) => a + o.refunded, 0),
      feeFen: orders.reduce((a, o) => a + (o.ledger?.fee ?? 0), 0),
      hqShareFen: orders.reduce((a, o) => a + (o.ledger?.hq ?? 0), 0),
      storeShareFen: orders.reduce((a, o) => a + (o.ledger?.stores ?? 0), 0),
    },
    ordersByHour: hours,
  };
}

function topProducts(orders: SeedOrder[]) {
  const by = new Map<string, { quantity: number; revenueFen: number }>();
  for (const o of orders)
    for (const l of o.lines) {
      const q = l.quantity - l.refundedQuantity;
      const s = by.get(l.skuId) ?? { quantity: 0, revenueFen: 0 };
      s.quantity += q;
      s.revenueFen += q * l.price;
      by.set(l.skuId, s);
    }
  return [...by.entries()]
    .filter(([, s]) => s.quantity > 0)
    .map(([skuId, s]) => ({ skuId, ...s }))
    .sort((a, b) => b.quantity - a.quantity || b.revenueFen - a.revenueFen || (a.skuId < b.skuId ? -1 : 1))
    .slice(0, 10);
}

describe('HQ dashboard', () => {
  let t: TestApp;
  let stores: { id: string; code: string }[];
  let skus: string[];
  const prices = new Map<string, number>();
  const seeded: SeedOrder[] = [];
  const FROM = '2026-11-01';
  const TO = '2026-11-30';
  // The period in UTC: 2026-10-31 16:00Z to 2026-11-30 16:00Z.
  const start = Date.parse('2026-10-31T16:00:00Z');
  const end = Date.parse('2026-11-30T16:00:00Z');

  beforeAll(async () => {
    // No jobs: the seeded month keeps its uncollected pickups past their deadlines and its orders handed over days
    // ago; a sweep (the one at start, or the repeating one on the wall clock) would refund or complete them behind
    // the test's back, whenever it happens to run.
    t = await startTestApp({ now: '2026-12-05T04:00:00Z', env: { DASHBOARD_MAX_AGE_SEC: '3600' }, jobs: false });
    stores = [];
    for (let i = 0; i < 3; i++) stores.push(await makeStore(t.em(), { lat: 31.2 + i * 0.05, lng: 121.45 }));
    skus = [...(await makeSkus(t.em(), 6, 990)), ...(await makeSkus(t.em(), 6, 2350))];
    for (const [i, s] of skus.entries()) prices.set(s, i < 6 ? 990 : 2350);

    const r = rng(20261129);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
    // 240 orders spread over a window a day wider than the period on each side, plus exact boundary instants.
    const instants = Array.from({ length: 240 }, () => new Date(start - 86_400_000 + r() * (end - start + 2 * 86_400_000)));
    instants.push(new Date(start), new Date(start - 1000), new Date(end - 1000), new Date(end));
    for (const paidAt of instants) {
      const fulfilment = r() < 0.5 ? 'PICKUP' : 'DELIVERY';
      const lines = Array.from({ length: 1 + Math.floor(r() * 3) }, (_, position) => {
        const skuId = skus[(Math.floor(r() * skus.length) + position) % skus.length]!;
        return { skuId, price: prices.get(skuId)!, quantity: 1 + Math.floor(r() * 3), refundedQuantity: 0 };
      });
      const goods = lines.reduce((a, l) => a + l.price * l.quantity, 0);
      const fee = fulfilment === 'DELIVERY' ? 500 : 0;
      const fate = r();
      const acceptSec = fate < 0.06 ? null : Math.floor(r() * 600) + (r() < 0.05 ? 9000 : 0); // a few over two hours
      const readySec = acceptSec === null || fate < 0.1 ? null : acceptSec + Math.floor(r() * 2400);
      const deadline = fulfilment === 'PICKUP' ? new Date(paidAt.getTime() + 24 * 3600_000) : null;
      let state: string;
      let handedOverAt: Date | null = null;
      let refunded = 0;
      if (acceptSec === null) state = 'PAID';
      else if (readySec === null) state = 'ACCEPTED';
      else if (fate < 0.16) {
        state = 'REFUNDED';
        refunded = goods + fee;
        for (const l of lines) l.refundedQuantity = l.quantity;
      } else if (fulfilment === 'PICKUP' && fate < 0.22) state = 'READY_FOR_PICKUP';
      else {
        state = fulfilment === 'PICKUP' ? 'PICKED_UP' : 'DELIVERED';
        const late = fulfilment === 'PICKUP' && fate > 0.93;
        handedOverAt = new Date(paidAt.getTime() + (late ? 25 * 3600_000 : readySec * 1000 + Math.floor(r() * 7200_000)));
        if (fate > 0.85 && fate <= 0.9) {
          // One line partly refunded after hand-over.
          const l = lines[0]!;
          l.refundedQuantity = 1;
          refunded = l.price;
        }
      }
      const handedOver = handedOverAt !== null;
      const ledger = handedOver && r() < 0.6 ? { fee: Math.round((goods + fee) * 0.006), hq: 0, stores: 0 } : null;
      if (ledger) {
        ledger.stores = Math.floor((goods + fee - ledger.fee) * 0.2);
        ledger.hq = goods + fee - ledger.fee - ledger.stores;
      }
      seeded.push({
        id: randomUUID(),
        storeId: pick(stores).id,
        fulfilment,
        state,
        goods,
        fee,
        refunded,
        paidAt,
        acceptSec,
        readySec,
        deadline,
        handedOverAt,
        rerouted: r() < 0.08,
        lines,
        ledger,
      });
    }
    // An unpaid order in the period must not count.
    await insertOrders(t, seeded, stores[0]!.id);
    await query(
      t.em(),
      `INSERT INTO customer_order (id, checkout_id, shopper_id, store_id, fulfilment, state, goods_fen, delivery_fee_fen, total_fen, distance_m,
                                   contact_name, contact_phone, created_at, updated_at)
       SELECT gen_random_uuid(), (SELECT id FROM checkout LIMIT 1), '00000000-0000-4000-8000-000000000003', :s::uuid, 'PICKUP', 'CANCELLED', 1000, 0, 1000, 0,
              'x', '1', timestamptz '2026-11-10T02:00:00Z', timestamptz '2026-11-10T02:00:00Z'`,
      { s: stores[0]!.id },
    );
  });
  afterAll(() => t?.close());

  const inPeriod = () => seeded.filter((o) => o.paidAt.getTime() >= start && o.paidAt.getTime() < end);

  function checkAgainst(d: DashboardQuery['dashboard'], orders: SeedOrder[]) {
    const e = expected(orders);
    // The seeded orders carry no promotion: nobody paid for any.
    expect(d.totals).toEqual({ ...e.totals, hqPromotionCostFen: 0, storePromotionCostFen: 0 });
    expect(d.ordersByHour).toEqual(e.ordersByHour);
    expect(d.topProducts.map((p) => ({ skuId: p.skuId, quantity: p.quantity, revenueFen: p.revenueFen }))).toEqual(topProducts(orders));
    const days = new Map<string, { orders: number; gmvFen: number }>();
    for (const o of orders) {
      const x = days.get(localDay(o.paidAt)) ?? { orders: 0, gmvFen: 0 };
      x.orders += 1;
      x.gmvFen += o.goods + o.fee;
      days.set(localDay(o.paidAt), x);
    }
    expect(d.days).toEqual([...days.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([day, x]) => ({ day, ...x })));
  }

  it('matches the seeded month computed independently, chain-wide and per store, with stores ranked by GMV', async () => {
    const orders = inPeriod();
    expect(orders.length).toBeGreaterThan(200);
    expect(seeded.length - orders.length).toBeGreaterThanOrEqual(2); // the boundary orders just outside are seeded
    const { dashboard: d } = await t.ok(DashboardDocument, { from: FROM, to: TO }, t.tokens.hq());
    expect(d.timeZone).toBe('Asia/Shanghai');
    checkAgainst(d, orders);

    const ranked = stores
      .map((s) => {
        const mine = orders.filter((o) => o.storeId === s.id);
        const e = expected(mine).totals;
        return {
          storeId: s.id,
          storeCode: s.code,
          orders: e.orders,
          gmvFen: e.gmvFen,
          averageOrderFen: e.averageOrderFen,
          pickupOnTimeRate: e.pickupOnTimeRate,
          reroutedRate: e.reroutedRate,
          refundedFen: e.refundedFen,
        };
      })
      .sort((a, b) => b.gmvFen - a.gmvFen || (a.storeCode < b.storeCode ? -1 : 1))
      .map((s, i) => ({ rank: i + 1, ...s }));
    expect(d.stores.map(({ storeName: _n, city: _c, ...s }) => s)).toEqual(ranked);

    for (const s of stores) {
      const { dashboard: one } = await t.ok(DashboardDocument, { from: FROM, to: TO, storeId: s.id }, t.tokens.hq());
      checkAgainst(
        one,
        orders.filter((o) => o.storeId === s.id),
      );
      expect(one.stores.map((x) => x.storeId)).toEqual([s.id]);
    }

    // One day: the first local day of the period only.
    const { dashboard: day } = await t.ok(DashboardDocument, { from: FROM, to: FROM }, t.tokens.hq());
    checkAgainst(
      day,
      orders.filter((o) => localDay(o.paidAt) === FROM),
    );
  });

  it('picks up orders paid, accepted and refunded through the API at the next refresh', async () => {
    const before = (await t.ok(DashboardDocument, { from: '2026-12-05', to: '2026-12-05' }, t.tokens.hq())).dashboard.totals;
    const store = stores[1]!;
    await setStock(t.em(), store.id, skus[0]!, 10);
    const shopper = await t.newShopper();
    const placed = await placeCheckout(t, pickupInput(store.id, [{ skuId: skus[0]!, quantity: 2 }]), shopper.token);
    await pay(t, placed.checkout.id, shopper.token);
    const orderId = placed.orders[0]!.id;
    t.clock.set(new Date(t.clock.now().getTime() + 3 * 60_000 + 30_000));
    await t.ok(AdvanceOrderDocument, { orderId, event: 'ACCEPT' }, t.tokens.clerk(store.id));

    // Within DASHBOARD_MAX_AGE_SEC a read keeps the figures it has; a refresh brings the order in.
    const stale = (await t.ok(DashboardDocument, { from: '2026-12-05', to: '2026-12-05' }, t.tokens.hq())).dashboard.totals;
    expect(stale.orders).toBe(before.orders);
    const { refreshDashboard } = await t.ok(RefreshDashboardDocument, {}, t.tokens.hq());
    expect(refreshDashboard.days).toEqual(['2026-12-05']);
    const after = (await t.ok(DashboardDocument, { from: '2026-12-05', to: '2026-12-05' }, t.tokens.hq())).dashboard;
    expect(after.totals).toMatchObject({
      orders: before.orders + 1,
      gmvFen: before.gmvFen + 2 * 990,
      pickupOrders: before.pickupOrders + 1,
      medianMinutesToAccept: 3,
    });
    expect(after.ordersByHour[12]).toBe(1); // 04:00Z is noon in Shanghai

    const { refundOrder } = await t.ok(RefundOrderDocument, { input: { orderId, reason: '缺货' } }, t.tokens.hq());
    expect(refundOrder.__typename).toBe('CustomerOrder');
    await t.ok(RefreshDashboardDocument, {}, t.tokens.hq());
    const refunded = (await t.ok(DashboardDocument, { from: '2026-12-05', to: '2026-12-05' }, t.tokens.hq())).dashboard;
    expect(refunded.totals).toMatchObject({ refundedOrders: 1, refundedFen: 2 * 990, pickupsSettled: 1, pickupsOnTime: 0 });
    expect(refunded.topProducts).toEqual([]);
    // The seeded month is untouched by December's orders.
    const { dashboard: nov } = await t.ok(DashboardDocument, { from: FROM, to: TO }, t.tokens.hq());
    checkAgainst(nov, inPeriod());
  });

  it('counts a group order only once its group forms, and never one whose group failed', async () => {
    const day = '2026-12-05';
    const totals = async () => {
      await t.ok(RefreshDashboardDocument, {}, t.tokens.hq());
      return (await t.ok(DashboardDocument, { from: day, to: day }, t.tokens.hq())).dashboard.totals;
    };
    const before = await totals();
    const store = stores[2]!;
    await setStock(t.em(), store.id, skus[1]!, 10);
    const now = t.clock.now().getTime();
    const { createGroupBuyOffer: offer } = await t.ok(
      CreateGroupBuyOfferDocument,
      {
        input: {
          name: '两人团',
          skuId: skus[1]!,
          storeIds: [store.id],
          groupPriceFen: 500,
          groupSize: 2,
          formMinutes: 5,
          autoForm: false,
          startsAt: new Date(now - 3600_000).toISOString(),
          endsAt: new Date(now + 3600_000).toISOString(),
        },
      },
      t.tokens.hq(),
    );
    const member = async (groupId?: string) => {
      const shopper = await t.newShopper();
      const input = pickupInput(store.id, [{ skuId: skus[1]!, quantity: 1 }], { groupOfferId: offer.id, ...(groupId ? { groupId } : {}) });
      const placed = await placeCheckout(t, input, shopper.token);
      await pay(t, placed.checkout.id, shopper.token);
      return placed.orders[0]!.id;
    };
    const groupOf = async (orderId: string) =>
      (await query<{ group_id: string }>(t.em(), `SELECT group_id FROM group_buy_member WHERE order_id = :o::uuid`, { o: orderId }))[0]!
        .group_id;

    // Paid into a group that has not formed: no sale yet, neither in the figures nor in the top products.
    const leader = await member();
    const lonely = await member();
    expect(await totals()).toEqual(before);
    // The group forms: both orders count, as pickups still to settle.
    await member(await groupOf(leader));
    expect(await totals()).toMatchObject({
      orders: before.orders + 2,
      gmvFen: before.gmvFen + 2 * 500,
      pickupOrders: before.pickupOrders + 2,
      pickupsSettled: before.pickupsSettled,
    });
    // The other group fails at its deadline and is refunded: it never counts.
    t.clock.set(new Date(t.clock.now().getTime() + 6 * 60_000));
    expect(await groupDeadline({ groupId: await groupOf(lonely) }, { ...t.runtime, em: t.em() as EntityManager })).toMatch(/failed/);
    expect(await totals()).toMatchObject({
      orders: before.orders + 2,
      refundedOrders: before.refundedOrders,
      refundedFen: before.refundedFen,
    });
  });

  it('keeps a change that is still in flight during a refresh for the next one', async () => {
    const order = inPeriod().find((o) => o.state === 'DELIVERED' && o.refunded === 0)!;
    const day = localDay(order.paidAt);
    const refunds = async () => (await t.ok(DashboardDocument, { from: day, to: day }, t.tokens.hq())).dashboard.totals.refundedFen;
    const before = await refunds();
    // A committed change marks the order; a second change starts and holds the order (and its mark) uncommitted.
    await query(t.em(), `UPDATE customer_order SET refunded_fen = 1 WHERE id = :id::uuid`, { id: order.id });
    const other = new pg.Client({ connectionString: t.config.databaseUrl });
    await other.connect();
    try {
      await other.query('BEGIN');
      await other.query(`UPDATE customer_order SET refunded_fen = 2 WHERE id = $1`, [order.id]);
      // The refresh neither waits for it nor forgets it: it leaves the order (its mark is locked) to the next one.
      await t.ok(RefreshDashboardDocument, {}, t.tokens.hq());
      expect(await refunds()).toBe(before);
      await other.query('COMMIT');
    } finally {
      await other.end();
    }
    await t.ok(RefreshDashboardDocument, {}, t.tokens.hq());
    expect(await refunds()).toBe(before + 2);
    await query(t.em(), `UPDATE customer_order SET refunded_fen = 0 WHERE id = :id::uuid`, { id: order.id });
    await t.ok(RefreshDashboardDocument, {}, t.tokens.hq());
    expect(await refunds()).toBe(before);
  });

  it('lets a read that finds the figures stale during another refresh wait for it, not read half-rebuilt days', async () => {
    await query(
      t.em(),
      `INSERT INTO dashboard_dirty_order (order_id) SELECT id FROM customer_order WHERE paid_at IS NOT NULL ON CONFLICT DO NOTHING`,
      {},
    );
    t.clock.set(new Date(t.clock.now().getTime() + 2 * 3600_000)); // past DASHBOARD_MAX_AGE_SEC: every read refreshes
    const reads = await Promise.all([1, 2, 3].map(() => t.ok(DashboardDocument, { from: FROM, to: TO }, t.tokens.hq())));
    for (const { dashboard } of reads) checkAgainst(dashboard, inPeriod());
  });

  it('is for HQ only and refuses a period it cannot cover', async () => {
    const clerk = await t.gql(DashboardDocument, { from: FROM, to: TO }, t.tokens.clerk(stores[0]!.id));
    expect(clerk.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const long = await t.gql(DashboardDocument, { from: '2026-01-01', to: '2026-12-31' }, t.tokens.hq());
    expect(long.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const backwards = await t.gql(DashboardDocument, { from: TO, to: FROM }, t.tokens.hq());
    expect(backwards.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const notAStore = await t.gql(DashboardDocument, { from: FROM, to: TO, storeId: 'SH-001' }, t.tokens.hq());
    expect(notAStore.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

/** Writes the seeded orders as the API would have left them: the order, its lines, its steps and its ledger. */
async function insertOrders(t: TestApp, orders: SeedOrder[], anyStore: string) {
  const em = t.em();
  const [{ id: checkout }] = await query<{ id: string }>(
    em,
    `INSERT INTO checkout (id, shopper_id, idempotency_key, request_hash, state, fulfilment, goods_fen, delivery_fee_fen, total_fen, out_trade_no, payment_expires_at, created_at)
     VALUES (gen_random_uuid(), '00000000-0000-4000-8000-000000000003', 'seed', 'h', 'PAID', 'PICKUP', 1, 0, 1, 'LLSEED', now(), now()) RETURNING id`,
    {},
  );
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  const rows = orders.map((o) => ({
    id: o.id,
    store_id: o.storeId,
    fulfilment: o.fulfilment,
    state: o.state,
    goods: o.goods,
    fee: o.fee,
    refunded: o.refunded,
    paid_at: iso(o.paidAt),
    deadline: iso(o.deadline),
    handed_over_at: iso(o.handedOverAt),
    rejected: o.rerouted ? [anyStore] : [],
  }));
  await query(
    em,
    `INSERT INTO customer_order (id, checkout_id, shopper_id, store_id, fulfilment, state, goods_fen, delivery_fee_fen, total_fen, refunded_fen, distance_m,
                                 contact_name, contact_phone, stock, rejected_store_ids, paid_at, pickup_deadline, handed_over_at, created_at, updated_at)
     SELECT x.id, :c::uuid, '00000000-0000-4000-8000-000000000003', x.store_id, x.fulfilment, x.state, x.goods, x.fee, x.goods + x.fee, x.refunded, 100,
            'x', '1', 'CONSUMED', ARRAY(SELECT jsonb_array_elements_text(x.rejected))::uuid[], x.paid_at, x.deadline, x.handed_over_at, x.paid_at, x.paid_at
     FROM jsonb_to_recordset(:rows::jsonb) AS x(id uuid, store_id uuid, fulfilment text, state text, goods int, fee int, refunded int,
                                                paid_at timestamptz, deadline timestamptz, handed_over_at timestamptz, rejected jsonb)`,
    { c: checkout, rows: JSON.stringify(rows) },
  );
  const lines = orders.flatMap((o) =>
    o.lines.map((l, i) => ({
      order_id: o.id,
      position: i + 1,
      sku_id: l.skuId,
      price: l.price,
      quantity: l.quantity,
      refunded: l.refundedQuantity,
    })),
  );
  await query(
    em,
    `INSERT INTO order_line (id, order_id, position, sku_id, sku_code, name, unit_price_fen, quantity, refunded_quantity)
     SELECT gen_random_uuid(), x.order_id, x.position, x.sku_id, k.code, 'seed', x.price, x.quantity, x.refunded
     FROM jsonb_to_recordset(:rows::jsonb) AS x(order_id uuid, position int, sku_id uuid, price int, quantity int, refunded int) JOIN sku k ON k.id = x.sku_id`,
    { rows: JSON.stringify(lines) },
  );
  // Steps: ACCEPT, then MARK_READY (pickup) or DISPATCH (delivery); a second, later ACCEPT must not count.
  const steps = orders.flatMap((o) => {
    const at = (sec: number) => new Date(o.paidAt.getTime() + sec * 1000).toISOString();
    const out = [{ order_id: o.id, store_id: o.storeId, event: 'PAY', at: at(0) }];
    if (o.acceptSec !== null)
      out.push(
        { order_id: o.id, store_id: o.storeId, event: 'ACCEPT', at: at(o.acceptSec) },
        { order_id: o.id, store_id: o.storeId, event: 'ACCEPT', at: at(o.acceptSec + 7200) },
      );
    if (o.readySec !== null)
      out.push({ order_id: o.id, store_id: o.storeId, event: o.fulfilment === 'PICKUP' ? 'MARK_READY' : 'DISPATCH', at: at(o.readySec) });
    return out;
  });
  await query(
    em,
    `INSERT INTO order_transition (id, order_id, from_state, to_state, event, store_id, actor, at)
     SELECT gen_random_uuid(), x.order_id, 'X', 'Y', x.event, x.store_id, 'seed', x.at FROM jsonb_to_recordset(:rows::jsonb) AS x(order_id uuid, store_id uuid, event text, at timestamptz)`,
    { rows: JSON.stringify(steps) },
  );
  const postings = orders
    .filter((o) => o.ledger)
    .map((o) => ({ order_id: o.id, store_id: o.storeId, total: o.goods + o.fee, ...o.ledger!, at: o.handedOverAt!.toISOString() }));
  await query(
    em,
    `WITH p AS (
       INSERT INTO ledger_posting (id, order_id, event_key, kind, received_fen, fee_fen, posted_at)
       SELECT gen_random_uuid(), x.order_id, 'SALE', 'SALE', x.total, x.fee, x.at FROM jsonb_to_recordset(:rows::jsonb) AS x(order_id uuid, total int, fee int, at timestamptz)
       RETURNING id, order_id)
     INSERT INTO ledger_entry (posting_id, order_id, kind, account, role, store_id, amount_fen, business_day, posted_at)
     SELECT p.id, x.order_id, 'SALE', e.account, e.role, x.store_id, e.amount, (x.at AT TIME ZONE 'Asia/Shanghai')::date, x.at
     FROM jsonb_to_recordset(:rows::jsonb) AS x(order_id uuid, store_id uuid, total int, fee int, hq int, stores int, at timestamptz)
     JOIN p ON p.order_id = x.order_id
     CROSS JOIN LATERAL (VALUES ('CLEARING', 'GROSS', -x.total), ('FEE', 'FEE', x.fee), ('HQ', 'HQ', x.hq), ('STORE', 'FULFILLING', x.stores)) AS e(account, role, amount)
     WHERE e.amount <> 0`,
    { rows: JSON.stringify(postings) },
  );
}
