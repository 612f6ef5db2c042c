// What shoppers and HQ do around the counter, through the API as the mini-program does.
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import {
  AdvanceOrderDocument,
  CheckoutDocument,
  CreateStaffDocument,
  IssueMemberCodeSecretDocument,
  LoginShopperDocument,
  LoginStaffDocument,
  OrderPickupCodeDocument,
  PayCheckoutDocument,
  PickupSlotsDocument,
  RequestAfterSaleDocument,
  VerifyPickupDocument,
  type StoreStepEvent,
} from '../../api/test/generated/graphql';
import { fromBase32, totp } from '../../miniapp/src/lib/totp';
import type { TestApi } from './api';
import { sql } from './db';

export const DEMO_CLERK = { username: 'clerk.sh001', password: 'linli-clerk-demo' };
export const DEMO_HQ = { username: 'hq', password: 'linli-hq-demo' };
/** The seed's SH-001 counter tablet and clerk.sh001's PIN (development and test only). */
export const DEMO_DEVICE = { token: 'lnd1_demo-SH-001-counter-1-development-only-0000', pin: '1234' };

export async function storeByCode(api: TestApi, code: string): Promise<{ id: string; name: string }> {
  const [row] = await sql<{ id: string; name: string }>(api.dbName, `SELECT id, name FROM store WHERE code = $1`, [code]);
  if (!row) throw new Error(`no store ${code}`);
  return row;
}

/** A SKU this store has at least `n` of to sell. */
/** A SKU with at least `n` free at the store; with `alsoAt`, one that store carries too (stock rows differ by store). */
export async function skuInStock(api: TestApi, storeId: string, n = 5, skip = 0, alsoAt?: string): Promise<string> {
  const rows = await sql<{ sku_id: string }>(
    api.dbName,
    `SELECT sku_id FROM store_stock
      WHERE store_id = $1 AND on_hand - reserved >= $2
        AND ($4::uuid IS NULL OR sku_id IN (SELECT sku_id FROM store_stock WHERE store_id = $4::uuid))
      ORDER BY sku_id OFFSET $3 LIMIT 1`,
    [storeId, n, skip, alsoAt ?? null],
  );
  if (!rows[0]) throw new Error('no SKU in stock');
  return rows[0].sku_id;
}

export async function staffToken(api: TestApi, who: { username: string; password: string }): Promise<string> {
  const { loginStaff } = await api.ok(LoginStaffDocument, who);
  if (loginStaff.__typename !== 'AuthPayload') throw new Error(`login failed: ${JSON.stringify(loginStaff)}`);
  return loginStaff.token;
}

/** A clerk account of another store (created by HQ, as the console does). */
export async function createClerk(api: TestApi, storeId: string, username: string, password = 'clerk-password-1') {
  const hq = await staffToken(api, DEMO_HQ);
  const { createStaff } = await api.ok(
    CreateStaffDocument,
    { input: { username, password, displayName: username, role: 'CLERK', storeId } },
    hq,
  );
  if (createStaff.__typename !== 'StaffMember') throw new Error(`createStaff failed: ${JSON.stringify(createStaff)}`);
  return { username, password };
}

/** The member code the shopper's app would show now: a fresh secret, and the app's own TOTP over it. */
export async function memberCodeNow(api: TestApi, shopper: string): Promise<string> {
  const held = (await api.ok(IssueMemberCodeSecretDocument, {}, shopper)).issueMemberCodeSecret;
  return held.prefix + held.reference + totp(fromBase32(held.secret), Date.now(), held.stepSeconds, held.digits);
}

export async function shopperToken(api: TestApi, name = `s-${randomUUID().slice(0, 8)}`): Promise<string> {
  const { loginShopper } = await api.ok(LoginShopperDocument, { code: `dev:${name}` });
  if (loginShopper.__typename !== 'AuthPayload') throw new Error('shopper login failed');
  return loginShopper.token;
}

/** Checkout (pickup at the store, in a slot when given) but not paid yet: returns what pays it. */
export async function placePickup(api: TestApi, storeId: string, skuId: string, shopper: string, quantity = 1, pickupSlotStart?: string) {
  const { checkout } = await api.ok(
    CheckoutDocument,
    {
      input: {
        idempotencyKey: `k-${randomUUID()}`,
        lines: [{ skuId, quantity }],
        fulfilment: 'PICKUP',
        storeId,
        pickupSlotStart,
        contact: { name: '王小明', phone: '13800138000' },
      },
    },
    shopper,
  );
  if (checkout.__typename !== 'CheckoutPlaced') throw new Error(`not placed: ${JSON.stringify(checkout)}`);
  const orderId = checkout.orders[0]!.id;
  return {
    orderId,
    pay: async () => {
      const { payCheckout } = await api.ok(PayCheckoutDocument, { checkoutId: checkout.checkout.id }, shopper);
      if (payCheckout.__typename !== 'PaymentParams') throw new Error(`not payable: ${JSON.stringify(payCheckout)}`);
      await api.sandboxPay(payCheckout.package.replace('prepay_id=', ''));
    },
  };
}

