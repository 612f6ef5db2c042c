// Address book SQL. Every change locks the shopper's row first, so two saves of one shopper (two phones, a
// double tap) cannot both become the default or pass the size limit together.
import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../common/sql';
import { Address } from './address.types';

interface AddressRow {
  id: string;
  label: string | null;
  contact_name: string;
  contact_phone: string;
  address: string;
  detail: string;
  lat: number;
  lng: number;
  is_default: boolean;
  updated_at: Date;
}

const COLUMNS = `id, label, contact_name, contact_phone, address, detail, lat, lng, is_default, updated_at`;

export function toAddress(r: AddressRow): Address {
  return Object.assign(new Address(), {
    id: r.id,
    label: r.label,
    contactName: r.contact_name,
    contactPhone: r.contact_phone,
    address: r.address,
    detail: r.detail,
    lat: r.lat,
    lng: r.lng,
    isDefault: r.is_default,
    updatedAt: new Date(r.updated_at),
  });
}

export async function addressesOf(em: EntityManager, shopperId: string): Promise<Address[]> {
  const rows = await query<AddressRow>(
    em,
    `SELECT ${COLUMNS} FROM shopper_address WHERE shopper_id = :s::uuid ORDER BY is_default DESC, updated_at DESC, id`,
    { s: shopperId },
  );
  return rows.map(toAddress);
}

export async function addressOf(em: EntityManager, shopperId: string, id: string): Promise<Address | undefined> {
  const [row] = await query<AddressRow>(em, `SELECT ${COLUMNS} FROM shopper_address WHERE id = :id::uuid AND shopper_id = :s::uuid`, {
    id,
    s: shopperId,
  });
  return row && toAddress(row);
}

/** Locks the shopper (the address book's guard), then counts their addresses. */
export async function lockAddressBook(tx: EntityManager, shopperId: string): Promise<number> {
  await query(tx, `SELECT 1 FROM shopper WHERE id = :s::uuid FOR UPDATE`, { s: shopperId });
  // A separate statement: one that waited for the lock would still count with the snapshot it started with.
  const [row] = await query<{ n: number }>(tx, `SELECT count(*)::int AS n FROM shopper_address WHERE shopper_id = :s::uuid`, {
    s: shopperId,
  });
  return row!.n;
}

export interface AddressWrite {
  id: string;
  shopperId: string;
  label: string | null;
  contactName: string;
  contactPhone: string;
  address: string;
  detail: string;
  lat: number;
  lng: number;
  makeDefault: boolean;
  at: Date;
}

/** Inserts or updates one address (only the shopper's own: an id of someone else's matches nothing). */
export async function writeAddress(tx: EntityManager, a: AddressWrite, isNew: boolean): Promise<Address | undefined> {
  if (a.makeDefault) {
    await query(tx, `UPDATE shopper_address SET is_default = false WHERE shopper_id = :s::uuid AND is_default AND id <> :id::uuid`, {
      s: a.shopperId,
      id: a.id,
    });
  }
  const values = {
    id: a.id,
    s: a.shopperId,
    label: a.label,
    name: a.contactName,
    phone: a.contactPhone,
    address: a.address,
    detail: a.detail,
    lat: a.lat,
    lng: a.lng,
    def: a.makeDefault,
    at: a.at.toISOString(),
  };
  const rows = isNew
    ? await query<AddressRow>(
        tx,
        `INSERT INTO shopper_address (id, shopper_id, label, contact_name, contact_phone, address, detail, lat, lng, is_default, created_at, updated_at)
         VALUES (:id::uuid, :s::uuid, :label::text, :name::text, :phone::text, :address::text, :detail::text, :lat::float8, :lng::float8, :def::boolean,
                 :at::timestamptz, :at::timestamptz)
         RETURNING ${COLUMNS}`,
        values,
      )
    : await query<AddressRow>(
        tx,
        `UPDATE shopper_address SET label = :label::text, contact_name = :name::text, contact_phone = :phone::text, address = :address::text,
                detail = :detail::text, lat = :lat::float8, lng = :lng::float8, is_default = is_default OR :def::boolean, updated_at = :at::timestamptz
         WHERE id = :id::uuid AND shopper_id = :s::uuid
         RETURNING ${COLUMNS}`,
        values,
      );
  return rows[0] && toAddress(rows[0]);
}

/** Deletes it; when it was the default, the most recently changed remaining address becomes the default. */
export async function removeAddress(
  tx: EntityManager,
  shopperId: string,
  id: string,
): Promise<{ deleted: boolean; newDefaultId: string | null }> {
  const [gone] = await query<{ is_default: boolean }>(
    tx,
    `DELETE FROM shopper_address WHERE id = :id::uuid AND shopper_id = :s::uuid RETURNING is_default`,
    { id, s: shopperId },
  );
  if (!gone) return { deleted: false, newDefaultId: null };
  if (!gone.is_default) return { deleted: true, newDefaultId: null };
  const [next] = await query<{ id: string }>(
    tx,
    `UPDATE shopper_address SET is_default = true
     WHERE id = (SELECT id FROM shopper_address WHERE shopper_id = :s::uuid ORDER BY updated_at DESC, id LIMIT 1)
     RETURNING id`,
    { s: shopperId },
  );
  return { deleted: true, newDefaultId: next?.id ?? null };
}
