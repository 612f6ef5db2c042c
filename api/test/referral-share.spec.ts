// Referral's edges to WeChat and to staff: a promoter's mini-program code (scene, PNG image made once per promoter
// and target, what a scanned scene opens), a clerk's own shopper account earning nothing through their 导购 link,
// and 商家转账's result callback settling a withdrawal once (paid, or failed with the money back by a ledger row).
import { randomUUID } from 'node:crypto';
import { inflateSync } from 'node:zlib';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../src/common/sql';
import { Role } from '../src/common/viewer';
import { issueToken } from '../src/modules/auth/token';
import type { SandboxWechatPay } from '../src/modules/payment/sandbox-provider';
import type { CachedWxacodes } from '../src/modules/referral/wxacode-provider';
import type { SandboxWxacodes } from '../src/modules/referral/wxacode-sandbox';
import { makeSkus, makeStore, setStock } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import { withdrawalReturns } from './referral-helpers';
import { handOverPickup, pay, pickupInput, placeCheckout } from './orders-helpers';
import {
  AdvanceOrderDocument,
  ApproveCommissionWithdrawalDocument,
  BecomePromoterDocument,
  BindReferralDocument,
  LinkStaffAccountDocument,
  PromoterCentreDocument,
  ReleaseDueCommissionsDocument,
  RequestCommissionWithdrawalDocument,
  SetCommissionRuleDocument,
  ShareCodeDocument,
  ShareSceneDocument,
  StaffAccountLinkedDocument,
  StaffLinkCodeDocument,
  StaffLinkTokenDocument,
} from './generated/graphql';

