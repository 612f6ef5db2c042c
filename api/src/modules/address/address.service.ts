// The shopper's address book: save (add or change), delete, and the default address.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../common/clock';
import { toCanonical } from '../../common/geo';
import { transaction, UUID } from '../../common/sql';
import { addressesOf, addressOf, lockAddressBook, removeAddress, writeAddress } from './address.repository';
import { Address, AddressBookFullError, AddressDeleted, AddressNotFoundError, MAX_ADDRESSES, type SaveAddressInput } from './address.types';

export class AddressService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  list(shopperId: string): Promise<Address[]> {
    return addressesOf(this.em, shopperId);
  }

  /** The shopper's own address, or undefined (someone else's id answers the same as a missing one). */
  find(shopperId: string, id: string): Promise<Address | undefined> {
    return UUID.test(id) ? addressOf(this.em, shopperId, id) : Promise.resolve(undefined);
  }

  async save(shopperId: string, input: SaveAddressInput): Promise<Address | AddressNotFoundError | AddressBookFullError> {
    if (input.id !== undefined && input.id !== null && !UUID.test(input.id)) return AddressNotFoundError.of(input.id);
    // Stored in WGS-84 like every point; a GCJ-02 pin from the map is converted here, once.
    const point = toCanonical(input.location);
    return transaction(this.em, async (tx) => {
      const count = await lockAddressBook(tx, shopperId);
      const isNew = !input.id;
      if (isNew && count >= MAX_ADDRESSES) return AddressBookFullError.of();
      const saved = await writeAddress(
        tx,
        {
          id: input.id ?? randomUUID(),
          shopperId,
          label: input.label?.trim() || null,
          contactName: input.contactName.trim(),
          contactPhone: input.contactPhone,
          address: input.address.trim(),
          detail: input.detail?.trim() ?? '',
          lat: point.lat,
          lng: point.lng,
          makeDefault: input.isDefault === true || (isNew && count === 0),
          at: this.clock.now(),
        },
        isNew,
      );
      return saved ?? AddressNotFoundError.of(input.id!);
    });
  }

  async delete(shopperId: string, id: string): Promise<AddressDeleted | AddressNotFoundError> {
    if (!UUID.test(id)) return AddressNotFoundError.of(id);
    return transaction(this.em, async (tx) => {
      await lockAddressBook(tx, shopperId);
      const result = await removeAddress(tx, shopperId, id);
      if (!result.deleted) return AddressNotFoundError.of(id);
      return Object.assign(new AddressDeleted(), { addressId: id, newDefaultId: result.newDefaultId });
    });
  }
}
