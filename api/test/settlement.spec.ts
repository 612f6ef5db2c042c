// Revenue splits end to end: HQ writes, validates and publishes rule sets over GraphQL; orders paid, handed over
// and refunded post an exact, balanced, append-only ledger; the month's settlement report (and its CSV) equals
// an independent calculation written here; a preview with the same rules gives the same figures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query, transaction } from '../src/common/sql';
import { OrderEvent, OrderState, TRANSITIONS } from '../src/modules/order/order-states';
import { Effects } from '../src/common/effects';
import { postOrderSplit, SALE_EVENT, SettlementStepListener } from '../src/modules/settlement/ledger';
import { lockOrder } from '../src/modules/order/order.repository';
import {
  AdvanceOrderDocument,
  BindHomeStoreDocument,
  BindShopperToStoreDocument,
  CreateSplitRuleSetDocument,
  PreviewSplitRuleSetDocument,
  PublishSplitRuleSetDocument,
  RefundOrderDocument,
  SaveStoreGroupDocument,
  SettlementReportDocument,
  SplitRuleSetsDocument,
  UpdateSplitRuleSetDocument,
  type SplitRuleInput,
} from './generated/graphql';
import { makeSkus, makeStore, setStock } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import { freshMemberCode } from './member-codes';
import { issueToken } from '../src/modules/auth/token';
import { Role } from '../src/modules/auth/auth.entity';
import { count, deliveryInput, handOverPickup, pay, pickupInput, placeCheckout } from './orders-helpers';
import { hamilton } from './oracles';

const FEE_BP = 60;

interface Expected {
  orders: number;
  gross: number;
  refund: number;
  fee: number;
  fulfilling: number;
  referring: number;
  hq: number;
}