/** The pixels of an 8-bit greyscale PNG (what the sandbox draws), read back with nothing but zlib. */
function readPng(bytes: Buffer): { width: number; height: number; dark: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  let at = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (at < bytes.length) {
    const len = bytes.readUInt32BE(at);
    const type = bytes.toString('ascii', at + 4, at + 8);
    const data = bytes.subarray(at + 8, at + 8 + len);
    if (type === 'IHDR') [width, height] = [data.readUInt32BE(0), data.readUInt32BE(4)];
    if (type === 'IDAT') idat.push(data);
    at += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  expect(raw.length).toBe((width + 1) * height);
  let dark = 0;
  for (let i = 0; i < raw.length; i++) if (i % (width + 1) !== 0 && raw[i] === 0) dark++;
  return { width, height, dark };
}

describe('referral shares, staff accounts and transfer results', () => {
  let t: TestApp;
  let store: string;
  let storeCode: string;
  let sku: string;
  let productId: string;
  let productCode: string;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-11-18T04:00:00Z' });
    const made = await makeStore(t.em(), { lat: 31.23, lng: 121.47 });
    store = made.id;
    [sku] = await makeSkus(t.em(), 1, 1000);
    await setStock(t.em(), store, sku!, 100);
    const [row] = await query<{ product_id: string; code: string; category_id: string; store_code: string }>(
      t.em(),
      `SELECT p.id AS product_id, p.code, p.category_id, (SELECT code FROM store WHERE id = :s::uuid) AS store_code
       FROM sku k JOIN product p ON p.id = k.product_id WHERE k.id = :k::uuid`,
      { k: sku, s: store },
    );
    productId = row!.product_id;
    productCode = row!.code;
    storeCode = row!.store_code;
    await t.ok(SetCommissionRuleDocument, { input: { categoryId: row!.category_id, rateBp: 1000 } }, t.tokens.hq());
  });
  afterAll(async () => t?.close());

  const centre = async (token: string) => (await t.ok(PromoterCentreDocument, {}, token)).promoterCentre!;

  /** The buyer pays a pickup order of 2 × 1000 fen; the store accepts it and hands it over. */
  async function boughtAndHandedOver(buyerToken: string) {
    const placed = await placeCheckout(t, pickupInput(store, [{ skuId: sku!, quantity: 2 }]), buyerToken);
    const order = placed.orders[0]!;
    await pay(t, placed.checkout.id, buyerToken);
    await t.ok(AdvanceOrderDocument, { orderId: order.id, event: 'ACCEPT' }, t.tokens.clerk(store));
    await handOverPickup(t, order.id, store);
    return order;
  }

  it("draws a promoter's 小程序码 once per promoter and target, and the scene opens that product", async () => {
    const promoter = await t.newShopper();
    const code = (await t.ok(BecomePromoterDocument, {}, promoter.token)).becomePromoter.promoter.code;
    const share = (await t.ok(ShareCodeDocument, { productId }, promoter.token)).shareCode;
    if (share.__typename !== 'ShareCode') throw new Error(JSON.stringify(share));
    expect(share.scene).toBe(`${code}.p.${productCode}`);
    expect(share.scene.length).toBeLessThanOrEqual(32);
    expect(share.path).toBe(`/pages/product/index?id=${productId}&ref=${code}`);
    expect(share.link).toContain(`?ref=${code}#/pages/product/index?id=${productId}`);

    const sandbox = (t.runtime.wxacodes as CachedWxacodes).inner as SandboxWxacodes;
    const before = sandbox.calls;
    const path = new URL(share.imageUrl).pathname;
    const first = await request(t.app).get(path).buffer(true);
    expect(first.status).toBe(200);
    expect(first.headers['content-type']).toBe('image/png');
    const png = readPng(first.body as Buffer);
    expect(png.width).toBe(png.height);
    expect(png.width).toBeGreaterThanOrEqual(280);
    expect(png.dark).toBeGreaterThan(png.width * 10);
    const again = await request(t.app).get(path).buffer(true);
    expect(Buffer.compare(again.body as Buffer, first.body as Buffer)).toBe(0);
    expect(sandbox.calls - before).toBe(1);

    // A scanned code: WeChat hands the page the scene URL-encoded; the app asks what it opens.
    expect((await t.ok(ShareSceneDocument, { scene: decodeURIComponent(encodeURIComponent(share.scene)) })).shareScene).toEqual({
      promoterCode: code,
      productId,
      storeCode: null,
    });
    // A scene naming no product, or no promoter, opens nothing and draws nothing.
    for (const scene of [`${code}.p.NOPE-999`, `zzzzzzzzzz.p.${productCode}`, 'a'.repeat(40)]) {
      expect((await t.ok(ShareSceneDocument, { scene })).shareScene).toBeNull();
      expect((await request(t.app).get(`/referral/wxacode/${encodeURIComponent(scene)}`)).status).toBe(404);
    }

    // A clerk shares their own store.
    const clerk = t.tokens.clerkNamed(store, 'daogou-wang');
    const clerkCode = (await t.ok(BecomePromoterDocument, {}, clerk)).becomePromoter.promoter.code;
    const storeShare = (await t.ok(ShareCodeDocument, {}, clerk)).shareCode;
    expect(storeShare).toMatchObject({
      scene: `${clerkCode}.s.${storeCode}`,
      path: `/pages/home/index?ref=${clerkCode}&scene=${storeCode}`,
    });
    expect((await t.ok(ShareSceneDocument, { scene: `${clerkCode}.s.${storeCode}` })).shareScene).toEqual({
      promoterCode: clerkCode,
      productId: null,
      storeCode,
    });
    // A shopper who has not joined has no share.
    const stranger = await t.newShopper();
    expect((await t.ok(ShareCodeDocument, { productId }, stranger.token)).shareCode).toMatchObject({ refusal: 'PROMOTER_NOT_FOUND' });
  });

  /** A clerk of the store (a fresh token each call: the clock moves past a token's life). */
  async function newClerk(name: string): Promise<() => string> {
    const staffId = randomUUID();
    await query(
      t.em(),
      `INSERT INTO staff_user (id, username, display_name, password_hash, role, store_id) VALUES (:id::uuid, :u, :n, 'x', 'CLERK', :s::uuid)`,
      { id: staffId, u: `${name}-${staffId.slice(0, 8)}`, n: name, s: store },
    );
    return () =>
      issueToken(
        { role: Role.CLERK, staffId, username: name, storeId: store, session: { ver: 1 } },
        t.config.authSecret,
        3600,
        t.clock.now(),
      ).token;
  }

  it("pays a 导购 nothing on their own shopper account's orders, even when it was bound before the link", async () => {
    t.clock.set('2026-11-20T04:00:00Z');
    const clerk = (await newClerk('zhou'))();
    const code = (await t.ok(BecomePromoterDocument, {}, clerk)).becomePromoter.promoter.code;

    // The clerk's own WeChat opens their link before it is linked: bound, as anyone would be.
    const own = await t.newShopper();
    expect((await t.ok(BindReferralDocument, { code }, own.token)).bindReferral).toMatchObject({ bound: true });
    const token = (await t.ok(StaffLinkTokenDocument, {}, clerk)).staffLinkToken;
    const forged = `${token.slice(0, -3)}abc`;
    expect((await t.gql(LinkStaffAccountDocument, { token: forged }, own.token)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await t.ok(LinkStaffAccountDocument, { token }, own.token)).linkStaffAccount).toBe(true);
    // Another shopper account cannot take the same clerk's link away from this one silently: it is the clerk's now.
    expect((await t.ok(BindReferralDocument, { code }, own.token)).bindReferral).toMatchObject({ refusal: 'SELF_REFERRAL' });

    await boughtAndHandedOver(own.token);
    expect(await centre(clerk)).toMatchObject({ frozenFen: 0, orders: 0, buyers: 0 });

    // A real buyer through the same link earns the clerk 10 % of 2000.
    const buyer = await t.newShopper();
    expect((await t.ok(BindReferralDocument, { code }, buyer.token)).bindReferral).toMatchObject({ bound: true });
    await boughtAndHandedOver(buyer.token);
    expect(await centre(clerk)).toMatchObject({ frozenFen: 200, orders: 1, buyers: 1 });

    // A link code expires after ten minutes.
    const old = (await t.ok(StaffLinkTokenDocument, {}, clerk)).staffLinkToken;
    t.clock.set(new Date(t.clock.now().getTime() + 11 * 60_000));
    const other = await t.newShopper();
    expect((await t.gql(LinkStaffAccountDocument, { token: old }, other.token)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it("a clerk links their WeChat from the store app's code; that account shares, earns and withdraws as the 导购", async () => {
    t.clock.set('2026-11-22T04:00:00Z');
    const clerk = await newClerk('wang');
    const code = (await t.ok(BecomePromoterDocument, {}, clerk())).becomePromoter.promoter.code;
    expect((await t.ok(StaffAccountLinkedDocument, {}, clerk())).staffAccountLinked).toBe(false);
    const shown = (await t.ok(StaffLinkCodeDocument, {}, clerk())).staffLinkCode;
    expect(shown.link).toBe(`${t.config.publicUrl}/m/#/packages/promoter/link/index?token=${encodeURIComponent(shown.token)}`);
    expect(shown.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    expect(readPng(Buffer.from(shown.qrDataUrl.split(',')[1]!, 'base64')).dark).toBeGreaterThan(100);
    expect(new Date(shown.expiresAt).getTime()).toBe(t.clock.now().getTime() + 600_000);
    // Only a clerk asks for one; only a shopper account takes it.
    const own = await t.newShopper();
    expect((await t.gql(StaffLinkCodeDocument, {}, own.token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.ok(LinkStaffAccountDocument, { token: shown.token }, own.token)).linkStaffAccount).toBe(true);
    expect((await t.ok(StaffAccountLinkedDocument, {}, clerk())).staffAccountLinked).toBe(true);

    // In the mini-program the linked account is the 导购: the same code, and its shares carry it.
    const mine = await centre(own.token);
    expect(mine.promoter).toMatchObject({ code, kind: 'CLERK', storeId: store });
    const share = (await t.ok(ShareCodeDocument, { productId }, own.token)).shareCode;
    if (share.__typename !== 'ShareCode') throw new Error(JSON.stringify(share));
    expect(share.scene).toBe(`${code}.p.${productCode}`);

    // A buyer through that share: 10 % of 2000, frozen, available after the window, withdrawn to the linked WeChat.
    const buyer = await t.newShopper();
    expect((await t.ok(BindReferralDocument, { code }, buyer.token)).bindReferral).toMatchObject({ bound: true });
    await boughtAndHandedOver(buyer.token);
    expect(await centre(clerk())).toMatchObject({ frozenFen: 200, availableFen: 0 });
    t.clock.set(new Date(t.clock.now().getTime() + (t.config.shop.afterSaleDays + 1) * 86_400_000));
    await t.ok(ReleaseDueCommissionsDocument, {}, t.tokens.hq());
    const me = t.tokens.shopperOf(own.id);
    expect(await centre(me)).toMatchObject({ frozenFen: 0, availableFen: 200 });
    const w = (await t.ok(RequestCommissionWithdrawalDocument, { amountFen: 200 }, me)).requestCommissionWithdrawal;
    if (w.__typename !== 'CommissionWithdrawal') throw new Error(JSON.stringify(w));
    expect((await t.ok(ApproveCommissionWithdrawalDocument, { id: w.id }, t.tokens.hq())).approveCommissionWithdrawal).toMatchObject({
      state: 'PAID',
    });
    expect(await centre(clerk())).toMatchObject({ availableFen: 0, withdrawnFen: 200 });
  });

  it("settles a withdrawal from 商家转账's callback once: paid, or failed with the money back", async () => {
    t.clock.set('2026-11-25T04:00:00Z');
    const promoter = await t.newShopper();
    // "o-wait": the sandbox answers WAIT_USER_CONFIRM, and the result comes by callback, as WeChat's does.
    await query(t.em(), `UPDATE shopper SET openid = :o WHERE id = :id::uuid`, { id: promoter.id, o: `o-wait-${promoter.id}` });
    const code = (await t.ok(BecomePromoterDocument, {}, promoter.token)).becomePromoter.promoter.code;
    const buyer = await t.newShopper();
    await t.ok(BindReferralDocument, { code }, buyer.token);
    await boughtAndHandedOver(buyer.token);
    t.clock.set(new Date(t.clock.now().getTime() + (t.config.shop.afterSaleDays + 1) * 86_400_000));
    await t.ok(ReleaseDueCommissionsDocument, {}, t.tokens.hq());
    const me = t.tokens.shopperOf(promoter.id);
    expect(await centre(me)).toMatchObject({ availableFen: 200 });

    const payments = t.runtime.payments as SandboxWechatPay;
    const withdraw = async (fen: number) => {
      const w = (await t.ok(RequestCommissionWithdrawalDocument, { amountFen: fen }, me)).requestCommissionWithdrawal;
      if (w.__typename !== 'CommissionWithdrawal') throw new Error(JSON.stringify(w));
      const approved = (await t.ok(ApproveCommissionWithdrawalDocument, { id: w.id }, t.tokens.hq())).approveCommissionWithdrawal;
      expect(approved).toMatchObject({ state: 'PAYING', transferBillNo: expect.stringMatching(/^sbx/) });
      const [row] = await query<{ out_bill_no: string }>(t.em(), `SELECT out_bill_no FROM commission_withdrawal WHERE id = :id::uuid`, {
        id: w.id,
      });
      return { id: w.id, outBillNo: row!.out_bill_no };
    };
    const state = async (id: string) =>
      (await query<{ state: string }>(t.em(), `SELECT state FROM commission_withdrawal WHERE id = :id::uuid`, { id }))[0]!.state;
    const returns = (id: string) => withdrawalReturns(t, id);
    const bill = (outBillNo: string, s: string, amount: number, extra: object = {}) => ({
      mch_id: payments.mchId,
      out_bill_no: outBillNo,
      transfer_bill_no: `sbx${outBillNo}`,
      transfer_amount: amount,
      state: s,
      openid: `o-wait-${promoter.id}`,
      create_time: '2026-12-01T12:00:00+08:00',
      update_time: '2026-12-01T12:00:05+08:00',
      ...extra,
    });
    const deliver = (resource: object, tamper = false) => {
      const n = payments.signedNotification('MCHTRANSFER.BILL.FINISHED', resource, 'mch_payment');
      const body = tamper ? n.body.replace('"summary"', '"summary" ') : n.body;
      return request(t.app).post('/referral/wechat/transfer-notify').set(n.headers).send(body);
    };

    const paid = await withdraw(120);
    expect(await centre(me)).toMatchObject({ availableFen: 80, withdrawnFen: 0 });
    // Forged, a wrong amount, an unknown bill: refused, nothing moves.
    expect((await deliver(bill(paid.outBillNo, 'SUCCESS', 120), true)).status).toBe(401);
    expect((await deliver(bill(paid.outBillNo, 'SUCCESS', 121))).status).toBe(400);
    expect((await deliver(bill('cwunknown0000000001', 'SUCCESS', 120))).status).toBe(404);
    expect(await state(paid.id)).toBe('PAYING');
    // The result, then its retries: PAID once.
    for (let i = 0; i < 3; i++) expect((await deliver(bill(paid.outBillNo, 'SUCCESS', 120))).status).toBe(204);
    expect(await state(paid.id)).toBe('PAID');
    expect(await centre(me)).toMatchObject({ availableFen: 80, withdrawnFen: 120 });

    // A failed transfer gives the money back by one ledger row, however often WeChat says so.
    const failed = await withdraw(80);
    expect((await centre(me)).availableFen).toBe(0);
    const failure = bill(failed.outBillNo, 'FAIL', 80, { fail_reason: 'ACCOUNT_FROZEN' });
    const replies = await Promise.all([0, 1, 2].map(() => deliver(failure)));
    expect(replies.map((r) => r.status)).toEqual([204, 204, 204]);
    expect(await state(failed.id)).toBe('FAILED');
    expect(await returns(failed.id)).toBe(1);
    expect(await centre(me)).toMatchObject({ availableFen: 80, withdrawnFen: 120 });
    // A later contradicting word changes nothing.
    expect((await deliver(bill(failed.outBillNo, 'SUCCESS', 80))).status).toBe(400);
    expect(await state(failed.id)).toBe('FAILED');
  });
});
