// The store module's per-request dataloaders.
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Store } from './store.entity';
import { readStores } from './store.repository';

export function createStoreLoaders(em: EntityManager) {
  return {
    store: new DataLoader<string, Store | undefined>(async (ids) => {
      const map = new Map((await readStores(em, ids)).map((s) => [s.id, s]));
      return ids.map((id) => map.get(id));
    }),
  };
}

export type StoreLoaders = ReturnType<typeof createStoreLoaders>;
