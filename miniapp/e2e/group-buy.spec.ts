// 拼团 in the browser. Two shoppers near SH-001: one opens 邻里拼团 from home, starts a 2-person group and pays; the
// order waits (no pickup code) and the clerk's queue does not have it; the other opens the group's link, joins and
// pays, and only then both orders have pickup codes and the clerk sees them. A 3-person group that two shoppers paid
// into reaches its deadline (moved into the past in the API's database, then its scheduled job brought forward):
// it fails, both are refunded in full, and the order page and the group page say so to each of them.
import Bull from 'bull';
import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { t } from '../src/strings';
import { t as groupWords } from '../src/packages/group/strings';
import { QUEUE_PREFIX, apiDb } from './api-process';
import { gql, orderIdOf, phone, sharedBrowser, shot, singleSkuStockedAtSH001, visible } from './browser';

const browser = sharedBrowser();
const apiUrl = inject('apiUrl');

async function hqToken() {
  const { loginStaff } = await gql<{ loginStaff: { token: string } }>(
    apiUrl,
    'mutation { loginStaff(username: "hq", password: "linli-hq-demo") { ... on AuthPayload { token } } }',
  );
  return loginStaff.token;
}

/** The orders SH-001's clerk can see, whatever their state. */
async function clerkSees(storeId: string): Promise<string[]> {
  const { loginStaff } = await gql<{ loginStaff: { token: string } }>(
    apiUrl,
    'mutation { loginStaff(username: "clerk.sh001", password: "linli-clerk-demo") { ... on AuthPayload { token } } }',
  );
  const { storeOrders } = await gql<{ storeOrders: { nodes: { id: string }[] } }>(
    apiUrl,
    'query ($storeId: ID!) { storeOrders(storeId: $storeId, states: null, first: 100) { nodes { id } } }',
    { storeId },
    loginStaff.token,
  );
  return storeOrders.nodes.map((o) => o.id);
}

async function offer(skuId: string, listPriceFen: number, storeId: string, groupSize: number, name: string) {
  const groupPriceFen = listPriceFen - 200;
  const minute = Math.floor(Date.now() / 60_000) * 60_000;
  await gql(
    apiUrl,
    'mutation ($input: CreateGroupBuyOfferInput!) { createGroupBuyOffer(input: $input) { id } }',
    {
      input: {
        name,
        skuId,
        storeIds: [storeId],
        groupPriceFen,
        groupSize,
        formMinutes: 60,
        autoForm: false,
        startsAt: new Date(minute - 60_000).toISOString(),
        endsAt: new Date(minute + 86_400_000).toISOString(),
      },
    },
    await hqToken(),
  );
  return `¥${(groupPriceFen / 100).toFixed(2)}`;
}

/** On the checkout the group pages open: pickup at the group's store, contact filled, pay in the sandbox. */
async function payGroupCheckout(page: Page, who: string, groupPrice: string, screenshot?: string) {
  await visible(page, 'place-order').waitFor({ timeout: 20_000 });
  // Locked to pickup at the group's store: no delivery tab to switch to.
  await expect(visible(page, 'checkout-DELIVERY').count()).resolves.toBe(0);
  await expect(visible(page, 'group-pickup-only').textContent()).resolves.toBe(t.checkout.groupPickupOnly);
  await visible(page, 'contact-name').locator('input').fill(who);
  await visible(page, 'contact-phone').locator('input').fill('13800138000');
  // The quote charges the group price: no coupon or 满减 goes on a group line.
  await expect.poll(() => visible(page, 'checkout-total').textContent(), { timeout: 20_000 }).toBe(groupPrice);
  if (screenshot) await shot(page, screenshot);
  await visible(page, 'place-order').click();
  await visible(page, 'cashier-pay').waitFor({ timeout: 20_000 });
  await visible(page, 'cashier-pay').click();
  await visible(page, 'order-group').waitFor({ timeout: 20_000 });
  return orderIdOf(page);
}

/** A shopper starts a group of the offer named `productName` from home and pays; returns the order and group ids. */
async function startGroup(page: Page, productName: string, groupPrice: string, who: string, prefix: string) {
  await page.goto(`${apiUrl}/m/`);
  await expect.poll(() => visible(page, 'store-name').textContent(), { timeout: 20_000 }).toContain('南京东路店');
  await visible(page, 'group-entry').click();
  const card = visible(page, 'group-offer').filter({ hasText: productName });
  await card.waitFor({ timeout: 20_000 });
  await expect(card.textContent()).resolves.toContain(groupPrice);
  await shot(page, `${prefix}-01-offers`);
  await card.locator('[data-testid="group-start"]').click();
  const orderId = await payGroupCheckout(page, who, groupPrice, `${prefix}-02-checkout`);
  await visible(page, 'order-group').click();
  await visible(page, 'group-state').waitFor({ timeout: 20_000 });
  const groupId = new URL(page.url().replace('#/', '')).searchParams.get('id')!;
  return { orderId, groupId };
}

/** A second shopper opens the group's link (what the share card or the copied link opens), joins and pays. */
async function joinGroup(page: Page, groupId: string, who: string, groupPrice: string, prefix: string) {
  await page.goto(`${apiUrl}/m/#/packages/group/buy/index?id=${groupId}`);
  await visible(page, 'group-join-this').waitFor({ timeout: 20_000 });
  await shot(page, `${prefix}-friend-opens-link`);
  await visible(page, 'group-join-this').click();
  return payGroupCheckout(page, who, groupPrice);
}

