// Guessing pickup codes: failed attempts per clerk and per store in a sliding window, lockouts with a retry-after,
// QR scans still working during a lockout, and the audit log of every attempt that HQ reads.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AdvanceOrderDocument,
  OrderPickupCodeDocument,
  PickupAttemptsDocument,
  PickupPreviewDocument,
  VerifyPickupDocument,
  type PickupProofInput,
} from './generated/graphql';
import { makeSkus, makeStore, setStock } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import { pay, pickupInput, placeCheckout } from './orders-helpers';

describe('pickup rate limits and audit', () => {
  let t: TestApp;
  let shopper: { id: string; token: string };
  let skus: string[];
  const start = '2026-11-18T04:00:00Z';
  let wrong = 0;
  /** A well-formed code that is nobody's (a 10-digit code colliding with a live one here is ~1e-9). */
  const wrongCode = () => String(1_000_000_000 + ++wrong * 7919);

  const verify = async (input: PickupProofInput, token: string) => (await t.ok(VerifyPickupDocument, { input }, token)).verifyPickup;
  const preview = async (input: PickupProofInput, token: string) => (await t.ok(PickupPreviewDocument, { input }, token)).pickupPreview;
  const newStore = async () => {
    const id = (await makeStore(t.em(), { lat: 31.25, lng: 121.455 })).id;
    await setStock(t.em(), id, skus[0]!, 100);
    return id;
  };
  const acceptedPickup = async (storeId: string) => {
    const placed = await placeCheckout(t, pickupInput(storeId, [{ skuId: skus[0]!, quantity: 2 }]), shopper.token);
    await pay(t, placed.checkout.id, shopper.token);
    const id = placed.orders[0]!.id;
    await t.ok(AdvanceOrderDocument, { orderId: id, event: 'ACCEPT' }, t.tokens.clerk(storeId));
    return { id, code: (await t.ok(OrderPickupCodeDocument, { id }, shopper.token)).order!.pickupCode! };
  };

  beforeAll(async () => {
    t = await startTestApp({ now: start });
    shopper = await t.newShopper();
    skus = await makeSkus(t.em(), 1, 1500);
  });
  afterAll(() => t?.close());

  it('locks a clerk out after 5 misses in 10 minutes, for 15 minutes; even right codes wait, QR scans do not', async () => {
    const store = await newStore();
    const { id, code } = await acceptedPickup(store);
    const alice = t.tokens.clerkNamed(store, 'alice');
    const left: number[] = [];
    for (let i = 0; i < 5; i++) {
      const miss = await verify({ code: wrongCode() }, alice);
      if (miss.__typename !== 'PickupCodeNotFoundError') throw new Error(JSON.stringify(miss));
      left.push(miss.attemptsLeft);
    }
    expect(left).toEqual([4, 3, 2, 1, 0]);
    expect(await verify({ code: code.code }, alice)).toMatchObject({
      __typename: 'PickupLockedError',
      errorCode: 'PICKUP_LOCKED_OUT',
      scope: 'CLERK',
      retryAfterSeconds: 900,
    });
    expect(await preview({ code: code.code }, alice)).toMatchObject({ __typename: 'PickupLockedError', scope: 'CLERK' });
    // A signed QR cannot be guessed, so the counter keeps working through a lockout.
    expect(await preview({ qrToken: code.qrToken }, alice)).toMatchObject({ __typename: 'PickupPreview', orderId: id });
    // Another clerk of the store is not locked.
    expect(await preview({ code: code.code }, t.tokens.clerkNamed(store, 'bob'))).toMatchObject({ __typename: 'PickupPreview' });

    t.clock.set(new Date(Date.parse(start) + 600_000));
    expect(await verify({ code: code.code }, alice)).toMatchObject({ __typename: 'PickupLockedError', retryAfterSeconds: 300 });
    t.clock.set(new Date(Date.parse(start) + 901_000));
    try {
      expect(await verify({ code: code.code }, alice)).toMatchObject({ __typename: 'PickupVerified', order: { state: 'PICKED_UP' } });
    } finally {
      t.clock.set(start);
    }
  });

  it('counts a burst before evaluating it: of 100 wrong codes at once from one clerk, at most 5 are looked up', async () => {
    const store = await newStore();
    const { code } = await acceptedPickup(store);
    const mallory = t.tokens.clerkNamed(store, 'mallory');
    const answers = await Promise.all(Array.from({ length: 100 }, (_, i) => (i % 2 ? verify : preview)({ code: wrongCode() }, mallory)));
    const kinds = answers.map((a) => a.__typename);
    expect(kinds.filter((k) => k === 'PickupCodeNotFoundError').length).toBeLessThanOrEqual(5);
    expect(kinds.filter((k) => k !== 'PickupCodeNotFoundError').every((k) => k === 'PickupLockedError')).toBe(true);
    // The clerk is locked out now, even for the right code; the audit log shows at most 5 misses.
    expect(await verify({ code: code.code }, mallory)).toMatchObject({ __typename: 'PickupLockedError', scope: 'CLERK' });
    const log = (await t.ok(PickupAttemptsDocument, { storeId: store, first: 100 }, t.tokens.hq())).pickupAttempts.nodes;
    expect(log.filter((n) => n.outcome === 'NOT_FOUND').length).toBeLessThanOrEqual(5);
    expect(log.filter((n) => n.outcome === 'LOCKED_OUT').length).toBeGreaterThanOrEqual(95);
  });

  it('does not count right codes against the clerk', async () => {
    const store = await newStore();
    const nick = t.tokens.clerkNamed(store, 'nick');
    for (let i = 0; i < 7; i++) {
      const { code } = await acceptedPickup(store);
      expect(await preview({ code: code.code }, nick)).toMatchObject({ __typename: 'PickupPreview' });
      expect(await verify({ code: code.code }, nick)).toMatchObject({ __typename: 'PickupVerified' });
    }
    expect(await verify({ code: wrongCode() }, nick)).toMatchObject({ __typename: 'PickupCodeNotFoundError', attemptsLeft: 4 });
  });

  it('forgets misses older than the window', async () => {
    const store = await newStore();
    const carol = t.tokens.clerkNamed(store, 'carol');
    for (let i = 0; i < 4; i++) await verify({ code: wrongCode() }, carol);
    t.clock.set(new Date(Date.parse(start) + 601_000));
    try {
      // The four misses left the window: this one is the first again.
      expect(await verify({ code: wrongCode() }, carol)).toMatchObject({ __typename: 'PickupCodeNotFoundError', attemptsLeft: 4 });
    } finally {
      t.clock.set(start);
    }
  });

  it("locks the whole store's typed codes after 20 misses from its clerks together", async () => {
    const store = await newStore();
    const { code } = await acceptedPickup(store);
    const clerks = Array.from({ length: 5 }, (_, i) => t.tokens.clerkNamed(store, `s${i}`));
    for (const clerk of clerks) for (let i = 0; i < 4; i++) await verify({ code: wrongCode() }, clerk);
    const fresh = t.tokens.clerkNamed(store, 'dave');
    expect(await verify({ code: code.code }, fresh)).toMatchObject({
      __typename: 'PickupLockedError',
      scope: 'STORE',
      retryAfterSeconds: 900,
    });
    // Other stores are unaffected.
    const elsewhere = await newStore();
    expect(await verify({ code: wrongCode() }, t.tokens.clerkNamed(elsewhere, 'erin'))).toMatchObject({
      __typename: 'PickupCodeNotFoundError',
      attemptsLeft: 4,
    });
    expect(await verify({ qrToken: code.qrToken }, fresh)).toMatchObject({ __typename: 'PickupVerified' });
  });

  it('logs every attempt, good or bad, for HQ to read page by page; never the typed code', async () => {
    const store = await newStore();
    const { id, code } = await acceptedPickup(store);
    const frank = t.tokens.clerkNamed(store, 'frank');
    const typed = wrongCode();
    await verify({ code: typed }, frank);
    await verify({ qrToken: code.qrToken.slice(0, -2) + 'AA' }, frank);
    await preview({ code: code.code }, frank);
    await verify({ code: code.code }, frank);
    await verify({ qrToken: code.qrToken }, t.tokens.clerkNamed(store, 'gina'));

    const hq = t.tokens.hq();
    const all = (await t.ok(PickupAttemptsDocument, { storeId: store, first: 100 }, hq)).pickupAttempts;
    expect(all.nodes.map((n) => [n.actor, n.action, n.method, n.outcome, n.orderId])).toEqual([
      ['staff:gina', 'VERIFY', 'QR', 'ALREADY_PICKED_UP', id],
      ['staff:frank', 'VERIFY', 'CODE', 'VERIFIED', id],
      ['staff:frank', 'PREVIEW', 'CODE', 'PREVIEWED', id],
      ['staff:frank', 'VERIFY', 'QR', 'BAD_QR_TOKEN', null],
      ['staff:frank', 'VERIFY', 'CODE', 'NOT_FOUND', null],
    ]);
    expect(all.nodes.every((n) => n.storeId === store && Date.parse(n.at) === Date.parse(start))).toBe(true);
    expect(JSON.stringify(all)).not.toContain(typed);
    expect(JSON.stringify(all)).not.toContain(code.code);

    const first = (await t.ok(PickupAttemptsDocument, { storeId: store, first: 2 }, hq)).pickupAttempts;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = (await t.ok(PickupAttemptsDocument, { storeId: store, first: 100, after: first.pageInfo.endCursor }, hq)).pickupAttempts;
    expect([...first.nodes, ...rest.nodes].map((n) => n.id)).toEqual(all.nodes.map((n) => n.id));
    expect(rest.pageInfo.hasNextPage).toBe(false);
    // Without a store: every store's attempts (at least these five, and the other tests').
    expect((await t.ok(PickupAttemptsDocument, { first: 100 }, hq)).pickupAttempts.nodes.length).toBeGreaterThan(all.nodes.length);
    // Clerks may not read the log; pages are capped.
    expect((await t.gql(PickupAttemptsDocument, { storeId: store }, frank)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(PickupAttemptsDocument, { first: 101 }, hq)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
