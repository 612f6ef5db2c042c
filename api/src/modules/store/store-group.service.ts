// HQ's store groups: create one or replace its stores (by code), and list them.
import type { EntityManager } from '@mikro-orm/postgresql';
import { badUserInput } from '../../common/errors';
import { transaction, UUID } from '../../common/sql';
import { listStoreGroups, saveStoreGroup } from './store-group.repository';
import { StoreGroup, type StoreGroupInput } from './store-group.types';

export class StoreGroupService {
  constructor(private readonly em: EntityManager) {}

  /** Creates a group or replaces its members (by code). */
  async save(input: StoreGroupInput): Promise<StoreGroup> {
    if (input.storeIds.some((id) => !UUID.test(id))) throw badUserInput('storeIds must be store ids', 'storeIds');
    return transaction(this.em, async (tx) => {
      const group = await saveStoreGroup(tx, input);
      if (group.storeIds.length !== new Set(input.storeIds).size) throw badUserInput('Some storeIds name no store', 'storeIds');
      return Object.assign(new StoreGroup(), group);
    });
  }

  /** Every store group with its stores, by code (the console's filters, the price and rule editors' choices). */
  async list(): Promise<StoreGroup[]> {
    return (await listStoreGroups(this.em)).map((g) => Object.assign(new StoreGroup(), g));
  }
}
