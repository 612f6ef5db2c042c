// Flash sales (秒杀) through GraphQL over HTTP: HQ makes a session, shoppers see it on the server's clock with the
// 7-day 原价, buy at the flash price through the normal checkout; many buyers racing for one quota get exactly the
// quota, nobody past the per-user (or per-device) limit; an unpaid expiry gives quota and counters back once, and a
// payment that arrives after it is refunded.
import type { EntityManager } from '@mikro-orm/postgresql';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CheckoutService } from '../src/modules/order/checkout.service';
import { query, watchStatements } from '../src/common/sql';
import { clusterOfId } from '../src/common/cluster';
import { reliabilitySweep } from '../src/jobs/reliability-sweep';
import {
  CancelOrderDocument,
  CheckoutQuoteDocument,
  CreateFlashSessionDocument,
  FlashBoardDocument,
  FlashCheckoutDocument,
  OrderDocument,
  PayCheckoutDocument,
  type CheckoutInput,
  type FlashItemInput,
  StopPromotionDocument,
  UpdateStoreDocument,
} from './generated/graphql';
import { makeSkus, makeStore, setStock } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import { count, eventually, pickupInput, sandbox, stockOf } from './orders-helpers';
import { launchPromotion } from './promotion-helpers';
import { raceWhileRowHeld } from './row-hold';
import { HOLD_REFUSED_MS } from '../src/modules/promotion/flash-gate';
import { print } from 'graphql';

const FLASH_QUERY = print(FlashCheckoutDocument);

