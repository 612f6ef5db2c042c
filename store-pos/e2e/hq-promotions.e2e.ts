// HQ's 营销 in the browser: a 满减 campaign made in the editor (the API's refusal shown beside its field), simulated over
// last week's paid orders (figures computed here by hand), launched after a confirm, then a shopper's paid order shows
// up in its live view without a reload, and it is stopped after a confirm.
import { randomUUID } from 'node:crypto';
import { expect, test } from 'vitest';
import { UpdateStoreDocument } from '../../api/test/generated/graphql';
import { hamilton } from '../../api/test/oracles';
import type { TestApi } from './api';
import { shot, useApiAndBrowser } from './browser';
import { sql } from './db';
import { hqScreen } from './hq';
import { DEMO_HQ, placePickup, shopperToken, skuInStock, staffToken, storeByCode } from './shop';

const h = useApiAndBrowser();

const fen = (n: number) => `¥${Math.floor(n / 100)}.${String(n % 100).padStart(2, '0')}`;
/** A date in China, `days` from now (YYYY-MM-DD). */
const chinaDate = (days: number) => new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

/** A pickup checkout paid `hoursAgo` hours ago at a store: one line of `quantity` × `unitFen`, as checkout would have written it. */
async function paidBefore(api: TestApi, storeId: string, skuId: string, unitFen: number, quantity: number, hoursAgo: number) {
  const paidAt = new Date(Date.now() - hoursAgo * 3_600_000).toISOString();
  const goods = unitFen * quantity;
  const [shopper] = await sql<{ id: string }>(api.dbName, `INSERT INTO shopper (id, openid) VALUES (gen_random_uuid(), $1) RETURNING id`, [
    `past-${randomUUID()}`,
  ]);
  const [checkout] = await sql<{ id: string }>(
    api.dbName,
    `INSERT INTO checkout (id, shopper_id, idempotency_key, request_hash, state, fulfilment, goods_fen, delivery_fee_fen, total_fen, out_trade_no,
                           payment_expires_at, paid_fen, paid_at, created_at)
     VALUES (gen_random_uuid(), $1, $2, 'h', 'PAID', 'PICKUP', $3::int, 0, $3::int, $2, $4::timestamptz, $3::int, $4::timestamptz, $4::timestamptz)
     RETURNING id`,
    [shopper!.id, `LLPAST${randomUUID().slice(0, 8)}`, goods, paidAt],
  );
  const orderId = randomUUID();
  await sql(
    api.dbName,
    `INSERT INTO customer_order (id, checkout_id, shopper_id, store_id, fulfilment, state, goods_fen, delivery_fee_fen, total_fen, distance_m,
                                 contact_name, contact_phone, stock, paid_at, created_at, updated_at)
     VALUES ($1, $2, $3, $4, 'PICKUP', 'PICKED_UP', $5::int, 0, $5::int, 500, '王', '13800138000', 'CONSUMED', $6::timestamptz, $6::timestamptz, $6::timestamptz)`,
    [orderId, checkout!.id, shopper!.id, storeId, goods, paidAt],
  );
  await sql(
    api.dbName,
    `INSERT INTO order_line (id, order_id, position, sku_id, sku_code, name, unit_price_fen, quantity)
     SELECT gen_random_uuid(), $1, 1, k.id, k.code, p.name, $3::int, $4::int FROM sku k JOIN product p ON p.id = k.product_id WHERE k.id = $2`,
    [orderId, skuId, unitFen, quantity],
  );
}

