// The shopper's delivery addresses. Kept on the phone until the API's address book is available; the
// point (not the text) decides the delivery zone, so every address carries one, with its system.
import { keys, load, save } from '../lib/storage';

export interface Address {
  id: string;
  name: string;
  phone: string;
  area: string;
  detail: string;
  lat: number;
  lng: number;
  system: 'WGS84' | 'GCJ02';
  isDefault: boolean;
}

export const listAddresses = (): Address[] => load<Address[]>(keys.addresses, []);

export function saveAddress(a: Omit<Address, 'id' | 'isDefault'> & { id?: string; isDefault?: boolean }): Address {
  const list = listAddresses();
  const id = a.id ?? `a${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const isDefault = a.isDefault ?? list.length === 0;
  const next: Address = { ...a, id, isDefault };
  const rest = list.filter((x) => x.id !== id).map((x) => (isDefault ? { ...x, isDefault: false } : x));
  save(keys.addresses, [next, ...rest]);
  return next;
}

export function deleteAddress(id: string) {
  save(keys.addresses, listAddresses().filter((a) => a.id !== id));
}

/** The address checkout should use: the one just chosen, else the default. */
export const chosenAddress: { id: string | null } = { id: null };

export function currentAddress(): Address | null {
  const list = listAddresses();
  return list.find((a) => a.id === chosenAddress.id) ?? list.find((a) => a.isDefault) ?? list[0] ?? null;
}

export const addressText = (a: Address) => `${a.area} ${a.detail}`;