describe('flash sales', () => {
  let t: TestApp;
  let store: string;
  let other: string;
  let skus: string[];
  const start = '2026-11-18T04:00:00Z';
  let n = 0;

  const session = async (
    items: Partial<FlashItemInput>[],
    window = { startsAt: '2026-11-18T03:50:00Z', endsAt: '2026-11-18T04:30:00Z' },
  ) => {
    const { createFlashSession } = await t.ok(
      CreateFlashSessionDocument,
      {
        input: {
          name: `秒杀 ${++n}`,
          ...window,
          items: items.map((i) => ({ skuId: skus[0]!, storeId: store, priceFen: 500, quota: 10, perUserLimit: 1, perOrderLimit: 1, ...i })),
        },
      },
      t.tokens.hq(),
    );
    return createFlashSession;
  };
  const buy = async (input: CheckoutInput, token: string) => (await t.ok(FlashCheckoutDocument, { input }, token)).checkout;
  const flashCart = (itemId: string, skuId: string, quantity = 1, extra: Partial<CheckoutInput> = {}) =>
    pickupInput(store, [{ skuId, quantity }], { flashItemId: itemId, ...extra });
  /**
   * Each shopper buys the cart at once; their answers and the statements sent meanwhile. With `hold`, that row is held
   * until each buyer has been answered or has sent the placing statement (so several reach it, whatever the timing).
   * Without, this process places the item's checkouts one at a time (FlashGate.placing).
   */
  const crowdBuys = async (shoppers: { token: string }[], cart: () => CheckoutInput, hold?: { sql: string; id: string }) => {
    const start = () => shoppers.map((sh) => buy(cart(), sh.token));
    if (hold) {
      // The statements race at the row as several processes' would: this process's door lets them all place at once.
      const gate = t.runtime.flashGate;
      gate.placingAtOnce = shoppers.length;
      return raceWhileRowHeld(t.config.databaseUrl, hold, (x) => x.includes('INSERT INTO checkout'), start).finally(
        () => (gate.placingAtOnce = 1),
      );
    }
    const sent: string[] = [];
    const unwatch = watchStatements((x) => sent.push(x.text));
    try {
      return { answers: await Promise.all(start()), sent };
    } finally {
      unwatch();
    }
  };
  const itemRow = async (id: string) =>
    (await query<{ sold: number }>(t.em(), `SELECT sold FROM flash_item WHERE id = :id::uuid`, { id }))[0]!.sold;
  const sweep = () => reliabilitySweep({}, { ...t.runtime, em: t.em() as EntityManager });

  beforeAll(async () => {
    // A payment window shorter than WeChat's 5 minutes before a trade may be closed: a late payment can still be made
    // in the sandbox after the sweeper cancelled its checkout (the close is not due yet).
    t = await startTestApp({ now: start, jobs: true, env: { PAYMENT_TIMEOUT_MIN: '2' } });
    store = (await makeStore(t.em(), { lat: 31.2, lng: 121.41 })).id;
    other = (await makeStore(t.em(), { lat: 31.2, lng: 121.43 })).id;
    skus = await makeSkus(t.em(), 6, 1250);
    for (const sku of skus) {
      await setStock(t.em(), store, sku, 5_000);
      await setStock(t.em(), other, sku, 5_000);
    }
  });
  afterAll(() => t?.close());

  it('shows sessions on the server clock with the 7-day lowest 原价 and sells at the flash price within the limits', async () => {
    // The store charged ¥9.90 for two days of the week before the session, ¥12.50 otherwise: 原价 is ¥9.90.
    await query(
      t.em(),
      `INSERT INTO sku_price (id, sku_id, store_id, price_fen, starts_at, ends_at, created_by, created_at)
       VALUES (gen_random_uuid(), :sku::uuid, :store::uuid, 990, '2026-11-13T00:00:00Z', '2026-11-15T00:00:00Z', 'test', '2026-11-01T00:00:00Z')`,
      { sku: skus[1], store },
    );
    const on = await session([{ skuId: skus[1]!, priceFen: 600, quota: 5, perUserLimit: 2, perOrderLimit: 2 }]);
    const later = await session([{ skuId: skus[2]!, storeId: null, priceFen: 700 }], {
      startsAt: '2026-11-18T06:00:00Z',
      endsAt: '2026-11-18T06:30:00Z',
    });
    const { flashBoard } = await t.ok(FlashBoardDocument, { storeId: store });
    expect(flashBoard.serverNow).toBe('2026-11-18T04:00:00.000Z');
    const mine = flashBoard.sessions.filter((s) => s.id === on.id || s.id === later.id);
    expect(mine.map((s) => s.items.map((i) => [i.status, i.priceFen, i.originalPriceFen]))).toEqual([
      [['ON', 600, 990]],
      [['UPCOMING', 700, 1250]],
    ]);
    // A session on the second is refused: sessions run to the minute.
    const odd = await t.gql(
      CreateFlashSessionDocument,
      {
        input: {
          name: 'x',
          startsAt: '2026-11-18T06:00:30Z',
          endsAt: '2026-11-18T06:30:00Z',
          items: [{ skuId: skus[0]!, priceFen: 1, quota: 1, perUserLimit: 1, perOrderLimit: 1 }],
        },
      },
      t.tokens.hq(),
    );
    expect(odd.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const item = on.items[0]!.id;
    const shopper = await t.newShopper();
    expect(await buy(flashCart(item, skus[1]!, 3), shopper.token)).toMatchObject({ problem: 'ORDER_LIMIT' });
    expect(await buy(flashCart(later.items[0]!.id, skus[2]!), shopper.token)).toMatchObject({ problem: 'NOT_STARTED' });
    const input = flashCart(item, skus[1]!, 2);
    // The quote charges what the checkout will: the flash price on the line.
    const { idempotencyKey: _k, contact: _c, ...asked } = input;
    const { checkoutQuote } = await t.ok(CheckoutQuoteDocument, { input: asked }, shopper.token);
    expect(checkoutQuote).toMatchObject({ __typename: 'CheckoutQuote', totalFen: 1_200, discountFen: 1_300 });
    const placed = await buy(input, shopper.token);
    if (placed.__typename !== 'CheckoutPlaced') throw new Error(JSON.stringify(placed));
    expect(placed.checkout).toMatchObject({ totalFen: 1_200, discountFen: 1_300 });
    expect(placed.orders[0]!.lines[0]!.adjustments).toEqual([{ kind: 'LINE_PRICE', promotionId: item, amountFen: 1_300 }]);
    expect(await itemRow(item)).toBe(2);
    // Its limit of 2 is reached: a new checkout is turned away, a retry of the same one gets it back.
    expect(await buy(flashCart(item, skus[1]!, 1), shopper.token)).toMatchObject({ problem: 'LIMIT_REACHED' });
    const again = await buy(input, shopper.token);
    expect(again).toMatchObject({ __typename: 'CheckoutPlaced', replayed: true });
    // Another store is not in this item's scope.
    expect(
      await buy(pickupInput(other, [{ skuId: skus[1]!, quantity: 1 }], { flashItemId: item }), (await t.newShopper()).token),
    ).toMatchObject({
      problem: 'NOT_AT_STORE',
    });
  });

  it('sells exactly the quota to a crowd, nobody past the per-user limit, and one device counts as one buyer', async () => {
    const quota = 10;
    const s = await session([{ skuId: skus[3]!, quota, perUserLimit: 1, perOrderLimit: 1 }]);
    const item = s.items[0]!.id;
    const shoppers = await Promise.all(Array.from({ length: 40 }, () => t.newShopper()));
    // 40 shoppers, each sending 3 checkouts at once (different keys): 120 racing requests for 10 units.
    const answers = await Promise.all(
      shoppers.flatMap((sh) => [0, 1, 2].map(() => buy(flashCart(item, skus[3]!), sh.token).then((a) => ({ sh: sh.id, a })))),
    );
    const won = answers.filter((x) => x.a.__typename === 'CheckoutPlaced');
    expect(won).toHaveLength(quota);
    expect(new Set(won.map((x) => x.sh)).size).toBe(quota);
    const refused = answers.filter((x) => x.a.__typename === 'FlashSaleUnavailableError').map((x) => (x.a as { problem: string }).problem);
    expect(refused).toHaveLength(120 - quota);
    // A buyer's other requests while one is inside, and buyers past the units left while those inside claim them: BUSY.
    expect(refused.every((p) => ['SOLD_OUT', 'LIMIT_REACHED', 'BUSY'].includes(p))).toBe(true);
    expect(refused).toContain('SOLD_OUT');
    expect(await itemRow(item)).toBe(quota);
    expect(await stockOf(t, store, skus[3]!)).toEqual({ onHand: 5_000, reserved: quota });
    expect(await count(t, `SELECT count(*) AS n FROM flash_take WHERE item_id = :id::uuid AND taken > 1`, { id: item })).toBe(0);
    expect(await count(t, `SELECT coalesce(sum(taken), 0) AS n FROM flash_take WHERE item_id = :id::uuid`, { id: item })).toBe(quota);

    // Per device: two accounts on one phone share its limit.
    const d = await session([{ skuId: skus[4]!, quota: 5, perUserLimit: 1, perOrderLimit: 1 }]);
    const [a, b] = [await t.newShopper(), await t.newShopper()];
    const deviceId = 'device-of-one-phone';
    expect(await buy(flashCart(d.items[0]!.id, skus[4]!, 1, { deviceId }), a.token)).toMatchObject({ __typename: 'CheckoutPlaced' });
    expect(await buy(flashCart(d.items[0]!.id, skus[4]!, 1, { deviceId }), b.token)).toMatchObject({ problem: 'LIMIT_REACHED' });
    expect(await itemRow(d.items[0]!.id)).toBe(1);
  });

  it("takes a flash item and a 满减's budget on its other line in one statement; a budget lost there undoes the take", async () => {
    const s = await session([{ skuId: skus[5]!, quota: 5, perUserLimit: 1, perOrderLimit: 1 }]);
    const item = s.items[0]!.id;
    // 满20减2 on the other SKU only, with a budget of one checkout.
    const mj = await launchPromotion(t, [store], {
      kind: 'FULL_REDUCTION',
      name: '满20减2',
      skuIds: [skus[4]!],
      tiers: [{ thresholdFen: 2_000, offFen: 200 }],
      budgetUses: 1,
    });
    const shoppers = await Promise.all(Array.from({ length: 4 }, () => t.newShopper()));
    const cart = () =>
      pickupInput(
        store,
        [
          { skuId: skus[5]!, quantity: 1 },
          { skuId: skus[4]!, quantity: 2 },
        ],
        { flashItemId: item },
      );
    // Four buyers at once: all price with the 满减; one spends its budget, the others' statements (their flash take
    // included) are undone and they are placed again without it. A take left behind would refuse them (one each).
    const { answers, sent } = await crowdBuys(shoppers, cart, {
      sql: `SELECT id FROM promotion WHERE id = $1::uuid FOR UPDATE`,
      id: mj,
    }).finally(() => t.ok(StopPromotionDocument, { id: mj }, t.tokens.hq()));
    const totals = answers.map((a) => (a.__typename === 'CheckoutPlaced' ? a.checkout.totalFen : a.__typename)).sort();
    // The flash line at ¥5, the other two at ¥12.50, less ¥2 for the one that got the 满减.
    expect(totals).toEqual([2_800, 3_000, 3_000, 3_000]);
    expect(sent.filter((x) => /^\s*(BEGIN|START|COMMIT|ROLLBACK)/i.test(x))).toEqual([]);
    const withBudget = sent.filter((x) => x.includes('INSERT INTO checkout') && x.includes('UPDATE promotion p SET spent_fen'));
    expect(withBudget.every((x) => x.includes('INSERT INTO flash_take'))).toBe(true);
    expect(withBudget.length).toBeGreaterThan(1);
    expect(await itemRow(item)).toBe(4);
    expect(await count(t, `SELECT coalesce(sum(taken), 0) AS n FROM flash_take WHERE item_id = :id::uuid`, { id: item })).toBe(4);
    expect(await count(t, `SELECT count(*) AS n FROM flash_hold WHERE item_id = :id::uuid`, { id: item })).toBe(4);
    expect(await count(t, `SELECT uses AS n FROM promotion WHERE id = :id::uuid`, { id: mj })).toBe(1);
  });

  it('places a flash checkout in one statement, no transaction; a take refused in it leaves nothing written', async () => {
    const s = await session([{ skuId: skus[2]!, storeId: other, quota: 1, perUserLimit: 1, perOrderLimit: 1 }]);
    const item = s.items[0]!.id;
    const cart = () => pickupInput(other, [{ skuId: skus[2]!, quantity: 1 }], { flashItemId: item });
    const shoppers = await Promise.all(Array.from({ length: 6 }, () => t.newShopper()));
    const movements = () =>
      count(t, `SELECT count(*) AS n FROM stock_movement WHERE store_id = :s::uuid AND sku_id = :k::uuid`, { s: other, k: skus[2] });
    const movedBefore = await movements();
    // Six buyers at once for one unit: all read the item unsold before pricing, so several reach the placing statement.
    const { answers, sent } = await crowdBuys(shoppers, cart, {
      sql: `SELECT id FROM flash_item WHERE id = $1::uuid FOR UPDATE`,
      id: item,
    });
    expect(answers.filter((a) => a.__typename === 'CheckoutPlaced')).toHaveLength(1);
    expect(answers.filter((a) => a.__typename !== 'CheckoutPlaced').map((a) => (a as { problem: string }).problem)).toEqual(
      Array.from({ length: 5 }, () => expect.stringMatching(/^(SOLD_OUT|BUSY)$/)),
    );
    // No transaction: the checkout, its stock hold and the take are one statement.
    expect(sent.filter((x) => /^\s*(BEGIN|START|COMMIT|ROLLBACK)/i.test(x))).toEqual([]);
    const placing = sent.filter((x) => x.includes('INSERT INTO flash_take'));
    expect(placing.every((x) => x.includes('INSERT INTO checkout') && x.includes('UPDATE store_stock'))).toBe(true);
    // Losers reached that statement: its checkout row, stock hold and counter went in before the quota refused, and
    // the statement undid them all.
    expect(placing.length).toBeGreaterThan(1);
    const ids = shoppers.map((sh) => sh.id);
    expect(await count(t, `SELECT count(*) AS n FROM checkout WHERE shopper_id = ANY(:ids::uuid[])`, { ids: `{${ids}}` })).toBe(1);
    expect(await count(t, `SELECT count(*) AS n FROM flash_take WHERE item_id = :id::uuid`, { id: item })).toBe(1);
    expect(await count(t, `SELECT count(*) AS n FROM flash_hold WHERE item_id = :id::uuid`, { id: item })).toBe(1);
    expect(await itemRow(item)).toBe(1);
    expect(await stockOf(t, other, skus[2]!)).toEqual({ onHand: 5_000, reserved: 1 });
    expect(await movements()).toBe(movedBefore + 1);
  });

  it('places the buyers waiting for the item together, in one transaction; one refused there writes nothing of its own', async () => {
    const s = await session([{ skuId: skus[1]!, storeId: other, quota: 3, perUserLimit: 1, perOrderLimit: 1 }]);
    const item = s.items[0]!.id;
    const cart = () => pickupInput(other, [{ skuId: skus[1]!, quantity: 1 }], { flashItemId: item });
    const shoppers = await Promise.all(Array.from({ length: 5 }, () => t.newShopper()));
    const before = await stockOf(t, other, skus[1]!);
    const movements = () =>
      count(t, `SELECT count(*) AS n FROM stock_movement WHERE store_id = :s::uuid AND sku_id = :k::uuid`, { s: other, k: skus[1] });
    const movedBefore = await movements();
    // The item's row is held until the first buyer's placing statement waits for it and the other four wait behind it
    // in this process's line; then they go as one batch, after the first.
    const holder = new pg.Client({ connectionString: t.config.databaseUrl });
    await holder.connect();
    const sent: string[] = [];
    const unwatch = watchStatements((x) => sent.push(x.text));
    const line = () =>
      (t.runtime.flashGate as unknown as { placingLines: Map<string, { waiting: unknown[] }> }).placingLines.get(item)?.waiting.length;
    try {
      await holder.query('BEGIN');
      await holder.query(`SELECT id FROM flash_item WHERE id = $1::uuid FOR UPDATE`, [item]);
      const answers = shoppers.map((sh) => buy(cart(), sh.token));
      await eventually(async () => sent.some((x) => x.includes('INSERT INTO flash_take')) && line() === 4);
      await holder.query('ROLLBACK');
      const got = await Promise.all(answers);
      const outcomes = got.map((a) => (a.__typename === 'CheckoutPlaced' ? 'placed' : (a as { problem: string }).problem));
      expect(outcomes.sort()).toEqual(['SOLD_OUT', 'SOLD_OUT', 'placed', 'placed', 'placed']);
    } finally {
      unwatch();
      await holder.end();
    }
    // The first alone, the four in one statement.
    expect(sent.filter((x) => x.includes('INSERT INTO flash_take'))).toHaveLength(1);
    expect(sent.filter((x) => x.includes('run_each('))).toHaveLength(1);
    const ids = shoppers.map((sh) => sh.id);
    expect(await count(t, `SELECT count(*) AS n FROM checkout WHERE shopper_id = ANY(:ids::uuid[])`, { ids: `{${ids}}` })).toBe(3);
    expect(await count(t, `SELECT count(*) AS n FROM customer_order WHERE shopper_id = ANY(:ids::uuid[])`, { ids: `{${ids}}` })).toBe(3);
    expect(await count(t, `SELECT count(*) AS n FROM flash_take WHERE item_id = :id::uuid`, { id: item })).toBe(3);
    expect(await count(t, `SELECT count(*) AS n FROM flash_hold WHERE item_id = :id::uuid`, { id: item })).toBe(3);
    expect(await itemRow(item)).toBe(3);
    expect(await stockOf(t, other, skus[1]!)).toEqual({ onHand: before!.onHand, reserved: before!.reserved + 3 });
    expect(await movements()).toBe(movedBefore + 3);
  });

  it("places a flash checkout with a pickup slot in a transaction, the hold filed in its checkout's cluster", async () => {
    // A store that offers pickup slots: the slot's place comes before the flash take in the lock order, so this
    // checkout takes the transaction path (takeFlashQuota) and not the one placing statement.
    const slotted = (await makeStore(t.em(), { lat: 31.2, lng: 121.45 })).id;
    await setStock(t.em(), slotted, skus[3]!, 50);
    await t.ok(UpdateStoreDocument, { id: slotted, input: { pickupSlotCapacity: 3 } }, t.tokens.hq());
    const s = await session([{ skuId: skus[3]!, storeId: slotted, quota: 2, perUserLimit: 1, perOrderLimit: 1 }]);
    const item = s.items[0]!.id;
    const cart = () =>
      pickupInput(slotted, [{ skuId: skus[3]!, quantity: 1 }], { flashItemId: item, pickupSlotStart: '2026-11-18T06:00:00.000Z' });
    const { answers, sent } = await crowdBuys([await t.newShopper()], cart);
    expect(answers[0]).toMatchObject({ __typename: 'CheckoutPlaced' });
    // The transaction path: a BEGIN, and the take in a statement of its own, not in the placing one.
    expect(sent.some((x) => /^\s*BEGIN/i.test(x))).toBe(true);
    const takes = sent.filter((x) => x.includes('INSERT INTO flash_hold'));
    expect(takes).toHaveLength(1);
    expect(takes[0]).not.toContain('INSERT INTO checkout');
    const holds = await query<{ checkout_id: string; cluster_id: string }>(
      t.em(),
      `SELECT checkout_id, cluster_id FROM flash_hold WHERE item_id = :id::uuid`,
      { id: item },
    );
    expect(holds).toHaveLength(1);
    expect(holds[0]!.cluster_id).toBe(clusterOfId(holds[0]!.checkout_id));
    expect(await itemRow(item)).toBe(1);
    expect(await stockOf(t, slotted, skus[3]!)).toEqual({ onHand: 50, reserved: 1 });
  });

  it('answers the losers it knows of before GraphQL, as GraphQL does; a winner retrying still gets its checkout', async () => {
    const s = await session([{ skuId: skus[5]!, quota: 1, perUserLimit: 1, perOrderLimit: 1 }]);
    const item = s.items[0]!.id;
    const [winner, first, second] = [await t.newShopper(), await t.newShopper(), await t.newShopper()];
    const won = flashCart(item, skus[5]!);
    const placed = await buy(won, winner.token);
    expect(placed).toMatchObject({ __typename: 'CheckoutPlaced' });
    // A document of its own: aliases, a named fragment on the interface and an inline one, fields in another order.
    const query = `mutation Grab($input: CheckoutInput!) { grab: checkout(input: $input) { ...Why __typename
        ... on FlashSaleUnavailableError { problem flashItemId code: errorCode } ... on CheckoutPlaced { checkout { id } } } }
      fragment Why on ErrorResult { code: errorCode message }`;
    const ran = vi.spyOn(CheckoutService.prototype, 'checkout');
    const post = async (token: string) =>
      (
        await request(t.app)
          .post('/graphql')
          .set('content-type', 'application/json')
          .set('authorization', `Bearer ${token}`)
          .send({ query, variables: { input: flashCart(item, skus[5]!) } })
      ).text;
    // PostgreSQL refuses the first loser (GraphQL answers); the door remembers the sell-out, and the next is answered
    // at the edge: the same JSON, and no checkout run.
    const byGraphql = await post(first.token);
    expect(ran).toHaveBeenCalledTimes(1);
    const atEdge = await post(second.token);
    expect(ran).toHaveBeenCalledTimes(1);
    ran.mockRestore();
    expect(JSON.parse(byGraphql)).toEqual({
      data: {
        grab: {
          code: 'FLASH_SALE_UNAVAILABLE',
          message: '已抢光',
          __typename: 'FlashSaleUnavailableError',
          problem: 'SOLD_OUT',
          flashItemId: item,
        },
      },
    });
    expect(atEdge).toBe(JSON.stringify(JSON.parse(byGraphql)));
    // The winner's retry under its key is turned away by the door, but gets its checkout back, not the refusal.
    const again = await buy(won, winner.token);
    expect(again).toMatchObject({ __typename: 'CheckoutPlaced', replayed: true });
    expect((again as { checkout: { id: string } }).checkout.id).toBe((placed as { checkout: { id: string } }).checkout.id);
  });

  it("reads nothing more from a refused buyer's connection while an admitted checkout of the item is in flight", async () => {
    const s = await session([{ skuId: skus[4]!, quota: 3, perUserLimit: 1, perOrderLimit: 1 }]);
    const item = s.items[0]!.id;
    const buyer = await t.newShopper();
    // One connection, kept alive: the refusal and the request after it travel on it, as a gateway's would.
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const send = (method: string, path: string, body?: unknown) =>
      new Promise<{ at: number; text: string }>((resolve, reject) => {
        const req = http.request(
          `${t.baseUrl}${path}`,
          { method, agent, headers: { 'content-type': 'application/json', authorization: `Bearer ${buyer.token}` } },
          (res) => {
            let text = '';
            res.on('data', (c: Buffer) => (text += c));
            res.on('end', () => resolve({ at: performance.now(), text }));
          },
        );
        req.on('error', reject);
        req.end(body === undefined ? undefined : JSON.stringify(body));
      });
    const holder = new pg.Client({ connectionString: t.config.databaseUrl });
    await holder.connect();
    const sent: string[] = [];
    const unwatch = watchStatements((x) => sent.push(x.text));
    try {
      // The item's stock row held elsewhere: the admitted checkout waits in its placing statement.
      await holder.query('BEGIN');
      await holder.query(`SELECT 1 FROM store_stock WHERE store_id = $1 AND sku_id = $2 FOR UPDATE`, [store, skus[4]]);
      const admitted = buy(flashCart(item, skus[4]!), buyer.token);
      await eventually(async () => sent.some((x) => x.includes('INSERT INTO checkout')));
      // The same buyer again: refused at the edge (one request of a buyer inside at a time) ...
      const refused = await send('POST', '/graphql', { query: FLASH_QUERY, variables: { input: flashCart(item, skus[4]!) } });
      expect(JSON.parse(refused.text)).toMatchObject({ data: { checkout: { problem: 'BUSY' } } });
      // ... and the next request on its connection is read only when the admitted one is through, or the hold lapses.
      const next = await send('GET', '/health');
      expect(JSON.parse(next.text)).toMatchObject({ status: 'ok' });
      // Held: about HOLD_REFUSED_MS after the refusal (less however late the refusal reached this client); not held:
      // a few milliseconds (8 when measured without the hold).
      expect(next.at - refused.at).toBeGreaterThanOrEqual(HOLD_REFUSED_MS / 2);
      expect(sent.filter((x) => x.includes('INSERT INTO checkout'))).toHaveLength(1);
      await holder.query('ROLLBACK');
      expect(await admitted).toMatchObject({ __typename: 'CheckoutPlaced' });
    } finally {
      unwatch();
      agent.destroy();
      await holder.end();
    }
  });

  it('gives quota and counters back when an unpaid checkout expires, once, and refunds a payment that arrives after', async () => {
    const s = await session([{ skuId: skus[5]!, quota: 1, perUserLimit: 1, perOrderLimit: 1 }]);
    const item = s.items[0]!.id;
    const [first, second] = [await t.newShopper(), await t.newShopper()];
    const placed = await buy(flashCart(item, skus[5]!), first.token);
    if (placed.__typename !== 'CheckoutPlaced') throw new Error(JSON.stringify(placed));
    const { payCheckout } = await t.ok(PayCheckoutDocument, { checkoutId: placed.checkout.id }, first.token);
    if (payCheckout.__typename !== 'PaymentParams') throw new Error('not payable');
    expect(await buy(flashCart(item, skus[5]!), second.token)).toMatchObject({ problem: 'SOLD_OUT' });

    // The payment window passes unpaid: the sweeper cancels it and the unit goes back, to the item and the buyer.
    t.clock.set(new Date(new Date(placed.checkout.paymentExpiresAt).getTime() + 1000));
    await sweep();
    await sweep();
    expect(await itemRow(item)).toBe(0);
    expect(await count(t, `SELECT coalesce(sum(taken), 0) AS n FROM flash_take WHERE item_id = :id::uuid`, { id: item })).toBe(0);
    expect(await count(t, `SELECT count(*) AS n FROM flash_hold WHERE item_id = :id::uuid AND released_at IS NULL`, { id: item })).toBe(0);

    // The second buyer gets it once the sold-out mark has lapsed (Redis only turns buyers away for a moment).
    const won = await eventually(async () => {
      const a = await buy(flashCart(item, skus[5]!), second.token);
      return a.__typename === 'CheckoutPlaced' && a;
    });
    expect(won).toBeTruthy();
    expect(await itemRow(item)).toBe(1);

    // A checkout the shopper cancelled unpaid, then paid after all (the payment raced the cancel): the unit went
    // back at the cancel, the money goes back now, and the quota is not taken twice.
    t.clock.set(new Date(start));
    const third = await t.newShopper();
    const s2 = await session([{ skuId: skus[5]!, storeId: other, quota: 1, perUserLimit: 1, perOrderLimit: 1 }]);
    const item2 = s2.items[0]!.id;
    const racing = await buy(pickupInput(other, [{ skuId: skus[5]!, quantity: 1 }], { flashItemId: item2 }), third.token);
    if (racing.__typename !== 'CheckoutPlaced') throw new Error(JSON.stringify(racing));
    const params = (await t.ok(PayCheckoutDocument, { checkoutId: racing.checkout.id }, third.token)).payCheckout;
    if (params.__typename !== 'PaymentParams') throw new Error('not payable');
    expect((await t.ok(CancelOrderDocument, { orderId: racing.orders[0]!.id }, third.token)).cancelOrder).toMatchObject({
      state: 'CANCELLED',
    });
    expect(await itemRow(item2)).toBe(0);
    const late = await sandbox(t).pay(params.package.replace('prepay_id=', ''));
    expect(late).toMatchObject({ ok: true, delivery: { status: 204 } });
    const order = await eventually(async () => {
      const o = (await t.ok(OrderDocument, { id: racing.orders[0]!.id }, t.tokens.hq())).order!;
      return o.refunds.length > 0 && o;
    });
    expect(order).toMatchObject({ state: 'CANCELLED' });
    expect(order.refunds).toEqual([expect.objectContaining({ amountFen: 500 })]);
    expect(await itemRow(item2)).toBe(0);
    expect(await count(t, `SELECT coalesce(sum(taken), 0) AS n FROM flash_take WHERE item_id = :id::uuid`, { id: item2 })).toBe(0);
    t.clock.set(new Date(start));
  });

  // A payment after the expiry: a shopper places and opens the payment, the window passes unpaid (the sweeper gives
  // the unit back), then what happens meanwhile, then the shopper's payment arrives (paid at the window's edge,
  // notified late).
  const orderState = async (id: string) => (await t.ok(OrderDocument, { id }, t.tokens.hq())).order!;
  const expireUnpaid = async (item: string, shopper: { token: string }, quantity = 1) => {
    const placed = await buy(flashCart(item, skus[0]!, quantity), shopper.token);
    if (placed.__typename !== 'CheckoutPlaced') throw new Error(JSON.stringify(placed));
    const { payCheckout } = await t.ok(PayCheckoutDocument, { checkoutId: placed.checkout.id }, shopper.token);
    if (payCheckout.__typename !== 'PaymentParams') throw new Error('not payable');
    t.clock.set(new Date(new Date(placed.checkout.paymentExpiresAt).getTime() + 1000));
    await sweep();
    // Back to the moment the shopper paid in WeChat's cashier (the trade's close is not due then).
    t.clock.set(new Date(start));
    expect(await orderState(placed.orders[0]!.id)).toMatchObject({ state: 'CANCELLED' });
    expect(await itemRow(item)).toBe(0);
    return { placed, prepay: payCheckout.package.replace('prepay_id=', '') };
  };
  const payLate = async (prepay: string) => expect(await sandbox(t).pay(prepay)).toMatchObject({ ok: true, delivery: { status: 204 } });
  const refundedOrder = (id: string) =>
    eventually(async () => {
      const o = await orderState(id);
      return o.refunds.length > 0 && o;
    });
  const taken = (item: string) => count(t, `SELECT coalesce(sum(taken), 0) AS n FROM flash_take WHERE item_id = :id::uuid`, { id: item });
  const checkoutState = async (id: string) =>
    (await query<{ state: string }>(t.em(), `SELECT state FROM checkout WHERE id = :id::uuid`, { id }))[0]!.state;

  it('takes the unit, the count and the goods again for a payment that arrives after the expiry', async () => {
    const stockBefore = (await stockOf(t, store, skus[0]!))!;
    const one = (await session([{ quota: 1 }])).items[0]!.id;
    const kept = await expireUnpaid(one, await t.newShopper());
    await payLate(kept.prepay);
    // Paid after all: the order goes to the store's queue, holding its unit and its goods.
    expect(await orderState(kept.placed.orders[0]!.id)).toMatchObject({ state: 'PAID', refunds: [] });
    expect(await checkoutState(kept.placed.checkout.id)).toBe('PAID');
    expect(await itemRow(one)).toBe(1);
    expect(await taken(one)).toBe(1);
    expect(await stockOf(t, store, skus[0]!)).toEqual({ onHand: stockBefore.onHand, reserved: stockBefore.reserved + 1 });
    expect(await buy(flashCart(one, skus[0]!), (await t.newShopper()).token)).toMatchObject({ problem: 'SOLD_OUT' });
  });

  it('refunds a payment that arrives after the expiry when another buyer took the unit meanwhile', async () => {
    const last = (await session([{ quota: 1 }])).items[0]!.id;
    const late = await expireUnpaid(last, await t.newShopper());
    expect(await buy(flashCart(last, skus[0]!), (await t.newShopper()).token)).toMatchObject({ __typename: 'CheckoutPlaced' });
    await payLate(late.prepay);
    const refunded = await refundedOrder(late.placed.orders[0]!.id);
    expect(refunded).toMatchObject({ state: 'CANCELLED' });
    expect(refunded.refunds).toEqual([expect.objectContaining({ amountFen: 500 })]);
    expect(await checkoutState(late.placed.checkout.id)).toBe('CANCELLED');
    expect(await itemRow(last)).toBe(1);
    expect(await taken(last)).toBe(1);
  });

  it('refunds a payment that arrives after the expiry when the shopper bought up to the limit meanwhile', async () => {
    const two = (await session([{ quota: 5, perUserLimit: 2, perOrderLimit: 2 }])).items[0]!.id;
    const b = await t.newShopper();
    const again = await expireUnpaid(two, b);
    expect(await buy(flashCart(two, skus[0]!, 2), b.token)).toMatchObject({ __typename: 'CheckoutPlaced' });
    await payLate(again.prepay);
    expect(await refundedOrder(again.placed.orders[0]!.id)).toMatchObject({ state: 'CANCELLED' });
    expect(await itemRow(two)).toBe(2);
    expect(await taken(two)).toBe(2);
  });
});
