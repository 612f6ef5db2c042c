// The address book: points in either system stored as WGS-84, one default, only your own addresses, and a
// checkout by address id where the saved point (not the text) decides the zone.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromWgs84 } from '@linli/geo-data';
import { makeSkus, makeStore, setStock } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import {
  DeleteAddressDocument,
  MyAddressesDocument,
  SaveAddressDocument,
  ShopCheckoutDocument,
  type SaveAddressInput,
} from './generated/graphql';

const near = { lat: 31.232, lng: 121.472 }; // about 300 m from the store, WGS-84
const far = { lat: 31.3, lng: 121.6 }; // well outside its 3 km radius

function addressInput(point: { lat: number; lng: number }, extra: Partial<SaveAddressInput> = {}): SaveAddressInput {
  const gcj = fromWgs84(point, 'GCJ02');
  return {
    contactName: '李雷',
    contactPhone: '13900139000',
    address: '上海市黄浦区南京东路 299 号',
    detail: '8 楼 801',
    location: { ...gcj, system: 'GCJ02' },
    ...extra,
  };
}

describe('address book', () => {
  let t: TestApp;
  let alice: { id: string; token: string };
  let bob: { id: string; token: string };
  let sku: string;

  beforeAll(async () => {
    t = await startTestApp();
    alice = await t.newShopper();
    bob = await t.newShopper();
    const store = await makeStore(t.em(), { lat: 31.23, lng: 121.47, deliveryRadiusM: 3000 });
    [sku] = await makeSkus(t.em(), 1, 3000);
    await setStock(t.em(), store.id, sku!, 20);
  });
  afterAll(async () => t?.close());

  async function save(token: string, input: SaveAddressInput) {
    const { saveAddress } = await t.ok(SaveAddressDocument, { input }, token);
    if (saveAddress.__typename !== 'Address') throw new Error(JSON.stringify(saveAddress));
    return saveAddress;
  }

  it('keeps a GCJ-02 pin as WGS-84 and gives it back in either system; the first address is the default', async () => {
    const home = await save(alice.token, addressInput(near, { label: '家' }));
    expect(home.isDefault).toBe(true);
    expect(home.location.lat).toBeCloseTo(near.lat, 5);
    expect(home.location.lng).toBeCloseTo(near.lng, 5);
    const gcj = fromWgs84(near, 'GCJ02');
    expect(home.gcj.lat).toBeCloseTo(gcj.lat, 5);
    expect(home.gcj.lng).toBeCloseTo(gcj.lng, 5);

    const office = await save(alice.token, addressInput(far, { label: '公司', isDefault: true }));
    const list = (await t.ok(MyAddressesDocument, {}, alice.token)).myAddresses;
    expect(list.map((a) => [a.label, a.isDefault])).toEqual([
      ['公司', true],
      ['家', false],
    ]);

    // Editing changes it in place; deleting the default hands the default to the other one.
    const edited = await save(alice.token, { ...addressInput(far), id: office.id, detail: '12 楼' });
    expect(edited).toMatchObject({ id: office.id, detail: '12 楼', isDefault: true });
    const { deleteAddress } = await t.ok(DeleteAddressDocument, { id: office.id }, alice.token);
    expect(deleteAddress).toEqual({ __typename: 'AddressDeleted', addressId: office.id, newDefaultId: home.id });
  });

  it("never shows or changes another shopper's address, and refuses bad input without saving", async () => {
    const [mine] = (await t.ok(MyAddressesDocument, {}, alice.token)).myAddresses;
    expect((await t.ok(MyAddressesDocument, {}, bob.token)).myAddresses).toEqual([]);
    const steal = await t.ok(SaveAddressDocument, { input: { ...addressInput(near), id: mine!.id } }, bob.token);
    expect(steal.saveAddress).toMatchObject({ __typename: 'AddressNotFoundError', errorCode: 'ADDRESS_NOT_FOUND' });
    expect((await t.ok(DeleteAddressDocument, { id: mine!.id }, bob.token)).deleteAddress.__typename).toBe('AddressNotFoundError');
    const badPhone = await t.gql(SaveAddressDocument, { input: addressInput(near, { contactPhone: '123' }) }, bob.token);
    expect(badPhone.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badPoint = await t.gql(
      SaveAddressDocument,
      { input: { ...addressInput(near), location: { lat: 91, lng: 0, system: 'WGS84' } } },
      bob.token,
    );
    expect(badPoint.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await t.ok(MyAddressesDocument, {}, bob.token)).myAddresses).toEqual([]);
    expect((await t.gql(MyAddressesDocument, {}, t.tokens.hq())).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('holds at most 20 addresses, even when saved all at once', async () => {
    const carol = await t.newShopper();
    const results = await Promise.all(
      Array.from({ length: 24 }, () => t.ok(SaveAddressDocument, { input: addressInput(near) }, carol.token)),
    );
    const kinds = results.map((r) => r.saveAddress.__typename);
    expect(kinds.filter((k) => k === 'Address')).toHaveLength(20);
    expect(kinds.filter((k) => k === 'AddressBookFullError')).toHaveLength(4);
    const list = (await t.ok(MyAddressesDocument, {}, carol.token)).myAddresses;
    expect(list.filter((a) => a.isDefault)).toHaveLength(1);
  });

  it('checks out to a saved address: its point decides the zone, its text and contact go on the order', async () => {
    const dave = await t.newShopper();
    const home = await save(dave.token, addressInput(near));
    // Same words, a point outside the zone: the point decides.
    const away = await save(dave.token, addressInput(far, { address: '上海市黄浦区南京东路 299 号' }));
    const base = { idempotencyKey: `k-${randomUUID()}`, lines: [{ skuId: sku!, quantity: 1 }], fulfilment: 'DELIVERY' as const };
    const placed = (await t.ok(ShopCheckoutDocument, { input: { ...base, addressId: home.id } }, dave.token)).checkout;
    if (placed.__typename !== 'CheckoutPlaced') throw new Error(JSON.stringify(placed));
    expect(placed.orders[0]).toMatchObject({
      address: '上海市黄浦区南京东路 299 号 8 楼 801',
      contactName: '李雷',
      contactPhone: '13900139000',
    });
    expect(placed.orders[0]!.distanceM).toBeGreaterThan(200);
    expect(placed.orders[0]!.distanceM).toBeLessThan(400);

    const refused = (
      await t.ok(ShopCheckoutDocument, { input: { ...base, idempotencyKey: `k-${randomUUID()}`, addressId: away.id } }, dave.token)
    ).checkout;
    expect(refused.__typename).toBe('NoStoreAvailable');
    const foreign = (
      await t.ok(ShopCheckoutDocument, { input: { ...base, idempotencyKey: `k-${randomUUID()}`, addressId: home.id } }, alice.token)
    ).checkout;
    expect(foreign).toMatchObject({ __typename: 'AddressNotFoundError', errorCode: 'ADDRESS_NOT_FOUND' });
    const both = await t.gql(
      ShopCheckoutDocument,
      { input: { ...base, addressId: home.id, location: { ...near, system: 'WGS84' }, address: 'x 路 1 号' } },
      dave.token,
    );
    expect(both.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const noContact = await t.gql(
      ShopCheckoutDocument,
      { input: { ...base, location: { ...near, system: 'WGS84' }, address: '某路 1 号' } },
      dave.token,
    );
    expect(noContact.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
