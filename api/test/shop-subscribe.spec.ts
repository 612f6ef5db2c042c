// Subscribe messages: a shopper's acceptance allows one message of that template; messages go out on order
// ready, out for delivery and refund through the sender (the recording one in tests), and only when accepted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../src/common/sql';
import type { SubscribeMessageNotifier } from '../src/modules/notify/notifier';
import type { RecordingSubscribeSender } from '../src/modules/notify/subscribe-message';
import { makeSkus, makeStore, setStock } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import { deliveryInput, eventually, pay, pickupInput, placeCheckout } from './orders-helpers';
import { AcceptSubscriptionsDocument, AdvanceOrderDocument, RefundOrderDocument, SubscribeTemplatesDocument } from './generated/graphql';

describe('subscribe messages', () => {
  let t: TestApp;
  let store: string;
  let sku: string;
  let sender: RecordingSubscribeSender;

  beforeAll(async () => {
    t = await startTestApp({ jobs: true });
    store = (await makeStore(t.em(), { lat: 31.23, lng: 121.47, name: '南京东路店', address: '南京东路 100 号' })).id;
    [sku] = await makeSkus(t.em(), 1, 2500);
    await setStock(t.em(), store, sku!, 50);
    sender = (t.runtime.notifier as SubscribeMessageNotifier).sender as RecordingSubscribeSender;
  });
  afterAll(async () => t?.close());

  const delivery = async (orderId: string, template: string) =>
    eventually(async () => {
      const [row] = await query<{ delivery: string }>(
        t.em(),
        `SELECT delivery FROM shopper_notification WHERE order_id = :o::uuid AND template = :t`,
        { o: orderId, t: template },
      );
      return row?.delivery !== 'PENDING' && row?.delivery;
    });

  async function paidPickup(token: string) {
    const placed = await placeCheckout(t, pickupInput(store, [{ skuId: sku!, quantity: 1 }]), token);
    await pay(t, placed.checkout.id, token);
    await t.ok(AdvanceOrderDocument, { orderId: placed.orders[0]!.id, event: 'ACCEPT' }, t.tokens.clerk(store));
    return { orderId: placed.orders[0]!.id, outTradeNo: placed.checkout.outTradeNo };
  }

  it('sends one message per acceptance, with the template id, the order page and its facts', async () => {
    const shopper = await t.newShopper();
    const templates = await t.ok(SubscribeTemplatesDocument, {}, shopper.token);
    expect(templates.subscribeTemplates).toEqual([
      { template: 'ORDER_READY', templateId: 'dev-template-order-ready', remaining: 0 },
      { template: 'OUT_FOR_DELIVERY', templateId: 'dev-template-out-for-delivery', remaining: 0 },
      { template: 'ORDER_REFUNDED', templateId: 'dev-template-order-refunded', remaining: 0 },
      { template: 'COUPON_EXPIRING', templateId: 'dev-template-coupon-expiring', remaining: 0 },
    ]);
    // One tap accepting the ready message (listed twice by a buggy client: still one acceptance).
    const accepted = await t.ok(AcceptSubscriptionsDocument, { templates: ['ORDER_READY', 'ORDER_READY'] }, shopper.token);
    expect(accepted.acceptSubscriptions.find((x) => x.template === 'ORDER_READY')!.remaining).toBe(1);

    const first = await paidPickup(shopper.token);
    await t.ok(AdvanceOrderDocument, { orderId: first.orderId, event: 'MARK_READY' }, t.tokens.clerk(store));
    expect(await delivery(first.orderId, 'ORDER_READY')).toBe('SENT');
    const [openid] = await query<{ openid: string }>(t.em(), `SELECT openid FROM shopper WHERE id = :s::uuid`, { s: shopper.id });
    const message = sender.sent.find((m) => m.data.character_string1?.value === first.outTradeNo)!;
    expect(message).toMatchObject({
      touser: openid!.openid,
      template_id: 'dev-template-order-ready',
      page: `pages/order/index?id=${first.orderId}`,
      miniprogram_state: 'developer',
      lang: 'zh_CN',
      data: { thing2: { value: '南京东路店' }, thing3: { value: '南京东路 100 号' }, thing5: { value: '请凭取货码到店取货' } },
    });
    expect(message.data.time4!.value).toMatch(/^2026-11-1\d \d\d:\d\d$/);

    // The acceptance is spent: the next ready order is recorded but not sent.
    const second = await paidPickup(shopper.token);
    await t.ok(AdvanceOrderDocument, { orderId: second.orderId, event: 'MARK_READY' }, t.tokens.clerk(store));
    expect(await delivery(second.orderId, 'ORDER_READY')).toBe('NOT_SUBSCRIBED');
    expect(sender.sent.filter((m) => m.data.character_string1?.value === second.outTradeNo)).toEqual([]);
    expect((await t.ok(SubscribeTemplatesDocument, {}, shopper.token)).subscribeTemplates.every((x) => x.remaining === 0)).toBe(true);
  });

  it('sends the refund and out-for-delivery messages to shoppers who accepted them', async () => {
    const shopper = await t.newShopper();
    await t.ok(AcceptSubscriptionsDocument, { templates: ['ORDER_REFUNDED', 'OUT_FOR_DELIVERY'] }, shopper.token);
    const placed = await placeCheckout(t, deliveryInput(31.232, 121.472, [{ skuId: sku!, quantity: 1 }]), shopper.token);
    const orderId = placed.orders[0]!.id;
    await pay(t, placed.checkout.id, shopper.token);
    await t.ok(AdvanceOrderDocument, { orderId, event: 'ACCEPT' }, t.tokens.clerk(store));
    await t.ok(AdvanceOrderDocument, { orderId, event: 'DISPATCH' }, t.tokens.clerk(store));
    expect(await delivery(orderId, 'OUT_FOR_DELIVERY')).toBe('SENT');

    const refunded = await paidPickup(shopper.token);
    const other = await t.newShopper(); // never accepted anything
    const unsubscribed = await paidPickup(other.token);
    for (const o of [refunded, unsubscribed]) {
      const { refundOrder } = await t.ok(RefundOrderDocument, { input: { orderId: o.orderId, reason: '门店缺货' } }, t.tokens.clerk(store));
      expect(refundOrder).toMatchObject({ state: 'REFUNDED' });
    }
    expect(await delivery(refunded.orderId, 'ORDER_REFUNDED')).toBe('SENT');
    expect(sender.sent.find((m) => m.data.character_string1?.value === refunded.outTradeNo)!.data.amount2).toEqual({ value: '25.00元' });
    expect(await delivery(unsubscribed.orderId, 'ORDER_REFUNDED')).toBe('NOT_SUBSCRIBED');
  });
});