test('HQ makes a 满减, sees the API refuse a bad window beside it, simulates last week, launches, watches an order arrive, stops it', async () => {
  const [sh2, sh3, sh4] = await Promise.all(['SH-002', 'SH-003', 'SH-004'].map((c) => storeByCode(h.api, c)));
  const sku = await skuInStock(h.api, sh2!.id, 20);
  // Last week at the stores it will cover (SH-002, SH-003), and one at a store it will not (SH-004), and one too old.
  const week = [
    { store: sh2!.id, unit: 3_000, qty: 2, hoursAgo: 20 }, // ¥60 → 满50减8
    { store: sh2!.id, unit: 2_000, qty: 2, hoursAgo: 40 }, // ¥40: below 满50
    { store: sh3!.id, unit: 1_100, qty: 5, hoursAgo: 70 }, // ¥55 → 满50减8
    { store: sh2!.id, unit: 4_000, qty: 3, hoursAgo: 100 }, // ¥120 → 满100减20
    { store: sh4!.id, unit: 4_000, qty: 3, hoursAgo: 30 }, // another store
    { store: sh2!.id, unit: 9_000, qty: 3, hoursAgo: 8 * 24 }, // before the 7 days
  ];
  for (const o of week) await paidBefore(h.api, o.store, sku, o.unit, o.qty, o.hoursAgo);
  // By hand: 800 + 800 + 2000 off; each order's one line carries it all, split 40 % store / 60 % HQ by largest remainder.
  const discounts = [800, 800, 2_000];
  const costs = discounts.map((d) => hamilton(d, [4_000, 6_000]));
  const storeCost = costs.reduce((s, c) => s + c[0]!, 0);
  const hqCost = costs.reduce((s, c) => s + c[1]!, 0);
  expect([storeCost, hqCost]).toEqual([1_440, 2_160]);

  const { context, page } = await hqScreen(h.browser, h.api.url, '营销');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole('heading', { name: '营销活动', level: 1 }).waitFor();
  await page.getByRole('link', { name: '新建满减活动' }).click();
  await page.getByRole('heading', { name: '新建满减活动', level: 1 }).waitFor();

  await page.getByLabel('名称', { exact: true }).fill('周末满减');
  await page.getByLabel('第 1 档 满（元）').fill('50');
  await page.getByLabel('第 1 档 减（元）').fill('8');
  await page.getByRole('button', { name: '添加一档' }).click();
  await page.getByLabel('第 2 档 满（元）').fill('100');
  await page.getByLabel('第 2 档 减（元）').fill('20');
  await page.getByLabel('搜索门店编号或名称').fill('SH-00');
  await page
    .getByRole('group', { name: '门店', exact: true })
    .getByLabel(/SH-002/)
    .check();
  await page
    .getByRole('group', { name: '门店', exact: true })
    .getByLabel(/SH-003/)
    .check();
  await page.getByText('已选 2 家门店').waitFor();
  // The end before the start: only the API knows it is wrong; its reason is shown beside 结束日期.
  await page.getByRole('textbox', { name: '开始日期' }).fill(chinaDate(3));
  await page.getByRole('textbox', { name: '结束日期（含当天）' }).fill(chinaDate(1));
  await page.getByLabel('按比例分摊').check();
  await page.getByLabel('门店承担比例（%）').fill('40');
  await page.getByLabel('预算（元，可不填）').fill('500');
  await page.getByRole('button', { name: '保存草稿' }).click();
  await page.locator('#err-endsAt').filter({ hasText: '结束日期须晚于开始日期' }).waitFor();
  await page.getByRole('alert').filter({ hasText: '有内容需要修改' }).waitFor();
  await page.locator('#err-endsAt').scrollIntoViewIfNeeded();
  await shot(page, 'hq-promotion-refused');

  await page.getByRole('textbox', { name: '开始日期' }).fill(chinaDate(0));
  await page.getByRole('textbox', { name: '结束日期（含当天）' }).fill(chinaDate(6));
  await page.getByRole('button', { name: '保存草稿' }).click();
  await page.getByRole('heading', { name: '编辑：周末满减', level: 1 }).waitFor();
  await page.getByRole('status').filter({ hasText: '草稿已保存' }).waitFor();
  expect(await page.locator('.promo-field-error').count()).toBe(0);

  await page.getByRole('button', { name: '按上周订单试算' }).click();
  const sim = page.getByTestId('simulation');
  await sim.waitFor();
  expect(await page.getByTestId('sim-orders').innerText()).toContain('3');
  expect(await page.getByTestId('sim-discount').innerText()).toContain(fen(3_600));
  expect(await page.getByTestId('sim-hq').innerText()).toContain(fen(hqCost));
  expect(await page.getByTestId('sim-store').innerText()).toContain(fen(storeCost));
  expect(await sim.innerText()).toContain('共 5 笔支付'); // the 7 days hold five paid checkouts
  expect(await page.getByTestId('sim-stores-SH-002').innerText()).toContain(fen(2_800));
  expect(await page.getByTestId('sim-stores-SH-003').innerText()).toContain(fen(800));
  await sim.scrollIntoViewIfNeeded();
  await shot(page, 'hq-promotion-simulated');

  await page.getByRole('button', { name: '发布', exact: true }).click();
  const confirm = page.getByRole('dialog');
  expect(await confirm.innerText()).toContain('发布「周末满减」？');
  await shot(page, 'hq-promotion-launch-confirm');
  await confirm.getByRole('button', { name: '发布' }).click();
  const live = page.getByTestId('live');
  await live.waitFor();
  expect(await page.getByTestId('summary').innerText()).toContain('进行中');
  expect(await page.getByTestId('live-orders').innerText()).toContain('0');

  // A shopper pays at SH-002 now (opened all day whatever the hour the test runs): the view shows it by itself.
  const hqToken = await staffToken(h.api, DEMO_HQ);
  const allDay = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '00:00', closes: '24:00' }));
  const { updateStore } = await h.api.ok(UpdateStoreDocument, { id: sh2!.id, input: { hours: allDay, exceptions: [] } }, hqToken);
  expect(updateStore.__typename).toBe('Store');
  const [price] = await sql<{ price_fen: number }>(h.api.dbName, `SELECT price_fen FROM sku WHERE id = $1`, [sku]);
  const quantity = Math.ceil(5_000 / price!.price_fen);
  const shopper = await shopperToken(h.api);
  const order = await placePickup(h.api, sh2!.id, sku, shopper, quantity);
  await order.pay();
  const [paid] = await sql<{ discount_fen: number; goods_fen: number }>(
    h.api.dbName,
    `SELECT discount_fen, goods_fen FROM customer_order WHERE id = $1`,
    [order.orderId],
  );
  const off = paid!.goods_fen >= 10_000 ? 2_000 : 800;
  expect(paid!.discount_fen).toBe(off);
  const [liveStore, liveHq] = hamilton(off, [4_000, 6_000]);
  await expect.poll(() => page.getByTestId('live-orders').innerText(), { timeout: 15_000 }).toContain('1');
  expect(await page.getByTestId('live-discount').innerText()).toContain(fen(off));
  expect(await page.getByTestId('live-hq').innerText()).toContain(fen(liveHq!));
  expect(await page.getByTestId('live-store').innerText()).toContain(fen(liveStore!));
  expect(await page.getByTestId('live-budget').innerText()).toContain(fen(50_000 - off));
  expect(await page.getByTestId('live-stores-SH-002').innerText()).toContain(fen(off));
  await shot(page, 'hq-promotion-live');

  // The same screens on a smaller tablet (1024×768).
  await page.setViewportSize({ width: 1024, height: 768 });
  await shot(page, 'hq-promotion-live-1024');

  await page.getByRole('button', { name: '停止' }).click();
  expect(await page.getByRole('dialog').innerText()).toContain('停止「周末满减」？');
  await page.getByRole('dialog').getByRole('button', { name: '停止' }).click();
  await page.getByTestId('summary').filter({ hasText: '已停止' }).waitFor();

  await page.getByRole('link', { name: '返回活动列表' }).click();
  const row = page.getByTestId('promotion-周末满减');
  await row.waitFor();
  expect(await row.innerText()).toContain('已停止');
  expect(await row.innerText()).toContain(fen(50_000 - off));
  await shot(page, 'hq-promotions-list-1024');
  await page.setViewportSize({ width: 1280, height: 800 });
  await shot(page, 'hq-promotions-list');
  await page.getByRole('link', { name: '新建优惠券' }).click();
  await page.getByRole('heading', { name: '新建优惠券', level: 1 }).waitFor();
  await page.getByLabel('券类型').selectOption({ label: '折扣券' });
  await page.getByLabel('折扣（折，如 8.5）').fill('12');
  await page.getByLabel('名称', { exact: true }).fill('会员85折');
  await page.getByRole('button', { name: '保存草稿' }).click();
  await page.locator('#err-offBp').filter({ hasText: '折扣须在 0.1 折到 9.9 折之间' }).waitFor();
  await shot(page, 'hq-coupon-editor');
  // Fixed, and scoped to one SKU found by its code in the picker.
  await page.getByLabel('折扣（折，如 8.5）').fill('8.5');
  const [k] = await sql<{ code: string }>(h.api.dbName, `SELECT code FROM sku WHERE id = $1`, [sku]);
  await page.getByLabel('搜索商品名、编码或条码').fill(k!.code);
  await page
    .getByRole('group', { name: '商品 / SKU' })
    .getByRole('checkbox', { name: new RegExp(k!.code) })
    .check();
  await page.getByText('已选 1 个 SKU').waitFor();
  await page.getByRole('button', { name: '保存草稿' }).click();
  await page.getByRole('status').filter({ hasText: '草稿已保存' }).waitFor();
  const [saved] = await sql<{ off_bp: number; scope_sku_ids: string[] }>(
    h.api.dbName,
    `SELECT off_bp, scope_sku_ids FROM promotion WHERE name = '会员85折'`,
  );
  expect(saved).toEqual({ off_bp: 1_500, scope_sku_ids: [sku] });
  await shot(page, 'hq-coupon-saved');
  await context.close();
});
