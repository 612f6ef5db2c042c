// No money kept: a cancelled checkout's WeChat trade is closed (and the sandbox then refuses to pay it), a payment
// made before the close or found by the reconcile sweep is refunded, and notifications in another currency, naming
// another checkout's transaction or carrying NUL bytes are refused with a 4xx and recorded.
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../src/common/sql';
import { paymentClose, paymentReconcileSweep } from '../src/jobs/payment-close';
import { paymentTimeout } from '../src/jobs/payment-timeout';
import type { SignedNotification, WechatTransaction } from '../src/modules/payment/wechatpay/notification';
import { CancelOrderDocument, PayCheckoutDocument } from './generated/graphql';
import { makeSkus, makeStore, setStock } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import { eventually, pickupInput, placeCheckout, sandbox, stockOf } from './orders-helpers';

describe('no money kept', () => {
  let t: TestApp;
  let shopper: string;
  let store: string;
  let sku: string;
  const start = Date.parse('2026-11-18T04:00:00Z');
  const at = (minutes: number) => t.clock.set(new Date(start + minutes * 60_000));
  const ctx = () => ({ ...t.runtime, em: t.em() as EntityManager });
  const post = (n: SignedNotification) =>
    fetch(`${t.baseUrl}/payments/wechat/notify`, { method: 'POST', headers: n.headers, body: n.body });
  const events = (outTradeNo: string) =>
    query<{ outcome: string }>(t.em(), `SELECT outcome FROM payment_event WHERE out_trade_no = :no ORDER BY received_at, outcome`, {
      no: outTradeNo,
    });
  const refunds = (checkoutId: string) =>
    query<{ amount_fen: number; status: string }>(t.em(), `SELECT amount_fen, status FROM refund WHERE checkout_id = :c::uuid`, {
      c: checkoutId,
    });

  /** A checkout whose shopper has opened the WeChat cashier (a trade exists at WeChat). */
  async function openTrade(quantity = 1) {
    const placed = await placeCheckout(t, pickupInput(store, [{ skuId: sku, quantity }]), shopper);
    const { payCheckout } = await t.ok(PayCheckoutDocument, { checkoutId: placed.checkout.id }, shopper);
    if (payCheckout.__typename !== 'PaymentParams') throw new Error('not payable');
    return { ...placed, prepayId: payCheckout.package.replace('prepay_id=', '') };
  }
  /** The close job, once the outbox has relayed it to the queue. */
  const queued = (checkoutId: string) => eventually(() => t.runtime.jobs.find('payment-close', { checkoutId }).then((j) => j ?? undefined));
  const cancel = async (orderId: string) => (await t.ok(CancelOrderDocument, { orderId }, shopper)).cancelOrder;

  beforeAll(async () => {
    // Jobs are run by hand here, so each step is seen on its own.
    t = await startTestApp({ now: new Date(start).toISOString(), jobs: false });
    shopper = (await t.newShopper()).token;
    store = (await makeStore(t.em(), { lat: 29.6, lng: 106.5 })).id;
    [sku] = (await makeSkus(t.em(), 1, 1250)) as [string];
    await setStock(t.em(), store, sku, 100);
  });
  afterAll(() => t?.close());

  it('closes the WeChat trade once a shopper cancels, not sooner than 5 minutes after it was opened; the sandbox then refuses to pay it', async () => {
    at(0);
    const c = await openTrade();
    at(1);
    expect(await cancel(c.orders[0]!.id)).toMatchObject({ state: 'CANCELLED' });
    await queued(c.checkout.id);
    await expect(paymentClose({ checkoutId: c.checkout.id }, ctx())).rejects.toThrow(/not due/);
    at(6);
    expect(await paymentClose({ checkoutId: c.checkout.id }, ctx())).toBe('CLOSED');
    expect(await sandbox(t).pay(c.prepayId)).toEqual({ ok: false, reason: 'CLOSED' });
    expect((await sandbox(t).query(c.checkout.outTradeNo))?.trade_state).toBe('CLOSED');
    // Run again (bull delivers at least once): nothing more happens.
    expect(await paymentClose({ checkoutId: c.checkout.id }, ctx())).toBe('CLOSED_ALREADY');
  });

  it('closes the trade of a checkout cancelled at its payment timeout', async () => {
    at(0);
    const c = await openTrade();
    at(16);
    expect(await paymentTimeout({ checkoutId: c.checkout.id }, ctx())).toBe('cancelled');
    expect(await stockOf(t, store, sku)).toEqual({ onHand: 100, reserved: 0 });
    await queued(c.checkout.id);
    expect(await paymentClose({ checkoutId: c.checkout.id }, ctx())).toBe('CLOSED');
    expect(await sandbox(t).pay(c.prepayId)).toMatchObject({ ok: false });
  });

  it('refunds a payment made in the moment before the close, even when its notification never arrives', async () => {
    at(0);
    const c = await openTrade(2);
    at(6);
    // Paid at WeChat while the shopper, in another tab, cancels; the notification is lost.
    expect(await sandbox(t).pay(c.prepayId, { deliver: false })).toMatchObject({ ok: true });
    expect(await cancel(c.orders[0]!.id)).toMatchObject({ state: 'CANCELLED' });
    expect(await paymentClose({ checkoutId: c.checkout.id }, ctx())).toBe('PAID:LATE_PAYMENT_REFUNDED');
    expect(await refunds(c.checkout.id)).toEqual([{ amount_fen: 2500, status: 'PROCESSING' }]);
    const [refund] = await query<{ id: string }>(t.em(), `SELECT id FROM refund WHERE checkout_id = :c::uuid`, { c: c.checkout.id });
    await eventually(() => t.runtime.jobs.find('refund-submit', { refundId: refund!.id }).then((j) => j ?? undefined));
    // A late notification after all refunds nothing twice.
    expect(await paymentClose({ checkoutId: c.checkout.id }, ctx())).toBe('NOT_CANCELLED');
    expect(await refunds(c.checkout.id)).toHaveLength(1);
  });

  it('reconciles: refunds a cancelled checkout paid anyway whose close never ran, and settles the unpaid ones after their window', async () => {
    at(0);
    const paid = await openTrade();
    const unpaid = await openTrade();
    const pending = await openTrade();
    at(1);
    expect(await sandbox(t).pay(paid.prepayId, { deliver: false })).toMatchObject({ ok: true });
    for (const c of [paid, unpaid]) {
      await cancel(c.orders[0]!.id);
      // The close job is lost (a worker's Redis flushed, say).
      await (await queued(c.checkout.id)).remove();
    }
    // Within the payment window the unpaid one could still be paid: it is asked about again later.
    expect(await paymentReconcileSweep({}, ctx())).toBe('checked 2, refunded 1, settled 0, failed 0');
    expect(await refunds(paid.checkout.id)).toEqual([{ amount_fen: 1250, status: 'PROCESSING' }]);
    expect((await events(paid.checkout.outTradeNo)).map((e) => e.outcome)).toEqual(['LATE_PAYMENT_REFUNDED']);
    at(25);
    expect(await paymentReconcileSweep({}, ctx())).toBe('checked 1, refunded 0, settled 1, failed 0');
    expect(await paymentReconcileSweep({}, ctx())).toBe('checked 0, refunded 0, settled 0, failed 0');
    expect(await refunds(unpaid.checkout.id)).toEqual([]);
    // A checkout never cancelled is none of the sweep's business.
    expect(await refunds(pending.checkout.id)).toEqual([]);
  });

  it('refuses a notification in another currency, records it and changes nothing', async () => {
    at(0);
    const c = await openTrade();
    const settled = await sandbox(t).pay(c.prepayId, { deliver: false });
    if (!settled.ok) throw new Error('sandbox refused');
    const trade = (await sandbox(t).query(c.checkout.outTradeNo))!;
    const res = await post(sandbox(t).notification({ ...trade, amount: { ...trade.amount, currency: 'USD', payer_currency: 'USD' } }));
    expect(res.status).toBe(400);
    expect((await events(c.checkout.outTradeNo)).map((e) => e.outcome)).toEqual(['CURRENCY_MISMATCH']);
    const [row] = await query<{ state: string }>(t.em(), `SELECT state FROM checkout WHERE id = :id::uuid`, { id: c.checkout.id });
    expect(row!.state).toBe('PENDING_PAYMENT');
    // The genuine one still works.
    expect((await post(settled.notification)).status).toBe(204);
  });

  it("refuses a notification naming another checkout's transaction, records it and changes nothing", async () => {
    at(0);
    const first = await openTrade();
    const second = await openTrade();
    const paid = await sandbox(t).pay(first.prepayId);
    if (!paid.ok || paid.delivery?.status !== 204) throw new Error('first not paid');
    await sandbox(t).pay(second.prepayId, { deliver: false });
    const secondTrade = (await sandbox(t).query(second.checkout.outTradeNo))!;
    const firstTrade = (await sandbox(t).query(first.checkout.outTradeNo))!;
    const forged: [string, WechatTransaction][] = [
      ["the second checkout, paid by the first one's transaction", { ...secondTrade, transaction_id: paid.transactionId }],
      ['the first checkout, paid again by another transaction', { ...firstTrade, transaction_id: secondTrade.transaction_id }],
    ];
    for (const [why, trade] of forged) expect((await post(sandbox(t).notification(trade))).status, why).toBe(400);
    expect((await events(second.checkout.outTradeNo)).map((e) => e.outcome)).toEqual(['TRANSACTION_MISMATCH']);
    expect((await events(first.checkout.outTradeNo)).map((e) => e.outcome)).toEqual(['PAID', 'TRANSACTION_MISMATCH']);
    const rows = await query<{ state: string; transaction_id: string | null }>(
      t.em(),
      `SELECT state, transaction_id FROM checkout WHERE id IN (:a::uuid, :b::uuid) ORDER BY created_at, id`,
      {
        a: first.checkout.id,
        b: second.checkout.id,
      },
    );
    expect(rows).toEqual(
      expect.arrayContaining([
        { state: 'PAID', transaction_id: paid.transactionId },
        { state: 'PENDING_PAYMENT', transaction_id: null },
      ]),
    );
  });

  it('answers a notification with NUL bytes with a 4xx and records it like any other refused one', async () => {
    at(0);
    const c = await openTrade();
    const settled = await sandbox(t).pay(c.prepayId, { deliver: false });
    if (!settled.ok) throw new Error('sandbox refused');
    const trade = (await sandbox(t).query(c.checkout.outTradeNo))!;
    const before = Number((await query<{ n: string }>(t.em(), `SELECT count(*) AS n FROM payment_event`, {}))[0]!.n);
    // NUL bytes in the body as sent (its signature cannot match), and inside a correctly signed, encrypted resource.
    const raw = await post({
      headers: settled.notification.headers,
      body: settled.notification.body.replace('"TRANSACTION.SUCCESS"', '"TRANSACTION.\u0000SUCCESS"'),
    });
    expect(raw.status).toBe(401);
    const inside = await post(sandbox(t).notification({ ...trade, out_trade_no: `${trade.out_trade_no}\u0000`, attach: '\u0000' }));
    expect(inside.status).toBe(400);
    const recorded = await query<{ outcome: string }>(
      t.em(),
      `SELECT outcome FROM payment_event WHERE outcome LIKE 'REJECTED%' ORDER BY outcome`,
      {},
    );
    expect(recorded.map((r) => r.outcome)).toEqual(['REJECTED_BAD_SIGNATURE', 'REJECTED_UNREADABLE']);
    expect(Number((await query<{ n: string }>(t.em(), `SELECT count(*) AS n FROM payment_event`, {}))[0]!.n)).toBe(before + 2);
    expect((await post(settled.notification)).status).toBe(204);
  });
});