/** A delivery to where the shopper stands (WGS-84), paid; routed to the nearest store that can serve it. */
export async function paidDelivery(api: TestApi, at: { lat: number; lng: number }, skuId: string, shopper: string) {
  const { checkout } = await api.ok(
    CheckoutDocument,
    {
      input: {
        idempotencyKey: `k-${randomUUID()}`,
        lines: [{ skuId, quantity: 1 }],
        fulfilment: 'DELIVERY',
        location: { ...at, system: 'WGS84' },
        address: '南京东路 300 号 5 楼',
        contact: { name: '李四', phone: '13900139000' },
      },
    },
    shopper,
  );
  if (checkout.__typename !== 'CheckoutPlaced') throw new Error(`not placed: ${JSON.stringify(checkout)}`);
  const { payCheckout } = await api.ok(PayCheckoutDocument, { checkoutId: checkout.checkout.id }, shopper);
  if (payCheckout.__typename !== 'PaymentParams') throw new Error(`not payable: ${JSON.stringify(payCheckout)}`);
  await api.sandboxPay(payCheckout.package.replace('prepay_id=', ''));
  return checkout.orders[0]!.id;
}

export async function paidPickup(api: TestApi, storeId: string, skuId: string, shopper: string, pickupSlotStart?: string) {
  const placed = await placePickup(api, storeId, skuId, shopper, 1, pickupSlotStart);
  await placed.pay();
  return placed.orderId;
}

export async function advance(api: TestApi, token: string, orderId: string, event: StoreStepEvent) {
  const { advanceOrder } = await api.ok(AdvanceOrderDocument, { orderId, event }, token);
  if (advanceOrder.__typename !== 'CustomerOrder') throw new Error(`${event} failed: ${JSON.stringify(advanceOrder)}`);
}

/** A paid pickup order, accepted and ready, and the code and QR token its shopper shows. */
export async function readyPickup(api: TestApi, storeId: string, skuId: string, clerkToken: string) {
  const shopper = await shopperToken(api);
  const orderId = await paidPickup(api, storeId, skuId, shopper);
  await advance(api, clerkToken, orderId, 'ACCEPT');
  await advance(api, clerkToken, orderId, 'MARK_READY');
  const { order } = await api.ok(OrderPickupCodeDocument, { id: orderId }, shopper);
  return { orderId, shopper, code: order!.pickupCode!.code, qrToken: order!.pickupCode!.qrToken };
}

/** A pickup order handed over at the counter, then the shopper asks for it back (after-sales). */
export async function afterSaleRequested(api: TestApi, storeId: string, skuId: string, clerkToken: string, note: string) {
  const order = await readyPickup(api, storeId, skuId, clerkToken);
  const { verifyPickup } = await api.ok(VerifyPickupDocument, { input: { code: order.code } }, clerkToken);
  if (verifyPickup.__typename !== 'PickupVerified') throw new Error(`not handed over: ${JSON.stringify(verifyPickup)}`);
  const { requestAfterSale } = await api.ok(
    RequestAfterSaleDocument,
    { input: { orderId: order.orderId, reason: 'DAMAGED', note } },
    order.shopper,
  );
  if (requestAfterSale.__typename !== 'AfterSale') throw new Error(`not filed: ${JSON.stringify(requestAfterSale)}`);
  return { orderId: order.orderId, afterSaleId: requestAfterSale.id };
}

/** The store's first pickup slot free on its local `date` (YYYY-MM-DD), as the shopper's slot picker offers it. */
export async function firstFreeSlot(api: TestApi, storeId: string, date: string) {
  const { pickupSlots } = await api.ok(PickupSlotsDocument, { storeId, date });
  if (pickupSlots.__typename !== 'PickupSlotList') throw new Error(`no slots: ${JSON.stringify(pickupSlots)}`);
  const slot = pickupSlots.slots.find((s) => s.available);
  if (!slot) throw new Error(`no free slot on ${date}`);
  return slot;
}

/**
 * A session signed out elsewhere: the tablet sends nothing over HTTP meanwhile, so only its live feed can learn of it,
 * and the API closes the feed (4401) at its next event. An order paid before the feed subscribed reaches nobody: paid
 * orders come, while the page is still on `stillOn`, until the page has gone to `goesTo`.
 */
export async function ordersUntilSessionEndSeen(
  page: Page,
  api: TestApi,
  order: { storeId: string; skuId: string; shopper: string },
  stillOn: string,
  goesTo: RegExp,
) {
  await expect
    .poll(
      async () => {
        if (page.url().endsWith(stillOn)) await paidPickup(api, order.storeId, order.skuId, order.shopper);
        return page.url();
      },
      { timeout: 20_000 },
    )
    .toMatch(goesTo);
}