test('two shoppers form a group at SH-001 and only then the clerk sees their orders', async () => {
  const { sh001, stocked } = await singleSkuStockedAtSH001(apiUrl, 5);
  const product = stocked[0]!;
  const price = await offer(product.skus[0]!.id, product.skus[0]!.priceFen, sh001.store.id, 2, '两人团');

  const leader = await phone(browser());
  const { orderId: first, groupId } = await startGroup(leader.page, product.name, price, '王小明', 'group-form');
  await expect(visible(leader.page, 'group-progress').textContent()).resolves.toBe(t.group.progress(1, 2));
  await expect(visible(leader.page, 'group-countdown').textContent()).resolves.toMatch(/^剩余 00:5\d:\d\d$/);
  await visible(leader.page, 'group-share').waitFor();
  await shot(leader.page, 'group-form-03-leader-group');
  // Paid, waiting for the group: no pickup code yet, and the store does not have it.
  await leader.page.goto(`${apiUrl}/m/#/pages/order/index?id=${first}`);
  await expect.poll(() => visible(leader.page, 'order-group').getAttribute('data-state'), { timeout: 20_000 }).toBe('OPEN');
  await expect(visible(leader.page, 'order-state').textContent()).resolves.toBe(t.state.AWAITING_GROUP);
  // Only the group's progress: no pickup code, time to come or way to the store while it forms.
  for (const id of ['pickup-code-card', 'pickup-slot', 'store-navigate', 'store-opening']) {
    await expect(visible(leader.page, id).count()).resolves.toBe(0);
  }
  await expect(visible(leader.page, 'order-group-state').textContent()).resolves.toBe(t.group.state.OPEN);
  await shot(leader.page, 'group-form-04-leader-order-waiting');
  expect(await clerkSees(sh001.store.id)).not.toContain(first);

  const friend = await phone(browser());
  const second = await joinGroup(friend.page, groupId, '李小红', price, 'group-form-05');
  await expect.poll(() => visible(friend.page, 'order-group').getAttribute('data-state'), { timeout: 20_000 }).toBe('FORMED');
  await visible(friend.page, 'pickup-code').waitFor({ timeout: 20_000 });
  // Formed: the order is the store's like any pickup, with the way there.
  await visible(friend.page, 'store-navigate').waitFor();
  await shot(friend.page, 'group-form-06-friend-order-formed');
  expect(await clerkSees(sh001.store.id)).toEqual(expect.arrayContaining([first, second]));

  await leader.page.reload();
  await expect.poll(() => visible(leader.page, 'order-group').getAttribute('data-state'), { timeout: 20_000 }).toBe('FORMED');
  await visible(leader.page, 'pickup-code').waitFor({ timeout: 20_000 });
  await expect(visible(leader.page, 'order-group-hint').textContent()).resolves.toBe(t.group.formedHint);
  await shot(leader.page, 'group-form-07-leader-order-formed');
  await leader.context.close();
  await friend.context.close();
});

test('a group that does not fill by its deadline is refunded, and both shoppers are told so', async () => {
  const { sh001, stocked } = await singleSkuStockedAtSH001(apiUrl, 5);
  const product = stocked[1]!;
  const price = await offer(product.skus[0]!.id, product.skus[0]!.priceFen, sh001.store.id, 3, '三人团');

  const leader = await phone(browser());
  const { orderId: first, groupId } = await startGroup(leader.page, product.name, price, '王小明', 'group-fail');
  const friend = await phone(browser());
  const second = await joinGroup(friend.page, groupId, '李小红', price, 'group-fail-03');
  await expect
    .poll(() => visible(friend.page, 'order-group-progress').textContent(), { timeout: 20_000 })
    .toContain(t.group.progress(2, 3));

  // The deadline comes: moved into the past where the API keeps it, and the job scheduled for it runs now.
  await apiDb(`UPDATE group_buy_group SET deadline = now() - interval '1 second' WHERE id = $1`, [groupId]);
  const queue = new Bull('linli', process.env.REDIS_URL ?? 'redis://127.0.0.1:6379/0', { prefix: `{${QUEUE_PREFIX}}` });
  try {
    const job = await queue.getJob(`group-deadline:${groupId}`);
    expect(job).toBeTruthy();
    await job!.promote();
  } finally {
    await queue.close();
  }

  for (const [page, orderId] of [
    [leader.page, first],
    [friend.page, second],
  ] as const) {
    await page.goto(`${apiUrl}/m/#/pages/order/index?id=${orderId}`);
    await expect.poll(() => visible(page, 'order-state').getAttribute('data-state'), { timeout: 30_000 }).toBe('REFUNDED');
  }
  await expect(visible(leader.page, 'order-group').getAttribute('data-state')).resolves.toBe('FAILED');
  for (const [page, name] of [
    [leader.page, 'group-fail-04-leader-order-refunded'],
    [friend.page, 'group-fail-05-friend-order-refunded'],
  ] as const) {
    await expect(visible(page, 'order-group-state').textContent()).resolves.toBe(t.group.failedTitle);
    await expect(visible(page, 'order-group-hint').textContent()).resolves.toBe(t.group.failedHint);
    // Nothing to collect: no pickup code, time or way to the store.
    for (const id of ['pickup-code-card', 'pickup-slot', 'store-navigate', 'store-opening']) {
      await expect(visible(page, id).count()).resolves.toBe(0);
    }
    await shot(page, name);
  }
  await friend.page.goto(`${apiUrl}/m/#/packages/group/buy/index?id=${groupId}`);
  await expect.poll(() => visible(friend.page, 'group-state').getAttribute('data-state'), { timeout: 20_000 }).toBe('FAILED');
  await expect(visible(friend.page, 'group-hint').textContent()).resolves.toBe(groupWords.group.failedHint);
  await expect(visible(friend.page, 'group-join-this').count()).resolves.toBe(0);
  await shot(friend.page, 'group-fail-06-friend-group-failed');
  expect(await clerkSees(sh001.store.id)).not.toContain(first);
  await leader.context.close();
  await friend.context.close();
});
