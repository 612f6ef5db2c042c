// The dataloader shape the modules' loaders share: every relation in a response costs one query per type, not one
// per row. Each module builds its own loaders (`<module>.loaders.ts`); the edge puts them on the request context.
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { UUID } from './sql';

type WithId = { id: string };

/** Rows by id; an id that is not a UUID finds nothing rather than failing the batch. */
export function byId<T extends WithId>(em: EntityManager, entity: new () => T) {
  return new DataLoader<string, T | undefined>(async (ids) => {
    const rows = (await em.find(entity, { id: { $in: ids.filter((id) => UUID.test(id)) } } as never)) as T[];
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id));
  });
}
