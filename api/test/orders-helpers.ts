// Shared steps of the order tests: a checkout input, paying through the sandbox (real webhook), stock reads.
import { randomUUID } from 'node:crypto';
import { query } from '../src/common/sql';
import { SandboxWechatPay } from '../src/modules/payment/sandbox-provider';
import {
  CheckoutDocument,
  OrderPickupCodeDocument,
  PayCheckoutDocument,
  VerifyPickupDocument,
  type CheckoutInput,
} from './generated/graphql';
import type { TestApp } from './harness';
import { makeSkus, makeStore, setStock } from './fixtures';

export const contact = { name: '王小明', phone: '13800138000' };

export function deliveryInput(
  lat: number,
  lng: number,
  lines: { skuId: string; quantity: number }[],
  extra: Partial<CheckoutInput> = {},
): CheckoutInput {
  return {
    idempotencyKey: `k-${randomUUID()}`,
    lines,
    fulfilment: 'DELIVERY',
    location: { lat, lng, system: 'WGS84' },
    address: '测试路 1 号 101 室',
    contact,
    ...extra,
  };
}

export function pickupInput(
  storeId: string,
  lines: { skuId: string; quantity: number }[],
  extra: Partial<CheckoutInput> = {},
): CheckoutInput {
  return { idempotencyKey: `k-${randomUUID()}`, lines, fulfilment: 'PICKUP', storeId, contact, ...extra };
}

export function sandbox(t: TestApp): SandboxWechatPay {
  if (!(t.runtime.payments instanceof SandboxWechatPay)) throw new Error('tests run with the sandbox provider');
  return t.runtime.payments;
}

/** Places a checkout and returns its ids; fails the test when it is not placed. */
export async function placeCheckout(t: TestApp, input: CheckoutInput, token: string) {
  const { checkout } = await t.ok(CheckoutDocument, { input }, token);
  if (checkout.__typename !== 'CheckoutPlaced') throw new Error(`not placed: ${JSON.stringify(checkout)}`);
  return checkout;
}

/** The shopper pays in the sandbox cashier; the sandbox posts the signed notification to our webhook. */
export async function pay(t: TestApp, checkoutId: string, token: string) {
  const { payCheckout } = await t.ok(PayCheckoutDocument, { checkoutId }, token);
  if (payCheckout.__typename !== 'PaymentParams') throw new Error(`not payable: ${JSON.stringify(payCheckout)}`);
  const result = await sandbox(t).pay(payCheckout.package.replace('prepay_id=', ''));
  if (!result.ok || result.delivery?.status !== 204)
    throw new Error(`payment not accepted: ${JSON.stringify(result.ok ? result.delivery : result)}`);
  return { params: payCheckout, result };
}

/** A clerk hands a ready pickup order over the way the counter does: with the code the shopper shows. */
export async function handOverPickup(t: TestApp, orderId: string, storeId: string) {
  const [row] = await query<{ shopper_id: string }>(t.em(), `SELECT shopper_id FROM customer_order WHERE id = :id::uuid`, { id: orderId });
  const { order } = await t.ok(OrderPickupCodeDocument, { id: orderId }, t.tokens.shopperOf(row!.shopper_id));
  const { verifyPickup } = await t.ok(VerifyPickupDocument, { input: { code: order!.pickupCode!.code } }, t.tokens.clerk(storeId));
  if (verifyPickup.__typename !== 'PickupVerified') throw new Error(`not handed over: ${JSON.stringify(verifyPickup)}`);
  return verifyPickup;
}

export async function stockOf(t: TestApp, storeId: string, skuId: string) {
  const [row] = await query<{ on_hand: number; reserved: number }>(
    t.em(),
    `SELECT on_hand, reserved FROM store_stock WHERE store_id = :s::uuid AND sku_id = :k::uuid`,
    { s: storeId, k: skuId },
  );
  return row ? { onHand: row.on_hand, reserved: row.reserved } : undefined;
}

export async function count(t: TestApp, sql: string, values: Record<string, unknown> = {}): Promise<number> {
  const [row] = await query<{ n: string }>(t.em(), sql, values);
  return Number(row!.n);
}

/** Waits until `check` holds (jobs run in the background), or fails after `ms`. */
export async function eventually<T>(check: () => Promise<T | undefined | false>, ms = 5000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Home and two stores 1.1 km and 2.2 km east of it, both delivering 5 km around them, each with 20 of every SKU. */
export async function homeAndTwoStores(t: TestApp, skuCount: number, priceFen: number) {
  const near = (await makeStore(t.em(), { lat: 31.2, lng: 121.4115, deliveryRadiusM: 5000 })).id;
  const far = (await makeStore(t.em(), { lat: 31.2, lng: 121.423, deliveryRadiusM: 5000 })).id;
  const skus = await makeSkus(t.em(), skuCount, priceFen);
  for (const sku of skus) {
    await setStock(t.em(), near, sku, 20);
    await setStock(t.em(), far, sku, 20);
  }
  return { home: { lat: 31.2, lng: 121.4 }, near, far, skus };
}
