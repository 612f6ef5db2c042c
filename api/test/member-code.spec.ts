// The offline member code (会员码): the app computes prefix + reference + TOTP from a secret it holds, with no
// network; the counter accepts the current and the previous 30-second step, each code once, and only while the
// secret is live. A clerk can sign up exactly the shopper in front of them, and no shopper id shows anywhere.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BindShopperToStoreDocument,
  BindShopperToStoreFullDocument,
  CancelOrderDocument,
  IssueMemberCodeSecretDocument,
  RevokeMemberCodeSecretDocument,
  StockMovementsDocument,
  OrderLogDocument,
} from './generated/graphql';
import { makeSkus, makeStore, setStock } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import { query } from '../src/common/sql';
import { freshMemberCode, issueMemberSecret, memberCodeAt } from './member-codes';
import { pay, pickupInput, placeCheckout } from './orders-helpers';

describe('member codes', () => {
  let t: TestApp;
  let storeA: string;
  let storeB: string;
  let sku: string;
  // On a 30-second boundary: step N starts here.
  const start = '2026-11-18T04:00:00Z';
  const at = (offsetSec: number) => Date.parse(start) + offsetSec * 1000;

  const bind = async (memberCode: string, clerkToken: string) =>
    (await t.ok(BindShopperToStoreDocument, { memberCode }, clerkToken)).bindShopperToStore;
  const notFound = { __typename: 'MemberCodeNotFoundError', errorCode: 'MEMBER_CODE_NOT_FOUND' };
  const replayed = { __typename: 'MemberCodeReplayedError', errorCode: 'MEMBER_CODE_REPLAYED' };
  /** Runs `work` with the server's clock `offsetSec` after the start. */
  const later = async <T>(offsetSec: number, work: () => Promise<T>): Promise<T> => {
    t.clock.set(new Date(at(offsetSec)));
    try {
      return await work();
    } finally {
      t.clock.set(start);
    }
  };

  beforeAll(async () => {
    t = await startTestApp({ now: start });
    storeA = (await makeStore(t.em(), { lat: 31.25, lng: 121.455 })).id;
    storeB = (await makeStore(t.em(), { lat: 31.26, lng: 121.456 })).id;
    [sku] = (await makeSkus(t.em(), 1, 1500)) as [string];
    await setStock(t.em(), storeA, sku, 100);
  });
  afterAll(() => t?.close());

  it('gives the signed-in shopper a TOTP secret, and a code computed from it signs them up once', async () => {
    const shopper = await t.newShopper();
    const held = await issueMemberSecret(t, shopper.token);
    expect(held).toMatchObject({ prefix: '96', algorithm: 'SHA1', digits: 8, stepSeconds: 30, issuedAt: new Date(start).toISOString() });
    expect(held.reference).toMatch(/^[0-9]{10}$/);
    expect(held.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(JSON.stringify(held)).not.toContain(shopper.id);
    const code = memberCodeAt(held, at(5));
    expect(code).toMatch(/^96[0-9]{18}$/);

    // Typed with spaces, as read out from the screen.
    const spaced = code.replace(/^(\d{2})(\d{10})(\d{8})$/, '$1 $2 $3');
    expect(await bind(spaced, t.tokens.clerk(storeA))).toMatchObject({ __typename: 'HomeStoreBinding', storeId: storeA, newlyBound: true });
    // The same code again, at this counter or another, is refused for the rest of its window, and changes nothing.
    expect(await bind(code, t.tokens.clerk(storeA))).toEqual(replayed);
    expect(await bind(code, t.tokens.clerk(storeB))).toEqual(replayed);
    await later(45, async () => expect(await bind(code, t.tokens.clerk(storeA))).toEqual(replayed));
    // The next step's code, from the same secret, is a new code.
    await later(31, async () =>
      expect(await bind(memberCodeAt(held, at(31)), t.tokens.clerk(storeA))).toMatchObject({ storeId: storeA, newlyBound: false }),
    );
    // Only shoppers get secrets; only clerks bind.
    expect((await t.gql(IssueMemberCodeSecretDocument, {}, t.tokens.clerk(storeA))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(BindShopperToStoreDocument, { memberCode: code }, shopper.token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("refuses a code used in one city at a counter in another: the replay guard is the shopper's, not a city's", async () => {
    const shopper = await t.newShopper();
    const held = await issueMemberSecret(t, shopper.token);
    const hangzhou = (await makeStore(t.em(), { lat: 30.27, lng: 120.15, city: '杭州' })).id;
    const code = memberCodeAt(held, at(3));
    expect(await bind(code, t.tokens.clerk(storeA))).toMatchObject({ storeId: storeA, newlyBound: true });
    expect(await bind(code, t.tokens.clerk(hangzhou))).toEqual(replayed);
    // Filed under its shopper, as its secret is (docs/scale.md: by shopper), with the counter's city beside it.
    const uses = await query<{ shopper_id: string; cluster_id: string }>(
      t.em(),
      `SELECT u.shopper_id, u.cluster_id FROM member_code_use u JOIN member_code_secret s ON s.id = u.secret_id WHERE s.shopper_id = :s::uuid`,
      { s: shopper.id },
    );
    expect(uses).toEqual([{ shopper_id: shopper.id, cluster_id: 'SH' }]);
  });

  it('accepts the current and the previous step, and refuses older and future codes', async () => {
    const shopper = await t.newShopper();
    const held = await issueMemberSecret(t, shopper.token);
    const clerk = t.tokens.clerk(storeB);
    // Server at step N+2 (60 s in): step N is too old, step N+3 not yet shown.
    await later(60, async () => {
      expect(await bind(memberCodeAt(held, at(0)), clerk)).toEqual(notFound);
      expect(await bind(memberCodeAt(held, at(90)), clerk)).toEqual(notFound);
      // Shown at the end of step N+1, scanned a moment into N+2: still good.
      expect(await bind(memberCodeAt(held, at(59)), clerk)).toMatchObject({ storeId: storeB, newlyBound: true });
    });
    await later(75, async () =>
      expect(await bind(memberCodeAt(held, at(75)), clerk)).toMatchObject({ storeId: storeB, newlyBound: false }),
    );
  });

  it('refuses forged codes, codes of a rotated or revoked secret, and anything that is not a member code', async () => {
    const shopper = await t.newShopper();
    const other = await t.newShopper();
    const clerk = t.tokens.clerk(storeB);
    const held = await issueMemberSecret(t, shopper.token);
    const theirs = await issueMemberSecret(t, other.token);
    const code = memberCodeAt(held, at(1));
    const totpDigits = code.slice(12);
    const forgedTotp = code.slice(0, 12) + String((Number(totpDigits) + 1) % 1e8).padStart(8, '0');
    for (const wrong of [
      forgedTotp,
      // Another shopper's reference with this shopper's TOTP, and the other way round.
      theirs.prefix + theirs.reference + totpDigits,
      code.slice(0, 12) + memberCodeAt(theirs, at(1)).slice(12),
      // Not member codes at all: a shopper id, a WeChat Pay payment code, our digits without the prefix.
      shopper.id,
      '134567890123456789',
      code.slice(2),
    ])
      expect(await bind(wrong, clerk), wrong).toEqual(notFound);

    // A new secret (a new device, or signed in again) ends the old one; sign-out ends the new one.
    const rotated = await issueMemberSecret(t, shopper.token);
    expect(rotated.reference).not.toBe(held.reference);
    expect(await bind(code, clerk)).toEqual(notFound);
    expect((await t.ok(RevokeMemberCodeSecretDocument, {}, shopper.token)).revokeMemberCodeSecret).toBe(true);
    expect(await bind(memberCodeAt(rotated, at(1)), clerk)).toEqual(notFound);
    expect((await t.ok(RevokeMemberCodeSecretDocument, {}, shopper.token)).revokeMemberCodeSecret).toBe(false);
    // None of this bound anybody: the other shopper's own code still signs them up as new.
    expect(await bind(memberCodeAt(theirs, at(2)), clerk)).toMatchObject({ storeId: storeB, newlyBound: true });
    expect(await bind(await freshMemberCode(t, shopper.token), clerk)).toMatchObject({ storeId: storeB, newlyBound: true });
  });

  it('keeps the secret sealed at rest: the database holds neither its text nor its bytes', async () => {
    const shopper = await t.newShopper();
    const held = await issueMemberSecret(t, shopper.token);
    const rows = await t.em().execute(`SELECT * FROM member_code_secret WHERE reference = '${held.reference}'`);
    expect(rows).toHaveLength(1);
    const seen = JSON.stringify(rows);
    expect(seen).not.toContain(held.secret);
    expect(seen.toLowerCase()).not.toContain(Buffer.from(held.secret).toString('hex'));
  });

  it("tells another store's clerk only that the shopper is a member elsewhere: no store, no time, no points", async () => {
    const shopper = await t.newShopper();
    const home = (
      await t.ok(BindShopperToStoreFullDocument, { memberCode: await freshMemberCode(t, shopper.token) }, t.tokens.clerk(storeA))
    ).bindShopperToStore;
    expect(home).toMatchObject({ __typename: 'HomeStoreBinding', storeId: storeA, newlyBound: true });
    if (home.__typename !== 'HomeStoreBinding') throw new Error('not bound');

    const res = await t.gql(
      BindShopperToStoreFullDocument,
      { memberCode: await freshMemberCode(t, shopper.token) },
      t.tokens.clerk(storeB),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.bindShopperToStore).toEqual({
      __typename: 'MemberCodeAlreadyUsedError',
      errorCode: 'MEMBER_CODE_ALREADY_USED',
      message: 'This member code was already used',
    });
    const seen = JSON.stringify(res);
    for (const secret of [storeA, home.storeCode, home.boundAt, shopper.id]) expect(seen).not.toContain(secret);
    // Their own store's clerk still sees them (and the first bind stayed).
    expect(await bind(await freshMemberCode(t, shopper.token), t.tokens.clerk(storeA))).toMatchObject({
      __typename: 'HomeStoreBinding',
      storeId: storeA,
      newlyBound: false,
      points: 0,
    });
  });

  it('shows no shopper id in the order log, refunds or stock journal staff read', async () => {
    const shopper = await t.newShopper();
    const placed = await placeCheckout(t, pickupInput(storeA, [{ skuId: sku, quantity: 1 }]), shopper.token);
    await pay(t, placed.checkout.id, shopper.token);
    await t.ok(CancelOrderDocument, { orderId: placed.orders[0]!.id }, shopper.token);

    const clerk = t.tokens.clerk(storeA);
    const logs = (await t.ok(OrderLogDocument, { id: placed.orders[0]!.id }, clerk)).order!;
    const journal = (await t.ok(StockMovementsDocument, { storeId: storeA, first: 100 }, clerk)).stockMovements.nodes;
    const seen = JSON.stringify({ logs, journal });
    expect(seen).not.toContain(shopper.id);
    // The shopper's steps are still told apart, by an opaque reference that is the same each time.
    const shopperActors = new Set([...logs.transitions, ...logs.refunds].map((x) => x.actor).filter((a) => a.startsWith('shopper:')));
    expect(shopperActors.size).toBe(1);
    expect([...shopperActors][0]).toMatch(/^shopper:[A-Za-z0-9_-]{12}$/);
    expect(logs.refunds.length).toBeGreaterThan(0);
    expect(journal.some((m) => shopperActors.has(m.actor))).toBe(true);
  });
});