describe('revenue splits', () => {
  let t: TestApp;
  let a: { id: string; code: string };
  let b: { id: string; code: string };
  let c: { id: string; code: string };
  let fresh: string[];
  let other: string[];
  let freshCat: string;
  let ruleSetV1: string;
  const home = { lat: 31.25, lng: 121.45 };
  const nearB = { lat: 31.3, lng: 121.5 };

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-11-02T04:00:00Z', env: { PAYMENT_FEE_BP: String(FEE_BP) } });
    a = await makeStore(t.em(), { lat: 31.25, lng: 121.455, deliveryRadiusM: 4000 });
    b = await makeStore(t.em(), { lat: 31.3, lng: 121.505, deliveryRadiusM: 4000 });
    c = await makeStore(t.em(), { lat: 31.2, lng: 121.4, deliveryRadiusM: 1000 });
    fresh = await makeSkus(t.em(), 2, 1290);
    other = await makeSkus(t.em(), 2, 2317);
    [{ id: freshCat }] = await query<{ id: string }>(
      t.em(),
      `SELECT p.category_id AS id FROM sku k JOIN product p ON p.id = k.product_id WHERE k.id = :k::uuid`,
      { k: fresh[0] },
    );
    for (const s of [...fresh, ...other]) for (const st of [a.id, b.id]) await setStock(t.em(), st, s, 100);
  });
  afterAll(() => t?.close());
  // Tokens are issued at the test clock's time, which moves through the month.
  const hqToken = () => t.tokens.hq();
  const asShopper = (s: { id: string }) =>
    issueToken({ role: Role.SHOPPER, shopperId: s.id }, t.config.authSecret, 3600, t.clock.now()).token;

  const rules = (): SplitRuleInput[] => [
    { name: 'default', fulfillingStoreBp: 1000, referringStoreBp: 500, priority: 0 },
    { name: 'delivery', fulfilment: 'DELIVERY', fulfillingStoreBp: 1500, referringStoreBp: 500, priority: 0 },
    { name: 'fresh', categoryId: freshCat, fulfillingStoreBp: 2000, referringStoreBp: 500, priority: 0 },
    { name: 'A pickup', storeId: a.id, fulfilment: 'PICKUP', fulfillingStoreBp: 2500, referringStoreBp: 500, priority: 0 },
  ];

  it('lets HQ (only) create, correct and publish a rule set; violations come back typed, naming the rule', async () => {
    expect(
      (await t.gql(CreateSplitRuleSetDocument, { input: { name: 'x', rules: rules() } }, t.tokens.clerk(a.id))).errors?.[0]?.extensions
        ?.code,
    ).toBe('FORBIDDEN');
    const bad = rules().concat([
      { name: 'greedy', fulfilment: 'PICKUP', fulfillingStoreBp: 2800, referringStoreBp: 500, priority: 0 },
      { name: 'pickup twin', fulfilment: 'PICKUP', fulfillingStoreBp: 100, referringStoreBp: 0, priority: 0 },
    ]);
    const created = (
      await t.ok(CreateSplitRuleSetDocument, { input: { name: '2026 splits', rules: bad.filter((r) => r.name !== 'default') } }, hqToken())
    ).createSplitRuleSet;
    if (created.__typename !== 'SplitRuleSet') throw new Error(JSON.stringify(created));
    expect(created).toMatchObject({ status: 'DRAFT', version: null });
    expect(created.rules.find((r) => r.name === 'A pickup')).toMatchObject({ specificity: 9, hqBp: 7000 });

    const rejected = (await t.ok(PublishSplitRuleSetDocument, { id: created.id }, hqToken())).publishSplitRuleSet;
    if (rejected.__typename !== 'SplitRuleSetRejectedError') throw new Error(JSON.stringify(rejected));
    expect(rejected.errorCode).toBe('SPLIT_RULE_SET_REJECTED');
    expect(rejected.violations.map((v) => [v.code, v.ruleName, v.otherRuleName])).toEqual([
      ['OVER_PROFIT_SHARING_CAP', 'greedy', null],
      ['NO_DEFAULT_RULE', null, null],
      ['OVERLAPPING_RULES', 'greedy', 'pickup twin'],
    ]);
    const unknown = (
      await t.ok(
        UpdateSplitRuleSetDocument,
        {
          id: created.id,
          input: { name: 'x', rules: [{ name: 'ghost', storeId: fresh[0]!, fulfillingStoreBp: 1, referringStoreBp: 0, priority: 0 }] },
        },
        hqToken(),
      )
    ).updateSplitRuleSet;
    expect(unknown).toMatchObject({
      __typename: 'SplitRuleSetRejectedError',
      violations: [{ code: 'UNKNOWN_REFERENCE', ruleName: 'ghost' }],
    });

    const fixed = (await t.ok(UpdateSplitRuleSetDocument, { id: created.id, input: { name: '2026 splits', rules: rules() } }, hqToken()))
      .updateSplitRuleSet;
    expect(fixed).toMatchObject({ __typename: 'SplitRuleSet', status: 'DRAFT' });
    // Effective times in the past are refused: orders already paid keep the version they recorded.
    expect(
      (await t.gql(PublishSplitRuleSetDocument, { id: created.id, effectiveAt: '2026-11-01T00:00:00Z' }, hqToken())).errors?.[0]?.extensions
        ?.code,
    ).toBe('BAD_USER_INPUT');
    t.clock.set('2026-10-31T00:00:00Z');
    const again = (await t.ok(PublishSplitRuleSetDocument, { id: created.id, effectiveAt: '2026-11-01T00:00:00Z' }, hqToken()))
      .publishSplitRuleSet;
    expect(again).toMatchObject({ __typename: 'SplitRuleSet', status: 'PUBLISHED', version: 1, effectiveAt: '2026-11-01T00:00:00.000Z' });
    ruleSetV1 = created.id;
    expect(
      (await t.ok(UpdateSplitRuleSetDocument, { id: created.id, input: { name: 'y', rules: rules() } }, hqToken())).updateSplitRuleSet,
    ).toMatchObject({
      __typename: 'SplitRuleSetNotEditableError',
      errorCode: 'SPLIT_RULE_SET_NOT_EDITABLE',
    });
    expect((await t.ok(SplitRuleSetsDocument, {}, hqToken())).splitRuleSets.map((s) => s.version)).toEqual([1]);
  });

  it('binds a shopper to the first store they scan, never overwritten', async () => {
    const s = await t.newShopper();
    expect((await t.ok(BindHomeStoreDocument, { storeCode: c.code }, s.token)).bindHomeStore).toMatchObject({
      storeId: c.id,
      newlyBound: true,
    });
    expect((await t.ok(BindHomeStoreDocument, { storeCode: a.code }, s.token)).bindHomeStore).toMatchObject({
      storeId: c.id,
      newlyBound: false,
    });
    expect((await t.ok(BindHomeStoreDocument, { storeCode: 'NOPE' }, s.token)).bindHomeStore).toMatchObject({
      __typename: 'StoreNotFoundError',
    });

    // Or a clerk signs the shopper up from the member code they show, on the same first-bind terms.
    const walkIn = await t.newShopper();
    const memberCode = (token: string) => freshMemberCode(t, token);
    expect(
      (await t.ok(BindShopperToStoreDocument, { memberCode: await memberCode(walkIn.token) }, t.tokens.clerk(b.id))).bindShopperToStore,
    ).toMatchObject({ storeId: b.id, newlyBound: true });
    expect(
      (await t.ok(BindShopperToStoreDocument, { memberCode: await memberCode(walkIn.token) }, t.tokens.clerk(a.id))).bindShopperToStore,
    ).toMatchObject({ __typename: 'MemberCodeAlreadyUsedError' });
    expect((await t.ok(BindHomeStoreDocument, { storeCode: c.code }, walkIn.token)).bindHomeStore).toMatchObject({
      storeId: b.id,
      newlyBound: false,
    });
    expect(
      (await t.ok(BindShopperToStoreDocument, { memberCode: await memberCode(s.token) }, t.tokens.clerk(a.id))).bindShopperToStore,
    ).toMatchObject({ __typename: 'MemberCodeAlreadyUsedError' });
    expect((await t.ok(BindShopperToStoreDocument, { memberCode: walkIn.id }, t.tokens.clerk(a.id))).bindShopperToStore).toMatchObject({
      __typename: 'MemberCodeNotFoundError',
    });
    const bySelf = await t.gql(BindShopperToStoreDocument, { memberCode: await memberCode(walkIn.token) }, walkIn.token);
    expect(bySelf.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('posts exact, balanced, replay-safe splits, and the month report equals an independent calculation', async () => {
    // Store group G = {B} gets its own order-level rule in a second version, in force from the 20th.
    await t.ok(SaveStoreGroupDocument, { input: { code: 'G', name: '北区', storeIds: [b.id] } }, hqToken());
    const referred = await t.newShopper();
    await t.ok(BindHomeStoreDocument, { storeCode: c.code }, asShopper(referred));
    const walkIn = await t.newShopper();
    const expected = new Map<string, Expected>();
    const bump = (storeId: string, day: string, add: Partial<Expected>) => {
      const key = `${storeId}|${day}`;
      const e = expected.get(key) ?? { orders: 0, gross: 0, refund: 0, fee: 0, fulfilling: 0, referring: 0, hq: 0 };
      for (const [k, v] of Object.entries(add)) e[k as keyof Expected] += v;
      expected.set(key, e);
    };
    /** The test's own split: each category's goods and the delivery fee by the rule the test knows applies. */
    const independentSplit = (o: { parts: { weight: number; bp: [number, number] }[]; received: number; referred: boolean }) => {
      const fee = Math.round((o.received * FEE_BP) / 10_000);
      const net = o.received - fee;
      const perPart = hamilton(
        net,
        o.parts.map((p) => p.weight),
      );
      let [f, r, h] = [0, 0, 0];
      o.parts.forEach((p, i) => {
        const [pf, pr] = p.bp;
        const [x, y, z] = hamilton(perPart[i]!, [pf, o.referred ? pr : 0, 10_000 - pf - (o.referred ? pr : 0)]);
        [f, r, h] = [f + x!, r + y!, h + z!];
      });
      return { fee, f, r, h };
    };
    const at = (iso: string) => t.clock.set(iso);
    const advance = async (
      orderId: string,
      storeId: string,
      events: ('ACCEPT' | 'MARK_READY' | 'HAND_OVER' | 'DISPATCH' | 'DELIVER')[],
    ) => {
      for (const event of events) {
        if (event === 'HAND_OVER') {
          await handOverPickup(t, orderId, storeId);
          continue;
        }
        const r = (await t.ok(AdvanceOrderDocument, { orderId, event }, t.tokens.clerk(storeId))).advanceOrder;
        if (r.__typename !== 'CustomerOrder') throw new Error(JSON.stringify(r));
      }
    };

    // 1. Pickup at A by the referred shopper on 2 Nov (local); one fresh unit refunded before hand-over.
    at('2026-11-02T02:00:00Z');
    const p1 = await placeCheckout(
      t,
      pickupInput(a.id, [
        { skuId: fresh[0]!, quantity: 3 },
        { skuId: other[0]!, quantity: 1 },
      ]),
      asShopper(referred),
    );
    await pay(t, p1.checkout.id, asShopper(referred));
    const o1 = p1.orders[0]!;
    const freshLine = o1.lines.find((l) => l.skuId === fresh[0])!;
    await t.ok(
      RefundOrderDocument,
      { input: { orderId: o1.id, lines: [{ lineId: freshLine.id, quantity: 1 }], reason: '缺一件' } },
      hqToken(),
    );
    await advance(o1.id, a.id, ['ACCEPT', 'MARK_READY', 'HAND_OVER']);
    {
      // "A pickup" (store + fulfilment) beats "fresh": every part at 2500/500.
      const received = o1.totalFen - 1290;
      const s = independentSplit({
        parts: [
          { weight: 2 * 1290, bp: [2500, 500] },
          { weight: 2317, bp: [2500, 500] },
        ],
        received,
        referred: true,
      });
      bump(a.id, '2026-11-02', { orders: 1, gross: o1.totalFen, refund: 1290, fee: s.fee, fulfilling: s.f, hq: s.h });
      bump(c.id, '2026-11-02', { referring: s.r });
    }

    // 2. Delivery from A by the referred shopper, delivered at 23:30 local on 5 Nov; a line refunded on the 7th.
    at('2026-11-05T15:00:00Z');
    const p2 = await placeCheckout(
      t,
      deliveryInput(home.lat, home.lng, [
        { skuId: fresh[1]!, quantity: 2 },
        { skuId: other[1]!, quantity: 2 },
      ]),
      asShopper(referred),
    );
    await pay(t, p2.checkout.id, asShopper(referred));
    const o2 = p2.orders[0]!;
    expect(o2.store.id).toBe(a.id);
    await advance(o2.id, a.id, ['ACCEPT', 'DISPATCH']);
    at('2026-11-05T15:30:00Z');
    await advance(o2.id, a.id, ['DELIVER']);
    const parts2 = (otherQty: number) => [
      { weight: 2 * 1290, bp: [2000, 500] as [number, number] }, // fresh
      { weight: otherQty * 2317, bp: [1500, 500] as [number, number] }, // other goods: "delivery"
      { weight: o2.deliveryFeeFen, bp: [1500, 500] as [number, number] }, // the fee: order-level rule, never "fresh"
    ];
    const s2 = independentSplit({ parts: parts2(2), received: o2.totalFen, referred: true });
    bump(a.id, '2026-11-05', { orders: 1, gross: o2.totalFen, fee: s2.fee, fulfilling: s2.f, hq: s2.h });
    bump(c.id, '2026-11-05', { referring: s2.r });
    at('2026-11-07T03:00:00Z');
    const otherLine = o2.lines.find((l) => l.skuId === other[1])!;
    await t.ok(
      RefundOrderDocument,
      { input: { orderId: o2.id, lines: [{ lineId: otherLine.id, quantity: 1 }], reason: '破损' } },
      hqToken(),
    );
    const s2b = independentSplit({ parts: parts2(1), received: o2.totalFen - 2317, referred: true });
    bump(a.id, '2026-11-07', { refund: 2317, fee: s2b.fee - s2.fee, fulfilling: s2b.f - s2.f, hq: s2b.h - s2.h });
    bump(c.id, '2026-11-07', { referring: s2b.r - s2.r });

    // A second version from the 20th: group G gets 1200/300 on everything.
    at('2026-11-10T00:00:00Z');
    const v2 = (
      await t.ok(
        CreateSplitRuleSetDocument,
        {
          input: {
            name: 'v2',
            rules: [
              ...rules(),
              { name: 'north', storeGroupId: await groupId(), fulfillingStoreBp: 1200, referringStoreBp: 300, priority: 0 },
            ],
          },
        },
        hqToken(),
      )
    ).createSplitRuleSet;
    if (v2.__typename !== 'SplitRuleSet') throw new Error(JSON.stringify(v2));
    expect(
      (await t.ok(PublishSplitRuleSetDocument, { id: v2.id, effectiveAt: '2026-11-20T00:00:00Z' }, hqToken())).publishSplitRuleSet,
    ).toMatchObject({ version: 2 });

    // 3. Delivery from B by a walk-in, paid on the 19th (v1 applies), delivered on the 21st; no home store: HQ keeps that share.
    at('2026-11-19T04:00:00Z');
    const p3 = await placeCheckout(
      t,
      deliveryInput(nearB.lat, nearB.lng, [
        { skuId: fresh[0]!, quantity: 1 },
        { skuId: other[0]!, quantity: 1 },
      ]),
      asShopper(walkIn),
    );
    await pay(t, p3.checkout.id, asShopper(walkIn));
    const o3 = p3.orders[0]!;
    expect(o3.store.id).toBe(b.id);
    at('2026-11-21T04:00:00Z');
    await advance(o3.id, b.id, ['ACCEPT', 'DISPATCH', 'DELIVER']);
    {
      const s = independentSplit({
        parts: [
          { weight: 1290, bp: [2000, 500] },
          { weight: 2317, bp: [1500, 500] },
          { weight: o3.deliveryFeeFen, bp: [1500, 500] },
        ],
        received: o3.totalFen,
        referred: false,
      });
      bump(b.id, '2026-11-21', { orders: 1, gross: o3.totalFen, fee: s.fee, fulfilling: s.f, hq: s.h });
    }

    // 4. Pickup at B, paid on the 22nd (v2: "north"), picked up, then refunded whole on the 23rd.
    at('2026-11-22T04:00:00Z');
    const p4 = await placeCheckout(t, pickupInput(b.id, [{ skuId: fresh[1]!, quantity: 4 }]), asShopper(referred));
    await pay(t, p4.checkout.id, asShopper(referred));
    const o4 = p4.orders[0]!;
    await advance(o4.id, b.id, ['ACCEPT', 'MARK_READY', 'HAND_OVER']);
    const s4 = independentSplit({ parts: [{ weight: 4 * 1290, bp: [1200, 300] }], received: o4.totalFen, referred: true });
    bump(b.id, '2026-11-22', { orders: 1, gross: o4.totalFen, fee: s4.fee, fulfilling: s4.f, hq: s4.h });
    bump(c.id, '2026-11-22', { referring: s4.r });
    at('2026-11-23T04:00:00Z');
    await t.ok(RefundOrderDocument, { input: { orderId: o4.id, reason: '质量问题' } }, hqToken());
    bump(b.id, '2026-11-23', { refund: o4.totalFen, fee: -s4.fee, fulfilling: -s4.f, hq: -s4.h });
    bump(c.id, '2026-11-23', { referring: -s4.r });

    // 5. Picked up at 00:30 on 1 December local: outside November.
    at('2026-11-30T16:00:00Z');
    const p5 = await placeCheckout(t, pickupInput(a.id, [{ skuId: other[1]!, quantity: 1 }]), asShopper(walkIn));
    await pay(t, p5.checkout.id, asShopper(walkIn));
    at('2026-11-30T16:30:00Z');
    await advance(p5.orders[0]!.id, a.id, ['ACCEPT', 'MARK_READY', 'HAND_OVER']);

    const rows = await query<{ id: string; split_rule_set_id: string; referring_store_id: string | null }>(
      t.em(),
      `SELECT id, split_rule_set_id, referring_store_id FROM customer_order WHERE id = ANY(:ids::uuid[])`,
      {
        ids: `{${[o1.id, o3.id, o4.id].join(',')}}`,
      },
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(o1.id)).toMatchObject({ split_rule_set_id: ruleSetV1, referring_store_id: c.id });
    expect(byId.get(o3.id)).toMatchObject({ split_rule_set_id: ruleSetV1, referring_store_id: null });
    expect(byId.get(o4.id)).toMatchObject({ split_rule_set_id: v2.id });

    // The report against the independent figures, per store and day.
    const report = (await t.ok(SettlementReportDocument, { from: '2026-11-01', to: '2026-11-30' }, hqToken())).settlementReport;
    const got = new Map(
      report.days.map((d) => [
        `${d.storeId}|${d.businessDay}`,
        {
          orders: d.orders,
          gross: d.grossFen,
          refund: d.refundFen,
          fee: d.feeFen,
          fulfilling: d.fulfillingShareFen,
          referring: d.referringShareFen,
          hq: d.hqShareFen,
        },
      ]),
    );
    expect(Object.fromEntries(got)).toEqual(Object.fromEntries(expected));
    for (const d of report.days) expect(d.netPayableFen).toBe(d.fulfillingShareFen + d.referringShareFen);
    const aTotal = report.stores.find((s) => s.storeId === a.id)!;
    expect(aTotal.orders).toBe(2);
    expect(aTotal.grossFen).toBe(o1.totalFen + o2.totalFen);

    // CSV: a header and one line per day, the same figures.
    const csv = report.csv.trim().split('\r\n');
    expect(csv[0]).toBe(
      'store_code,business_day,orders,gross_fen,refund_fen,fee_fen,fulfilling_share_fen,referring_share_fen,hq_share_fen,net_payable_fen',
    );
    expect(csv).toHaveLength(report.days.length + 1);
    const firstA = report.days.find((d) => d.storeId === a.id && d.businessDay === '2026-11-02')!;
    expect(csv).toContain(
      [
        a.code,
        '2026-11-02',
        1,
        firstA.grossFen,
        1290,
        firstA.feeFen,
        firstA.fulfillingShareFen,
        0,
        firstA.hqShareFen,
        firstA.fulfillingShareFen,
      ].join(','),
    );

    // A clerk sees only their store (by default or when naming it), never another.
    const clerkC = (await t.ok(SettlementReportDocument, { from: '2026-11-01', to: '2026-11-30' }, t.tokens.clerk(c.id))).settlementReport;
    expect(new Set(clerkC.days.map((d) => d.storeId))).toEqual(new Set([c.id]));
    expect(clerkC.stores[0]!.netPayableFen).toBe(s2b.r + expected.get(`${c.id}|2026-11-02`)!.referring);
    expect(
      (await t.gql(SettlementReportDocument, { from: '2026-11-01', to: '2026-11-30', storeId: a.id }, t.tokens.clerk(c.id))).errors?.[0]
        ?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect((await t.gql(SettlementReportDocument, { from: '2026-11-01', to: '2027-11-30' }, hqToken())).errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );

    // Invariants: each posting balances; per order the parties hold exactly its net; a store's balance is its entries.
    expect(await count(t, `SELECT count(*) AS n FROM (SELECT posting_id FROM ledger_entry GROUP BY 1 HAVING sum(amount_fen) <> 0) x`)).toBe(
      0,
    );
    const perOrder = await query<{ order_id: string; parties: string; received: string; fee: string }>(
      t.em(),
      `SELECT e.order_id, sum(amount_fen) FILTER (WHERE account IN ('STORE', 'HQ')) AS parties, -sum(amount_fen) FILTER (WHERE account = 'CLEARING') AS received,
              sum(amount_fen) FILTER (WHERE account = 'FEE') AS fee FROM ledger_entry e GROUP BY 1`,
      {},
    );
    expect(perOrder).toHaveLength(5);
    for (const o of perOrder) {
      const [order] = await query<{ total_fen: number; refunded_fen: number }>(
        t.em(),
        `SELECT total_fen, refunded_fen FROM customer_order WHERE id = :id::uuid`,
        { id: o.order_id },
      );
      expect(Number(o.received)).toBe(order!.total_fen - order!.refunded_fen);
      expect(Number(o.parties)).toBe(Number(o.received) - Number(o.fee));
    }
    const [balance] = await query<{ n: string }>(
      t.em(),
      `SELECT sum(amount_fen) AS n FROM ledger_entry WHERE account = 'STORE' AND store_id = :s::uuid`,
      { s: c.id },
    );
    expect(Number(balance!.n)).toBe(clerkC.stores[0]!.netPayableFen);

    // Replays post nothing: the same event again, directly and through the step listener.
    const before = await count(t, `SELECT count(*) AS n FROM ledger_entry`);
    const em = t.em();
    const postAgain = (eventKey: string) =>
      transaction(em, async (tx) => postOrderSplit(tx, t.config, (await lockOrder(tx, o2.id))!, eventKey, t.clock.now()));
    expect(await postAgain(SALE_EVENT)).toBe(false);
    const refundId = (await query<{ id: string }>(t.em(), `SELECT id FROM refund WHERE order_id = :o::uuid`, { o: o2.id }))[0]!.id;
    expect(await postAgain(`REFUND:${refundId}`)).toBe(false);
    const listener = new SettlementStepListener(t.config);
    await transaction(em, async (tx) => {
      const order = (await lockOrder(tx, o3.id))!;
      const transition = TRANSITIONS.find((x) => x.event === OrderEvent.DELIVER)!;
      await listener.afterStep(
        tx,
        { order, from: OrderState.DISPATCHED, transition, actor: { kind: 'SYSTEM', name: 'test' }, at: t.clock.now() },
        new Effects(),
      );
    });
    expect(await count(t, `SELECT count(*) AS n FROM ledger_entry`)).toBe(before);

    // Append-only: the database refuses edits.
    await expect(
      query(t.em(), `UPDATE ledger_entry SET amount_fen = amount_fen + 1 WHERE order_id = :o::uuid`, { o: o2.id }),
    ).rejects.toThrow(/append-only/);
    await expect(query(t.em(), `DELETE FROM ledger_posting WHERE order_id = :o::uuid`, { o: o2.id })).rejects.toThrow(/append-only/);

    // A preview of v1's rules (as a draft) over the first half of November equals what the ledger posted.
    const copy = (await t.ok(CreateSplitRuleSetDocument, { input: { name: 'v1 again', rules: rules() } }, hqToken())).createSplitRuleSet;
    if (copy.__typename !== 'SplitRuleSet') throw new Error(JSON.stringify(copy));
    const preview = (await t.ok(PreviewSplitRuleSetDocument, { ruleSetId: copy.id, from: '2026-11-01', to: '2026-11-15' }, hqToken()))
      .previewSplitRuleSet;
    if (preview.__typename !== 'SplitPreview') throw new Error(JSON.stringify(preview));
    const firstHalf = (await t.ok(SettlementReportDocument, { from: '2026-11-01', to: '2026-11-15' }, hqToken())).settlementReport;
    expect(preview.stores).toEqual(firstHalf.stores);
    // A more generous draft shows more for A, and writes nothing.
    const generous = (
      await t.ok(
        CreateSplitRuleSetDocument,
        { input: { name: 'generous', rules: [{ name: 'default', fulfillingStoreBp: 2900, referringStoreBp: 0, priority: 0 }] } },
        hqToken(),
      )
    ).createSplitRuleSet;
    if (generous.__typename !== 'SplitRuleSet') throw new Error('not created');
    const g = (
      await t.ok(PreviewSplitRuleSetDocument, { ruleSetId: generous.id, from: '2026-11-01', to: '2026-11-15', storeId: a.id }, hqToken())
    ).previewSplitRuleSet;
    if (g.__typename !== 'SplitPreview') throw new Error('no preview');
    expect(g.stores.map((s) => s.storeId)).toEqual([a.id]);
    expect(g.stores[0]!.fulfillingShareFen).toBeGreaterThan(firstHalf.stores.find((s) => s.storeId === a.id)!.fulfillingShareFen);
    expect(await count(t, `SELECT count(*) AS n FROM ledger_entry`)).toBe(before);
  });

  async function groupId() {
    const [g] = await query<{ id: string }>(t.em(), `SELECT id FROM store_group WHERE code = 'G'`, {});
    return g!.id;
  }
});
