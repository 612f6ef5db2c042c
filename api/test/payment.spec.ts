// Paying through WeChat Pay's format end to end: the sandbox signs and encrypts like WeChat and posts to our
// real webhook; duplicated, forged and late notifications; the payment timeout releasing stock.
import { generateKeyPairSync, verify } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../src/common/sql';
import { reliabilitySweep } from '../src/jobs/reliability-sweep';
import { SANDBOX_PUBLIC_KEY_ID } from '../src/modules/payment/sandbox-provider';
import { buildSignedNotification, type SignedNotification } from '../src/modules/payment/wechatpay/notification';
import { CancelOrderDocument, OrderDocument, PayCheckoutDocument } from './generated/graphql';
import { makeSkus, makeStore, setStock } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import { count, eventually, pay, pickupInput, placeCheckout, sandbox, stockOf } from './orders-helpers';

describe('payment', () => {
  let t: TestApp;
  let shopper: string;
  let store: string;
  let sku: string;
  const start = '2026-11-18T04:00:00Z';

  const post = (n: SignedNotification) =>
    fetch(`${t.baseUrl}/payments/wechat/notify`, { method: 'POST', headers: n.headers, body: n.body });
  const stateOf = async (orderId: string) => (await t.ok(OrderDocument, { id: orderId }, t.tokens.hq())).order!;
  /** One pass of the deadline sweeper's reliability sweep, at the test's clock. */
  const sweep = () => reliabilitySweep({}, { ...t.runtime, em: t.em() as EntityManager });

  beforeAll(async () => {
    t = await startTestApp({ now: start, jobs: true });
    shopper = (await t.newShopper()).token;
    store = (await makeStore(t.em(), { lat: 31.3, lng: 121.5 })).id;
    [sku] = await makeSkus(t.em(), 1, 990);
    await setStock(t.em(), store, sku!, 100);
  });
  afterAll(() => t?.close());

  it('signs wx.requestPayment parameters with the merchant key, and a paid notification makes the order PAID once', async () => {
    const placed = await placeCheckout(t, pickupInput(store, [{ skuId: sku!, quantity: 2 }]), shopper);
    const { params, result } = await pay(t, placed.checkout.id, shopper);
    const message = `${params.appId}\n${params.timeStamp}\n${params.nonceStr}\n${params.package}\n`;
    expect(verify('sha256', Buffer.from(message), sandbox(t).merchantPublicKey, Buffer.from(params.paySign, 'base64'))).toBe(true);
    expect(params).toMatchObject({ signType: 'RSA', totalFen: 1980 });

    const order = await stateOf(placed.orders[0]!.id);
    expect(order.state).toBe('PAID');
    expect(order.acceptBy).not.toBeNull();
    expect(order.pickupDeadline).not.toBeNull();
    expect(order.transitions.map((s) => [s.fromState, s.toState, s.actor])).toEqual([
      [null, 'PENDING_PAYMENT', expect.stringMatching(/^shopper:/)],
      ['PENDING_PAYMENT', 'PAID', 'system:wechatpay'],
    ]);

    // WeChat repeats notifications; duplicates, even simultaneous ones, change nothing.
    if (!result.ok) throw new Error('unreachable');
    const replies = await Promise.all(Array.from({ length: 5 }, () => post(result.notification)));
    expect(replies.map((r) => r.status)).toEqual([204, 204, 204, 204, 204]);
    expect((await stateOf(placed.orders[0]!.id)).transitions).toHaveLength(2);
    expect(
      await count(t, `SELECT count(*) AS n FROM payment_event WHERE out_trade_no = :no AND outcome = 'DUPLICATE'`, {
        no: placed.checkout.outTradeNo,
      }),
    ).toBe(5);
    const again = await t.ok(PayCheckoutDocument, { checkoutId: placed.checkout.id }, shopper);
    expect(again.payCheckout).toMatchObject({ __typename: 'CheckoutNotPayableError' });
  });

  it('refuses forged, tampered and stale notifications, logs them, and changes nothing', async () => {
    const placed = await placeCheckout(t, pickupInput(store, [{ skuId: sku!, quantity: 1 }]), shopper);
    const { payCheckout } = await t.ok(PayCheckoutDocument, { checkoutId: placed.checkout.id }, shopper);
    if (payCheckout.__typename !== 'PaymentParams') throw new Error('not payable');
    const settled = await sandbox(t).pay(payCheckout.package.replace('prepay_id=', ''), { deliver: false });
    if (!settled.ok) throw new Error('sandbox refused');
    const genuine = settled.notification;
    const trade = await sandbox(t).query(placed.checkout.outTradeNo);
    const forger = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    const now = t.clock.now();

    const attempts: [string, SignedNotification, number][] = [
      [
        'one changed byte in the body',
        { headers: genuine.headers, body: genuine.body.replace('"TRANSACTION.SUCCESS"', '"TRANSACTION.SUCCESs"') },
        401,
      ],
      [
        'signed by someone else',
        buildSignedNotification({
          signingKey: forger,
          serial: SANDBOX_PUBLIC_KEY_ID,
          apiV3Key: sandbox(t).apiV3Key,
          eventType: 'TRANSACTION.SUCCESS',
          resource: trade!,
          now,
        }),
        401,
      ],
      [
        'an unknown serial',
        { headers: { ...genuine.headers, 'Wechatpay-Serial': 'PUB_KEY_ID_0000000000000000000000000000' }, body: genuine.body },
        401,
      ],
      [
        "WeChat's signature probe",
        {
          headers: { ...genuine.headers, 'Wechatpay-Signature': `WECHATPAY/SIGNTEST/${genuine.headers['Wechatpay-Signature']}` },
          body: genuine.body,
        },
        401,
      ],
      [
        'a ten-minute-old timestamp',
        { headers: { ...genuine.headers, 'Wechatpay-Timestamp': String(Math.floor(now.getTime() / 1000) - 600) }, body: genuine.body },
        401,
      ],
      ['a valid signature over a different amount', sandbox(t).notification(trade!, 1), 400],
    ];
    for (const [why, n, status] of attempts) {
      const res = await post(n);
      expect(res.status, why).toBe(status);
      expect(((await res.json()) as { code: string }).code, why).toBe('FAIL');
    }
    expect((await stateOf(placed.orders[0]!.id)).state).toBe('PENDING_PAYMENT');
    const outcomes = await query<{ outcome: string }>(
      t.em(),
      `SELECT outcome FROM payment_event WHERE received_at = :at::timestamptz ORDER BY outcome`,
      { at: now.toISOString() },
    );
    expect(outcomes.map((o) => o.outcome)).toEqual(
      expect.arrayContaining(['REJECTED_BAD_SIGNATURE', 'REJECTED_UNKNOWN_SERIAL', 'REJECTED_STALE_TIMESTAMP', 'AMOUNT_MISMATCH']),
    );

    // The genuine one still works afterwards.
    expect((await post(genuine)).status).toBe(204);
    expect((await stateOf(placed.orders[0]!.id)).state).toBe('PAID');
  });

  it('cancels an unpaid checkout at its payment timeout, closes the trade and puts the stock back', async () => {
    const [hot] = await makeSkus(t.em(), 1, 2500);
    await setStock(t.em(), store, hot!, 3);
    const placed = await placeCheckout(t, pickupInput(store, [{ skuId: hot!, quantity: 3 }]), shopper);
    const { payCheckout } = await t.ok(PayCheckoutDocument, { checkoutId: placed.checkout.id }, shopper);
    if (payCheckout.__typename !== 'PaymentParams') throw new Error('not payable');
    expect(await stockOf(t, store, hot!)).toEqual({ onHand: 3, reserved: 3 });

    // Not a moment early: the sweep leaves a checkout alone until its window has passed.
    t.clock.set(new Date(new Date(placed.checkout.paymentExpiresAt).getTime() - 1000));
    await sweep();
    expect((await stateOf(placed.orders[0]!.id)).state).toBe('PENDING_PAYMENT');
    // The deadline sweeper (every DEADLINE_SWEEP_MS) finds it from the checkout row: no job was scheduled for it.
    t.clock.set(new Date(new Date(placed.checkout.paymentExpiresAt).getTime() + 1000));
    await sweep();
    const order = await eventually(async () => {
      const o = await stateOf(placed.orders[0]!.id);
      return o.state === 'CANCELLED' && o;
    });
    expect(order.transitions.at(-1)).toMatchObject({ fromState: 'PENDING_PAYMENT', toState: 'CANCELLED', actor: 'system:payment-timeout' });
    expect(await stockOf(t, store, hot!)).toEqual({ onHand: 3, reserved: 0 });
    // The trade is closed at WeChat's side too (after the cancel commits): paying now fails.
    await eventually(
      async () =>
        (await count(t, `SELECT count(*) AS n FROM checkout WHERE id = :id::uuid AND trade_closed_at IS NOT NULL`, {
          id: placed.checkout.id,
        })) === 1,
    );
    expect(await sandbox(t).pay(payCheckout.package.replace('prepay_id=', ''))).toMatchObject({ ok: false });
    // Running the job again (bull delivers at least once) changes nothing.
    await t.runtime.jobs.enqueue('payment-timeout', { checkoutId: `${placed.checkout.id}` });
    t.clock.set(start);
  });

  it('applies a payment the timeout finds already made, instead of cancelling', async () => {
    const placed = await placeCheckout(t, pickupInput(store, [{ skuId: sku!, quantity: 1 }]), shopper);
    const { payCheckout } = await t.ok(PayCheckoutDocument, { checkoutId: placed.checkout.id }, shopper);
    if (payCheckout.__typename !== 'PaymentParams') throw new Error('not payable');
    // Paid in WeChat, but the notification has not arrived yet.
    expect(await sandbox(t).pay(payCheckout.package.replace('prepay_id=', ''), { deliver: false })).toMatchObject({ ok: true });
    t.clock.set(new Date(new Date(placed.checkout.paymentExpiresAt).getTime() + 1000));
    await sweep();
    await eventually(async () => (await stateOf(placed.orders[0]!.id)).state === 'PAID');
    t.clock.set(start);
  });

  it('refunds a payment that arrives after the shopper cancelled', async () => {
    const placed = await placeCheckout(t, pickupInput(store, [{ skuId: sku!, quantity: 1 }]), shopper);
    const { payCheckout } = await t.ok(PayCheckoutDocument, { checkoutId: placed.checkout.id }, shopper);
    if (payCheckout.__typename !== 'PaymentParams') throw new Error('not payable');
    const cancelled = await t.ok(CancelOrderDocument, { orderId: placed.orders[0]!.id }, shopper);
    expect(cancelled.cancelOrder).toMatchObject({ state: 'CANCELLED' });
    const late = await sandbox(t).pay(payCheckout.package.replace('prepay_id=', ''));
    expect(late).toMatchObject({ ok: true, delivery: { status: 204 } });
    const order = await eventually(async () => {
      const o = await stateOf(placed.orders[0]!.id);
      return o.refunds[0]?.status === 'SUCCEEDED' && o;
    });
    expect(order).toMatchObject({ state: 'CANCELLED', refundedFen: 990 });
    expect(order.refunds).toEqual([expect.objectContaining({ amountFen: 990, restocked: false })]);
  });
});
