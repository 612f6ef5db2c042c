// Pickup verification through GraphQL: the code issued at payment, preview and single-use verification at the
// counter, store isolation, expiry and refusals, QR tampering, regeneration, re-routing, and what a hand-over
// sets off (stock, points, WeChat shipping info). Rate limits and the audit log: pickup-limits.spec.ts.
import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../src/common/sql';
import {
  AdvanceOrderDocument,
  CancelOrderDocument,
  MyPointsDocument,
  OrderDocument,
  OrderPickupCodeDocument,
  PickupPreviewDocument,
  RefundOrderDocument,
  RegeneratePickupCodeDocument,
  RejectOrderDocument,
  ResendPickupCodeDocument,
  VerifyPickupDocument,
  type PickupProofInput,
} from './generated/graphql';
import { makeSkus, makeStore, setStock } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import { count, deliveryInput, eventually, pay, pickupInput, placeCheckout, stockOf } from './orders-helpers';

describe('pickup verification', () => {
  let t: TestApp;
  let shopper: { id: string; token: string };
  let a: string;
  let b: string;
  let skus: string[];
  const start = '2026-11-18T04:00:00Z';

  const clerk = (storeId: string) => t.tokens.clerkNamed(storeId, `clerk-${randomUUID().slice(0, 8)}`);
  const verify = async (input: PickupProofInput, token: string) => (await t.ok(VerifyPickupDocument, { input }, token)).verifyPickup;
  const preview = async (input: PickupProofInput, token: string) => (await t.ok(PickupPreviewDocument, { input }, token)).pickupPreview;
  const codeOf = async (orderId: string, token = shopper.token) =>
    (await t.ok(OrderPickupCodeDocument, { id: orderId }, token)).order?.pickupCode ?? null;
  const advance = async (orderId: string, event: 'ACCEPT' | 'MARK_READY', storeId: string) =>
    (await t.ok(AdvanceOrderDocument, { orderId, event }, t.tokens.clerk(storeId))).advanceOrder;
  const paidPickup = async (storeId: string, quantity = 1, sku = 0) => {
    const placed = await placeCheckout(t, pickupInput(storeId, [{ skuId: skus[sku]!, quantity }]), shopper.token);
    await pay(t, placed.checkout.id, shopper.token);
    return placed.orders[0]!;
  };
  const readyPickup = async (storeId: string, quantity = 1, sku = 0) => {
    const order = await paidPickup(storeId, quantity, sku);
    await advance(order.id, 'ACCEPT', storeId);
    await advance(order.id, 'MARK_READY', storeId);
    return { order, code: (await codeOf(order.id))! };
  };
  const orderOf = async (id: string) => (await t.ok(OrderDocument, { id }, t.tokens.hq())).order!;

  beforeAll(async () => {
    // Limits are high here so that the many misses below do not lock anyone out; pickup-limits.spec.ts tests them.
    t = await startTestApp({ now: start, env: { PICKUP_CLERK_MAX_FAILURES: '100000', PICKUP_STORE_MAX_FAILURES: '100000' }, jobs: true });
    shopper = await t.newShopper();
    a = (await makeStore(t.em(), { lat: 31.25, lng: 121.455 })).id;
    b = (await makeStore(t.em(), { lat: 31.25, lng: 121.47 })).id;
    skus = await makeSkus(t.em(), 4, 1250);
    for (const sku of skus) {
      await setStock(t.em(), a, sku, 100);
      await setStock(t.em(), b, sku, 100);
    }
  });
  afterAll(() => t?.close());

  it('issues a code at payment that only its shopper sees, stored keyed and sealed, expiring with the pickup deadline', async () => {
    const order = await paidPickup(a);
    const code = (await codeOf(order.id))!;
    expect(code.code).toMatch(/^[0-9]{10}$/);
    expect(code.display).toBe(`${code.code.slice(0, 5)} ${code.code.slice(5)}`);
    expect(code.qrToken).toMatch(/^LP1[A-Za-z0-9_-]{64}$/);
    expect(code.expiresAt).toBe((await orderOf(order.id)).pickupDeadline);
    expect(code.generation).toBe(1);
    // Nobody else sees it: not HQ, not the store's clerk, not another shopper.
    expect(await codeOf(order.id, t.tokens.hq())).toBeNull();
    expect(await codeOf(order.id, t.tokens.clerk(a))).toBeNull();
    expect((await t.ok(OrderPickupCodeDocument, { id: order.id }, (await t.newShopper()).token)).order).toBeNull();
    // A database reader finds neither the code nor a hash they could reproduce without the server's key.
    const [row] = await query<{ code_hash: Buffer; code_sealed: string; status: string }>(
      t.em(),
      `SELECT code_hash, code_sealed, status FROM pickup_code WHERE order_id = :o::uuid`,
      { o: order.id },
    );
    expect(row!.status).toBe('LIVE');
    const plain = [code.code, `${a}:${code.code}`].map((s) => createHash('sha256').update(s).digest('hex'));
    expect(plain).not.toContain(row!.code_hash.toString('hex'));
    expect(row!.code_sealed).not.toContain(code.code);
    expect(await count(t, `SELECT count(*) AS n FROM pickup_attempt WHERE detail LIKE '%' || :c || '%'`, { c: code.code })).toBe(0);
    // Delivery orders have no code.
    const delivery = await placeCheckout(t, deliveryInput(31.25, 121.45, [{ skuId: skus[1]!, quantity: 2 }]), shopper.token);
    await pay(t, delivery.checkout.id, shopper.token);
    expect(await codeOf(delivery.orders[0]!.id)).toBeNull();
    expect(await count(t, `SELECT count(*) AS n FROM pickup_code WHERE order_id = :o::uuid`, { o: delivery.orders[0]!.id })).toBe(0);
  });

  it("previews for the order's store only: lines, masked contact, state and deadline", async () => {
    const { order, code } = await readyPickup(a, 2);
    for (const input of [{ code: code.code }, { code: code.display }, { qrToken: code.qrToken }]) {
      expect(await preview(input, clerk(a))).toMatchObject({
        __typename: 'PickupPreview',
        orderId: order.id,
        state: 'READY_FOR_PICKUP',
        codeStatus: 'LIVE',
        expiresAt: code.expiresAt,
        pickupDeadline: code.expiresAt,
        contactName: '王**',
        contactPhone: '138****8000',
        lines: [{ quantity: 2 }],
        handedOverAt: null,
      });
    }
  });

  it("answers another store's clerk exactly as for a code that does not exist", async () => {
    const { order, code } = await readyPickup(a);
    const unknown = code.code === '0000000000' ? '0000000001' : '0000000000';
    const answers = [
      await verify({ code: code.code }, clerk(b)),
      await verify({ qrToken: code.qrToken }, clerk(b)),
      await preview({ code: code.code }, clerk(b)),
      await verify({ code: unknown }, clerk(b)),
    ];
    // Alike but for the attempts left, which count down with every miss at the store.
    const shape = (r: (typeof answers)[number]) => ({
      ...r,
      attemptsLeft: 0,
      message: 'message' in r ? r.message.replace(/\d+/g, 'N') : '',
    });
    for (const answer of answers) expect(shape(answer)).toEqual(shape(answers[3]!));
    expect(answers[3]).toMatchObject({ __typename: 'PickupCodeNotFoundError', errorCode: 'PICKUP_CODE_NOT_FOUND' });
    expect(JSON.stringify(answers)).not.toContain(order.id);
    expect((await orderOf(order.id)).state).toBe('READY_FOR_PICKUP');
  });

  it('hands over exactly once when several clerks verify the same code at the same moment', async () => {
    for (let round = 0; round < 3; round++) {
      const { order, code } = await readyPickup(a, 3, 2);
      const before = await stockOf(t, a, skus[2]!);
      const clerks = Array.from({ length: 8 }, () => clerk(a));
      const results = await Promise.all(clerks.map((token, i) => verify(i % 2 ? { code: code.code } : { qrToken: code.qrToken }, token)));
      const winners = results.filter((r) => r.__typename === 'PickupVerified');
      expect(winners).toHaveLength(1);
      const won = winners[0]!;
      if (won.__typename !== 'PickupVerified') throw new Error('unreachable');
      expect(won.order).toMatchObject({ id: order.id, state: 'PICKED_UP' });
      const by = won.order.transitions.at(-1)!.actor;
      expect(by).toMatch(/^staff:clerk-/);
      for (const loser of results.filter((r) => r !== won)) {
        expect(loser).toMatchObject({
          __typename: 'AlreadyPickedUpError',
          errorCode: 'ALREADY_PICKED_UP',
          orderId: order.id,
          pickedUpAt: won.pickedUpAt,
          pickedUpBy: by,
        });
      }
      expect(won.order.transitions.filter((s) => s.event === 'HAND_OVER')).toHaveLength(1);
      // The goods left once: on hand and reserved both fell by the order's 3 units, once.
      expect(await stockOf(t, a, skus[2]!)).toEqual({ onHand: before!.onHand - 3, reserved: before!.reserved - 3 });
      // Later scans say the same; the preview shows who handed it over.
      expect(await verify({ code: code.code }, clerk(a))).toMatchObject({ __typename: 'AlreadyPickedUpError', pickedUpBy: by });
      expect(await preview({ code: code.code }, clerk(a))).toMatchObject({ state: 'PICKED_UP', codeStatus: 'USED', handedOverBy: by });
      expect(await codeOf(order.id)).toBeNull();
    }
  });

  it('awards points once and uploads WeChat shipping info as self-pickup (logistics_type 4) after the hand-over', async () => {
    const pointsBefore = (await t.ok(MyPointsDocument, {}, shopper.token)).myPoints;
    const { order, code } = await readyPickup(a, 2, 3); // 2 × ¥12.50 = ¥25
    expect(await verify({ code: code.code }, clerk(a))).toMatchObject({ __typename: 'PickupVerified' });
    expect((await t.ok(MyPointsDocument, {}, shopper.token)).myPoints).toBe(pointsBefore + 25);
    const [upload] = await eventually(async () => {
      const rows = await query<{ logistics_type: number; request: Record<string, unknown>; uploader: string }>(
        t.em(),
        `SELECT logistics_type, request, uploader FROM shipping_info_upload WHERE order_id = :o::uuid`,
        { o: order.id },
      );
      return rows.length > 0 && rows;
    });
    const [{ out_trade_no, openid }] = (await query<{ out_trade_no: string; openid: string }>(
      t.em(),
      `SELECT c.out_trade_no, s.openid FROM customer_order o JOIN checkout c ON c.id = o.checkout_id JOIN shopper s ON s.id = o.shopper_id WHERE o.id = :o::uuid`,
      { o: order.id },
    )) as [{ out_trade_no: string; openid: string }];
    expect(upload).toMatchObject({
      logistics_type: 4,
      uploader: 'recording',
      request: {
        order_key: { order_number_type: 1, mchid: t.runtime.payments.mchId, out_trade_no },
        logistics_type: 4,
        delivery_mode: 1,
        shipping_list: [{ item_desc: 'Test product×2' }],
        payer: { openid },
      },
    });
    expect(upload!.request.upload_time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/);
    // A refund after pick-up takes the points back (the order keeps nothing paid).
    await t.ok(RefundOrderDocument, { input: { orderId: order.id, reason: '质量问题' } }, t.tokens.hq());
    expect((await t.ok(MyPointsDocument, {}, shopper.token)).myPoints).toBe(pointsBefore);
  });

  it('uploads shipping info as same-city delivery (logistics_type 2) at dispatch, and awards points at delivery', async () => {
    const pointsBefore = (await t.ok(MyPointsDocument, {}, shopper.token)).myPoints;
    const placed = await placeCheckout(t, deliveryInput(31.25, 121.45, [{ skuId: skus[1]!, quantity: 2 }]), shopper.token);
    await pay(t, placed.checkout.id, shopper.token);
    const id = placed.orders[0]!.id;
    const storeId = placed.orders[0]!.store.id;
    const move = async (event: 'ACCEPT' | 'DISPATCH' | 'DELIVER') =>
      t.ok(AdvanceOrderDocument, { orderId: id, event }, t.tokens.clerk(storeId));
    await move('ACCEPT');
    await move('DISPATCH');
    const upload = await eventually(async () => {
      const [row] = await query<{ logistics_type: number; request: { delivery_mode: number } }>(
        t.em(),
        `SELECT logistics_type, request FROM shipping_info_upload WHERE order_id = :o::uuid`,
        { o: id },
      );
      return row;
    });
    expect(upload).toMatchObject({ logistics_type: 2, request: { delivery_mode: 1 } });
    expect((await t.ok(MyPointsDocument, {}, shopper.token)).myPoints).toBe(pointsBefore);
    await move('DELIVER');
    expect((await t.ok(MyPointsDocument, {}, shopper.token)).myPoints).toBe(pointsBefore + Math.floor(placed.orders[0]!.totalFen / 100));
  });

  it('marks an accepted order ready at the counter (without a "ready" message) and refuses one not yet accepted', async () => {
    const order = await paidPickup(a);
    const code = (await codeOf(order.id))!;
    expect(await verify({ code: code.code }, clerk(a))).toMatchObject({
      __typename: 'PickupRefusedError',
      reason: 'NOT_ACCEPTED',
      state: 'PAID',
    });
    await advance(order.id, 'ACCEPT', a);
    const done = await verify({ code: code.code }, clerk(a));
    if (done.__typename !== 'PickupVerified') throw new Error(JSON.stringify(done));
    expect(done.order.transitions.slice(-2).map((s) => [s.event, s.toState])).toEqual([
      ['MARK_READY', 'READY_FOR_PICKUP'],
      ['HAND_OVER', 'PICKED_UP'],
    ]);
    await t.runtime.outbox.idle();
    expect(await t.runtime.jobs.find('notify-shopper', { orderId: order.id, template: 'ORDER_READY' })).toBeNull();
  });

  it('refuses a plain advanceOrder(HAND_OVER) for a pickup order: only the code hands it over', async () => {
    const { order } = await readyPickup(a);
    const res = await t.ok(AdvanceOrderDocument, { orderId: order.id, event: 'HAND_OVER' }, t.tokens.hq());
    expect(res.advanceOrder).toMatchObject({ __typename: 'InvalidTransitionError', state: 'READY_FOR_PICKUP' });
    expect((await orderOf(order.id)).state).toBe('READY_FOR_PICKUP');
  });

  it('refuses an expired code, and the codes of refunded orders, with typed reasons', async () => {
    const { order, code } = await readyPickup(a);
    t.clock.set(new Date(Date.parse(code.expiresAt) + 1000));
    try {
      expect(await verify({ code: code.code }, clerk(a))).toMatchObject({
        __typename: 'PickupExpiredError',
        orderId: order.id,
        expiredAt: code.expiresAt,
      });
      expect(await verify({ qrToken: code.qrToken }, clerk(a))).toMatchObject({ __typename: 'PickupExpiredError' });
    } finally {
      t.clock.set(start);
    }
    expect((await orderOf(order.id)).state).toBe('READY_FOR_PICKUP');

    await t.ok(RefundOrderDocument, { input: { orderId: order.id, reason: '门店缺货' } }, t.tokens.hq());
    expect(await verify({ code: code.code }, clerk(a))).toMatchObject({
      __typename: 'PickupRefusedError',
      reason: 'ORDER_REFUNDED',
      state: 'REFUNDED',
    });
    // The shopper takes back a paid order: refunded, code void.
    const taken = await paidPickup(a);
    const takenCode = (await codeOf(taken.id))!;
    await t.ok(CancelOrderDocument, { orderId: taken.id }, shopper.token);
    expect(await verify({ qrToken: takenCode.qrToken }, clerk(a))).toMatchObject({
      __typename: 'PickupRefusedError',
      reason: 'ORDER_REFUNDED',
    });
    expect(await count(t, `SELECT count(*) AS n FROM pickup_code WHERE order_id = :o::uuid AND status = 'VOID'`, { o: taken.id })).toBe(1);
  });

  it('refuses a QR token with any character changed, over the API, and accepts the untouched one', async () => {
    const { order, code } = await readyPickup(a);
    const token = code.qrToken;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const clerkToken = clerk(a);
    for (let i = 0; i < token.length; i += 3) {
      const swap = alphabet[(alphabet.indexOf(token[i]!) + 1 + (i % 60)) % alphabet.length]!;
      const forged = token.slice(0, i) + (swap === token[i] ? 'A' : swap) + token.slice(i + 1);
      expect(forged).not.toBe(token);
      expect(await verify({ qrToken: forged }, clerkToken), `position ${i}`).toMatchObject({ __typename: 'PickupCodeNotFoundError' });
    }
    expect((await orderOf(order.id)).state).toBe('READY_FOR_PICKUP');
    expect(await verify({ qrToken: token }, clerkToken)).toMatchObject({ __typename: 'PickupVerified' });
  });

  it('re-shows the same code, and regenerating kills the old code and QR at once', async () => {
    const { order, code } = await readyPickup(a);
    const again = (await t.ok(ResendPickupCodeDocument, { orderId: order.id }, shopper.token)).resendPickupCode;
    expect(again).toMatchObject({ __typename: 'PickupCode', code: code.code, generation: 1 });
    const fresh = (await t.ok(RegeneratePickupCodeDocument, { orderId: order.id }, shopper.token)).regeneratePickupCode;
    if (fresh.__typename !== 'PickupCode') throw new Error(JSON.stringify(fresh));
    expect(fresh.code).not.toBe(code.code);
    expect(fresh.generation).toBe(2);
    expect(fresh.expiresAt).toBe(code.expiresAt);
    expect(await codeOf(order.id)).toMatchObject({ code: fresh.code });
    expect(await verify({ code: code.code }, clerk(a))).toMatchObject({ __typename: 'PickupRefusedError', reason: 'CODE_REPLACED' });
    expect(await verify({ qrToken: code.qrToken }, clerk(a))).toMatchObject({ __typename: 'PickupRefusedError', reason: 'CODE_REPLACED' });
    // Nobody else can regenerate it.
    const stranger = await t.newShopper();
    expect((await t.ok(RegeneratePickupCodeDocument, { orderId: order.id }, stranger.token)).regeneratePickupCode).toMatchObject({
      __typename: 'OrderNotFoundError',
    });
    expect(await verify({ qrToken: fresh.qrToken }, clerk(a))).toMatchObject({ __typename: 'PickupVerified' });
    expect((await t.ok(ResendPickupCodeDocument, { orderId: order.id }, shopper.token)).resendPickupCode).toMatchObject({
      __typename: 'PickupRefusedError',
      reason: 'PICKED_UP',
    });
  });

  it("keeps the shopper's code and QR working when the order moves to another store", async () => {
    const order = await paidPickup(a);
    const code = (await codeOf(order.id))!;
    expect((await t.ok(RejectOrderDocument, { orderId: order.id, reason: '缺货' }, t.tokens.clerk(a))).rejectOrder).toMatchObject({
      store: { id: b },
    });
    expect(await codeOf(order.id)).toMatchObject({ code: code.code, qrToken: code.qrToken });
    expect(await verify({ code: code.code }, clerk(a))).toMatchObject({ __typename: 'PickupCodeNotFoundError' });
    await advance(order.id, 'ACCEPT', b);
    expect(await preview({ code: code.code }, clerk(b))).toMatchObject({ orderId: order.id, state: 'ACCEPTED' });
    expect(await verify({ qrToken: code.qrToken }, clerk(b))).toMatchObject({
      __typename: 'PickupVerified',
      order: { state: 'PICKED_UP' },
    });
  });

  it('refuses input that is neither or both of code and QR', async () => {
    const res = await t.gql(VerifyPickupDocument, { input: {} }, clerk(a));
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const hq = await t.gql(VerifyPickupDocument, { input: { code: '1234567890' } }, t.tokens.hq());
    expect(hq.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
