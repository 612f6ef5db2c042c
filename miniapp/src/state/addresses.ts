// The shopper's address book lives on the server (myAddresses); the point, not the text, decides the zone.
import { DeleteAddressDocument, MyAddressesDocument, SaveAddressDocument, type AddressFieldsFragment } from '../generated/graphql';
import { client } from './api';
import { ensureSignedIn } from './session';

export type Address = AddressFieldsFragment;

export async function listAddresses(): Promise<Address[]> {
  await ensureSignedIn(client);
  const res = await client.query(MyAddressesDocument, {}).toPromise();
  return res.data?.myAddresses ?? [];
}

export async function saveAddress(input: { address: string; detail: string; contactName: string; contactPhone: string; lat: number; lng: number; system: 'WGS84' | 'GCJ02' }): Promise<Address | string> {
  const res = await client
    .mutation(SaveAddressDocument, {
      input: { address: input.address, detail: input.detail, contactName: input.contactName, contactPhone: input.contactPhone, isDefault: true, location: { lat: input.lat, lng: input.lng, system: input.system } },
    })
    .toPromise();
  const r = res.data?.saveAddress;
  if (r?.__typename === 'Address') return r;
  return r && 'message' in r ? r.message : '保存失败，请重试';
}

export async function deleteAddress(id: string) {
  await client.mutation(DeleteAddressDocument, { id }).toPromise();
}

/** The address checkout should use: the one just chosen, else the default. */
export const chosenAddress: { id: string | null } = { id: null };

export async function currentAddress(): Promise<Address | null> {
  const list = await listAddresses();
  return list.find((a) => a.id === chosenAddress.id) ?? list.find((a) => a.isDefault) ?? list[0] ?? null;
}

export const addressText = (a: Address) => `${a.address} ${a.detail}`.trim();
