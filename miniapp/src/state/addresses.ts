// The shopper's address book lives on the server (myAddresses); the point, not the text, decides the zone.
import { client } from '../api/app-client';
import { useRead } from '../api/use-read';
import { DeleteAddressDocument, MyAddressesDocument, SaveAddressDocument, type AddressFieldsFragment } from '../generated/graphql';
import { t } from '../strings';

export type Address = AddressFieldsFragment;

export const useAddresses = () => useRead({ query: MyAddressesDocument, signedIn: true });

export async function saveAddress(input: {
  address: string;
  detail: string;
  contactName: string;
  contactPhone: string;
  lat: number;
  lng: number;
  system: 'WGS84' | 'GCJ02';
}): Promise<Address | string> {
  const res = await client
    .mutation(SaveAddressDocument, {
      input: {
        address: input.address,
        detail: input.detail,
        contactName: input.contactName,
        contactPhone: input.contactPhone,
        isDefault: true,
        location: { lat: input.lat, lng: input.lng, system: input.system },
      },
    })
    .toPromise();
  const r = res.data?.saveAddress;
  if (r?.__typename === 'Address') return r;
  return r && 'message' in r ? r.message : t.address.saveFailed;
}

export async function deleteAddress(id: string): Promise<boolean> {
  const res = await client.mutation(DeleteAddressDocument, { id }).toPromise();
  return !!res.data;
}

/** The address checkout should use: the one just chosen, else the default. */
export const chosenAddress: { id: string | null } = { id: null };

export const pickAddress = (list: Address[]): Address | null =>
  list.find((a) => a.id === chosenAddress.id) ?? list.find((a) => a.isDefault) ?? list[0] ?? null;

export const addressText = (a: Address) => `${a.address} ${a.detail}`.trim();
