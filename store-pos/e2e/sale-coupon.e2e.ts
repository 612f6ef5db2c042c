// A coupon good online and in store (channel BOTH), redeemed at the SH-001 counter: the clerk scans the goods and the
// member's code, picks the member's coupon from the list the API offers, takes cash. Online the coupon is then used:
// the shopper's coupons say so and their app's checkout no longer takes it off.
import { expect, test } from 'vitest';
import {
  CheckoutQuoteDocument,
  ClaimCouponDocument,
  CreatePromotionDocument,
  LaunchPromotionDocument,
  MyCouponsDocument,
} from '../../api/test/generated/graphql';
import { openDemoSale, shot, tablet, useApiAndBrowser } from './browser';
import { DEMO_DEVICE, DEMO_HQ, memberCodeNow, shopperToken, skuInStock, staffToken, storeByCode } from './shop';
import { sql } from './db';

const parts = useApiAndBrowser();

const fenOf = (text: string | null) => Math.round(Number(text!.replace(/[^0-9.]/g, '')) * 100);

test('a coupon redeemed at the counter can no longer be used online', async () => {
  const { api, browser } = parts;
  const store = await storeByCode(api, 'SH-001');
  const { page } = await tablet(browser, api.url);
  const sku = await skuInStock(api, store.id, 10);
  await sql(api.dbName, `UPDATE sku SET barcode = '6901234567816' WHERE id = $1`, [sku]);
  // HQ's ¥2 coupon, no threshold, good online and at the counter; the shopper claims it in the app.
  const hq = await staffToken(api, DEMO_HQ);
  const { createPromotion } = await api.ok(
    CreatePromotionDocument,
    {
      input: {
        kind: 'COUPON',
        name: '到店线上通用券',
        couponKind: 'AMOUNT_OFF',
        thresholdFen: 0,
        offFen: 200,
        channel: 'BOTH',
        funder: 'HQ',
      },
    },
    hq,
  );
  await api.ok(LaunchPromotionDocument, { id: createPromotion.id }, hq);
  const shopper = await shopperToken(api);
  const { claimCoupon } = await api.ok(ClaimCouponDocument, { promotionId: createPromotion.id }, shopper);
  if (claimCoupon.__typename !== 'Coupon') throw new Error(JSON.stringify(claimCoupon));

  await openDemoSale(page, DEMO_DEVICE);

  // Goods, then the member's code, both through the scanner; the member's coupon is offered, the clerk picks it.
  await page.keyboard.type('6901234567816');
  await page.keyboard.press('Enter');
  await expect.poll(async () => fenOf(await page.getByTestId('sale-total').textContent())).toBeGreaterThan(200);
  await page.keyboard.type(await memberCodeNow(api, shopper));
  await page.keyboard.press('Enter');
  await page.getByTestId('sale-member').filter({ hasText: '积分' }).waitFor();
  const coupons = page.getByLabel('可用优惠券');
  await coupons.locator('option', { hasText: '到店线上通用券' }).waitFor({ state: 'attached' });
  // The member's price, before the coupon.
  const listFen = fenOf(await page.getByTestId('sale-total').textContent());
  await coupons.selectOption(claimCoupon.id);
  await expect.poll(async () => fenOf(await page.getByTestId('sale-total').textContent())).toBe(listFen - 200);
  await shot(page, 'sale-coupon');
  await page.getByRole('button', { name: '现金', exact: true }).click();
  await page.getByLabel('实收（元）').fill(((listFen - 200) / 100).toFixed(2));
  await page.getByRole('button', { name: '收现金' }).click();
  await page.getByTestId('sale-done').waitFor();

  // Online: the coupon is used, and the app's checkout takes nothing off with it.
  const mine = (await api.ok(MyCouponsDocument, {}, shopper)).myCoupons;
  expect(mine.find((c) => c.id === claimCoupon.id)?.state).toBe('USED');
  const { checkoutQuote } = await api.ok(
    CheckoutQuoteDocument,
    { input: { fulfilment: 'PICKUP', storeId: store.id, lines: [{ skuId: sku, quantity: 1 }], couponId: claimCoupon.id } },
    shopper,
  );
  if (checkoutQuote.__typename !== 'CheckoutQuote') throw new Error(JSON.stringify(checkoutQuote));
  expect(checkoutQuote.discountFen).toBe(0);
  expect(checkoutQuote.coupons.some((c) => c.couponId === claimCoupon.id && c.usable)).toBe(false);
});
