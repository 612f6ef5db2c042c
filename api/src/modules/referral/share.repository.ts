// What a share names: a product or a store, by id (from the promoter's app) or by code (from a code's scene).
import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../common/sql';

export async function productRef(
  em: EntityManager,
  by: { id: string } | { code: string },
): Promise<{ id: string; code: string } | undefined> {
  const [row] = await query<{ id: string; code: string }>(
    em,
    'id' in by ? `SELECT id, code FROM product WHERE id = :v::uuid` : `SELECT id, code FROM product WHERE code = :v::text`,
    { v: 'id' in by ? by.id : by.code },
  );
  return row;
}

export async function storeRef(
  em: EntityManager,
  by: { id: string; clusterId: string } | { code: string },
): Promise<{ id: string; code: string } | undefined> {
  const [row] = await query<{ id: string; code: string }>(
    em,
    // A store code (from a scanned scene) names no cluster: store codes are chain-wide.
    'id' in by ? `SELECT id, code FROM store WHERE cluster_id = :c AND id = :v::uuid` : `SELECT id, code FROM store WHERE code = :v::text`,
    'id' in by ? { v: by.id, c: by.clusterId } : { v: by.code },
  );
  return row;
}
