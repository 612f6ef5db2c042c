// The store module's per-request dataloaders.
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { UUID } from '../../common/sql';
import { Store } from './store.entity';
import { readStores } from './store.repository';
import { groupsOfStores } from './store-group.repository';

export function createStoreLoaders(em: EntityManager) {
  return {
    store: new DataLoader<string, Store | undefined>(async (ids) => {
      const map = new Map((await readStores(em, ids)).map((s) => [s.id, s]));
      return ids.map((id) => map.get(id));
    }),
    /** The groups a store is in: what a group's price or listing reaches. */
    groupsOfStore: new DataLoader<string, string[]>(async (ids) => {
      const found = await groupsOfStores(
        em,
        ids.filter((id) => UUID.test(id)),
      );
      return ids.map((id) => found.get(id) ?? []);
    }),
  };
}

export type StoreLoaders = ReturnType<typeof createStoreLoaders>;
