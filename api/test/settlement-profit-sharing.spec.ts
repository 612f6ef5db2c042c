// WeChat profit sharing against the sandbox (asynchronous like WeChat): a handed-over order's store shares are
// requested as a split, polled to FINISHED, pulled back after a refund; outages are retried, failures surfaced to
// HQ, and a split that never reached WeChat can be sent again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../src/common/sql';
import { SandboxProfitSharing } from '../src/modules/settlement/profit-sharing-sandbox';
import {
  AdvanceOrderDocument,
  BindHomeStoreDocument,
  CreateSplitRuleSetDocument,
  OrderProfitSharingDocument,
  ProfitSharingIssuesDocument,
  PublishSplitRuleSetDocument,
  RefundOrderDocument,
  RetryProfitSharingDocument,
  SetStoreProfitSharingAccountDocument,
} from './generated/graphql';
import { makeSkus, makeStore, setStock } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import { deliveryInput, eventually, handOverPickup, pay, pickupInput, placeCheckout } from './orders-helpers';

describe('profit sharing', () => {
  let t: TestApp;
  let a: string;
  let b: string;
  let c: string;
  let skus: string[];
  let shopper: { id: string; token: string };
  let sandbox: SandboxProfitSharing;

  const hq = () => t.tokens.hq();
  const sharing = async (orderId: string) => (await t.ok(OrderProfitSharingDocument, { id: orderId }, hq())).order!.profitSharing;
  const storeShares = async (orderId: string) =>
    Object.fromEntries(
      (
        await query<{ store_id: string; n: string }>(
          t.em(),
          `SELECT store_id, sum(amount_fen) AS n FROM ledger_entry WHERE order_id = :o::uuid AND account = 'STORE' GROUP BY 1`,
          { o: orderId },
        )
      ).map((r) => [r.store_id, Number(r.n)]),
    );
  const handedOver = async (storeId: string, lines = [{ skuId: skus[0]!, quantity: 2 }]) => {
    const placed = await placeCheckout(t, pickupInput(storeId, lines), shopper.token);
    await pay(t, placed.checkout.id, shopper.token);
    const order = placed.orders[0]!;
    for (const event of ['ACCEPT', 'MARK_READY'] as const)
      await t.ok(AdvanceOrderDocument, { orderId: order.id, event }, t.tokens.clerk(storeId));
    await handOverPickup(t, order.id, storeId);
    return order;
  };

  beforeAll(async () => {
    t = await startTestApp({ env: { PROFIT_SHARING_POLL_MS: '100' }, jobs: true });
    sandbox = t.runtime.profitSharing as SandboxProfitSharing;
    a = (await makeStore(t.em(), { lat: 31.25, lng: 121.455 })).id;
    b = (await makeStore(t.em(), { lat: 31.26, lng: 121.46 })).id;
    const home = await makeStore(t.em(), { lat: 31.2, lng: 121.4 });
    c = home.id;
    skus = await makeSkus(t.em(), 2, 1999);
    for (const s of skus) for (const st of [a, b]) await setStock(t.em(), st, s, 100);
    for (const [store, account] of [
      [a, '1900000101'],
      [b, 'FAIL-1900000102'],
      [c, '1900000103'],
    ] as const) {
      expect((await t.ok(SetStoreProfitSharingAccountDocument, { storeId: store, account }, hq())).setStoreProfitSharingAccount).toBe(true);
    }
    expect((await t.gql(SetStoreProfitSharingAccountDocument, { storeId: a, account: 'x' }, hq())).errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    const set = (
      await t.ok(
        CreateSplitRuleSetDocument,
        { input: { name: 'ps', rules: [{ name: 'default', fulfillingStoreBp: 2000, referringStoreBp: 500, priority: 0 }] } },
        hq(),
      )
    ).createSplitRuleSet;
    if (set.__typename !== 'SplitRuleSet') throw new Error('not created');
    await t.ok(PublishSplitRuleSetDocument, { id: set.id }, hq());
    shopper = await t.newShopper();
    await t.ok(BindHomeStoreDocument, { storeCode: home.code }, shopper.token);
  });
  afterAll(() => t?.close());

  it('requests the stores’ shares after hand-over, polls until WeChat finishes, and returns them after a refund', async () => {
    const order = await handedOver(a, [
      { skuId: skus[0]!, quantity: 2 },
      { skuId: skus[1]!, quantity: 1 },
    ]);
    const done = await eventually(async () => {
      const s = await sharing(order.id);
      return s?.state === 'FINISHED' && s;
    });
    const shares = await storeShares(order.id);
    expect(shares[a]).toBe(Math.floor(order.totalFen * 0.2)); // 5997 × 20 %, no fee configured
    expect(done.receivers.map((r) => [r.storeId, r.account, r.amountFen, r.result]).sort()).toEqual(
      [
        [a, '1900000101', shares[a], 'SUCCESS'],
        [c, '1900000103', shares[c], 'SUCCESS'],
      ].sort(),
    );
    // WeChat was asked once, then queried until it answered FINISHED; the only order of its payment releases the rest.
    const calls = (await sandbox.calls()).filter(([, no]) => no === done.outOrderNo).map(([m]) => m);
    expect(calls).toEqual(['requestSplit', 'querySplit', 'querySplit']);
    expect((await sandbox.split(done.outOrderNo))!.unfreezeUnsplit).toBe(true);
    // A clerk does not see it.
    expect((await t.ok(OrderProfitSharingDocument, { id: order.id }, t.tokens.clerk(a))).order!.profitSharing).toBeNull();

    const line = order.lines.find((l) => l.skuId === skus[1])!;
    await t.ok(RefundOrderDocument, { input: { orderId: order.id, lines: [{ lineId: line.id, quantity: 1 }], reason: '退一件' } }, hq());
    const after = await storeShares(order.id);
    const returned = await eventually(async () => {
      const s = await sharing(order.id);
      return s!.returns.length === 2 && s!.returns.every((r) => r.state === 'SUCCEEDED') && s;
    });
    expect(Object.fromEntries(returned!.returns.map((r) => [r.storeId, r.amountFen]))).toEqual({
      [a]: shares[a]! - after[a]!,
      [c]: shares[c]! - after[c]!,
    });
  });

  it('retries through a WeChat outage, and surfaces a receiver WeChat refused', async () => {
    await sandbox.failNext(2);
    const retried = await handedOver(a);
    const ok = await eventually(async () => {
      const s = await sharing(retried.id);
      return s?.state === 'FINISHED' && s;
    });
    expect(ok.attempts).toBe(2);
    expect(ok.lastError).toBeNull();

    const refused = await handedOver(b);
    const failed = await eventually(async () => {
      const s = await sharing(refused.id);
      return s?.state === 'FAILED' && s;
    });
    expect(failed.receivers.find((r) => r.storeId === b)).toMatchObject({ result: 'CLOSED', failReason: 'NO_RELATION' });
    expect(failed.lastError).toMatch(/FAIL-1900000102: NO_RELATION/);
    expect((await t.ok(ProfitSharingIssuesDocument, {}, hq())).profitSharingIssues.map((s) => s.orderId)).toContain(refused.id);
  });

  it('gives up after five failed calls, shows it to HQ, and sends it again on request', async () => {
    await sandbox.failNext(5);
    const order = await handedOver(a);
    const failed = await eventually(async () => {
      const s = await sharing(order.id);
      return s?.state === 'FAILED' && s;
    }, 10_000);
    expect(failed).toMatchObject({ attempts: 5, lastError: expect.stringMatching(/outage/) });
    expect((await t.ok(ProfitSharingIssuesDocument, {}, hq())).profitSharingIssues.map((s) => s.orderId)).toContain(order.id);
    expect((await t.gql(RetryProfitSharingDocument, { orderId: order.id }, t.tokens.clerk(a))).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    await t.ok(RetryProfitSharingDocument, { orderId: order.id }, hq());
    const done = await eventually(async () => {
      const s = await sharing(order.id);
      return s?.state === 'FINISHED' && s;
    });
    expect(done.receivers.every((r) => r.result === 'SUCCESS')).toBe(true);
    expect((await t.ok(ProfitSharingIssuesDocument, {}, hq())).profitSharingIssues.map((s) => s.orderId)).not.toContain(order.id);
  });

  it('leaves the unfreeze to the last order of a split checkout (one WeChat transaction)', async () => {
    const [onlyA] = await makeSkus(t.em(), 1, 1500);
    const [onlyC] = await makeSkus(t.em(), 1, 1700);
    await setStock(t.em(), a, onlyA!, 10);
    const d = (await makeStore(t.em(), { lat: 31.255, lng: 121.46 })).id;
    await setStock(t.em(), d, onlyC!, 10);
    await t.ok(SetStoreProfitSharingAccountDocument, { storeId: d, account: '1900000104' }, hq());
    const placed = await placeCheckout(
      t,
      deliveryInput(31.252, 121.457, [
        { skuId: onlyA!, quantity: 2 },
        { skuId: onlyC!, quantity: 2 },
      ]),
      shopper.token,
    );
    expect(placed.orders.map((o) => o.store.id).sort()).toEqual([a, d].sort());
    await pay(t, placed.checkout.id, shopper.token);
    const deliver = async (orderId: string, storeId: string) => {
      for (const event of ['ACCEPT', 'DISPATCH', 'DELIVER'] as const)
        await t.ok(AdvanceOrderDocument, { orderId, event }, t.tokens.clerk(storeId));
      return eventually(async () => {
        const s = await sharing(orderId);
        return s?.state === 'FINISHED' && s;
      });
    };
    const [first, second] = placed.orders;
    const one = await deliver(first!.id, first!.store.id);
    expect((await sandbox.split(one.outOrderNo))!.unfreezeUnsplit).toBe(false);
    const two = await deliver(second!.id, second!.store.id);
    expect((await sandbox.split(two.outOrderNo))!.unfreezeUnsplit).toBe(true);
    expect((await sandbox.split(two.outOrderNo))!.transactionId).toBe((await sandbox.split(one.outOrderNo))!.transactionId);
  });
});
