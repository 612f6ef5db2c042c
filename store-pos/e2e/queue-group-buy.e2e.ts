// A 拼团 order reaches the store's queue only when its group forms, and the clerk sees it marked 拼团 on the card
// and on the pick list (so the goods at the group price are not taken for a pricing mistake).
import { randomUUID } from 'node:crypto';
import { expect, test } from 'vitest';
import {
  CreateGroupBuyOfferDocument,
  GroupCheckoutDocument,
  PayCheckoutDocument,
  type CheckoutInput,
} from '../../api/test/generated/graphql';
import { shot, signIn, tablet, useApiAndBrowser } from './browser';
import { DEMO_CLERK, DEMO_HQ, paidPickup, shopperToken, skuInStock, staffToken, storeByCode } from './shop';

const parts = useApiAndBrowser();

test('the queue marks a formed group’s orders 拼团, and not a plain order', async () => {
  const { api, browser } = parts;
  const store = await storeByCode(api, 'SH-001');
  const sku = await skuInStock(api, store.id, 10);
  const hqToken = await staffToken(api, DEMO_HQ);
  const { createGroupBuyOffer: offer } = await api.ok(
    CreateGroupBuyOfferDocument,
    {
      input: {
        name: '两人团',
        skuId: sku,
        storeIds: [store.id],
        groupPriceFen: 100,
        groupSize: 2,
        formMinutes: 120,
        autoForm: false,
        startsAt: new Date(Date.now() - 60_000).toISOString(),
        endsAt: new Date(Date.now() + 86_400_000).toISOString(),
      },
    },
    hqToken,
  );
  const input = (groupId?: string): CheckoutInput => ({
    idempotencyKey: `k-${randomUUID()}`,
    lines: [{ skuId: sku, quantity: 1 }],
    fulfilment: 'PICKUP',
    storeId: store.id,
    contact: { name: '拼团用户', phone: '13800138000' },
    groupOfferId: offer.id,
    ...(groupId ? { groupId } : {}),
  });
  const buy = async (groupId?: string) => {
    const shopper = await shopperToken(api);
    const { checkout } = await api.ok(GroupCheckoutDocument, { input: input(groupId) }, shopper);
    if (checkout.__typename !== 'CheckoutPlaced') throw new Error(JSON.stringify(checkout));
    const { payCheckout } = await api.ok(PayCheckoutDocument, { checkoutId: checkout.checkout.id }, shopper);
    if (payCheckout.__typename !== 'PaymentParams') throw new Error(JSON.stringify(payCheckout));
    await api.sandboxPay(payCheckout.package.replace('prepay_id=', ''));
    return { orderId: checkout.orders[0]!.id, groupId: checkout.orders[0]!.groupBuy!.id };
  };

  const { context, page } = await tablet(browser, api.url);
  await signIn(page, DEMO_CLERK);
  await page.waitForURL('**/pos/counter');
  await page.getByRole('link', { name: '订单' }).click();
  await page.getByRole('tab', { name: /待接单/ }).waitFor();

  const plain = await paidPickup(api, store.id, sku, await shopperToken(api));
  const leader = await buy();
  await page.locator(`[data-order-id="${plain}"]`).waitFor();
  // The leader paid into a group still forming: not in the queue yet.
  expect(await page.locator(`[data-order-id="${leader.orderId}"]`).count()).toBe(0);
  const friend = await buy(leader.groupId);
  for (const id of [leader.orderId, friend.orderId]) {
    const card = page.locator(`[data-order-id="${id}"]`);
    await card.waitFor();
    await expect(card.getByTestId('group-buy-tag').innerText()).resolves.toBe('拼团 · 2人');
  }
  expect(await page.locator(`[data-order-id="${plain}"]`).getByTestId('group-buy-tag').count()).toBe(0);
  await shot(page, 'queue-group-buy-01-cards');

  await page
    .locator(`[data-order-id="${friend.orderId}"]`)
    .getByRole('link', { name: /打印|拣货/ })
    .click();
  await expect(page.getByTestId('printable').innerText()).resolves.toContain('拼团 · 2人');
  await shot(page, 'queue-group-buy-02-picklist');
  await context.close();
});
