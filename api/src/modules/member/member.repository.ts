// SQL of member-code secrets and their uses at the counter.
import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../common/sql';

export interface MemberSecretRow {
  id: string;
  shopperId: string;
  reference: string;
  secretSealed: string;
}

/**
 * Revokes the shopper's live secret and stores a new one, in one statement (the partial unique index allows one
 * live secret per shopper). False when the reference is taken already: the caller draws another.
 */
export async function replaceSecret(tx: EntityManager, row: MemberSecretRow & { at: Date }): Promise<boolean> {
  await revokeSecrets(tx, row.shopperId, row.at);
  const inserted = await query<{ id: string }>(
    tx,
    `INSERT INTO member_code_secret (id, shopper_id, reference, secret_sealed, issued_at)
     VALUES (:id::uuid, :shopper::uuid, :reference, :sealed, :at::timestamptz)
     ON CONFLICT (reference) DO NOTHING RETURNING id`,
    { id: row.id, shopper: row.shopperId, reference: row.reference, sealed: row.secretSealed, at: row.at.toISOString() },
  );
  return inserted.length === 1;
}

/** Ends every live secret of the shopper; answers how many there were. */
export async function revokeSecrets(em: EntityManager, shopperId: string, at: Date): Promise<number> {
  const revoked = await query<{ id: string }>(
    em,
    `UPDATE member_code_secret SET revoked_at = :at::timestamptz WHERE shopper_id = :shopper::uuid AND revoked_at IS NULL RETURNING id`,
    { shopper: shopperId, at: at.toISOString() },
  );
  return revoked.length;
}

export async function liveSecretByReference(em: EntityManager, reference: string): Promise<MemberSecretRow | undefined> {
  const [row] = await query<MemberSecretRow>(
    em,
    `SELECT id, shopper_id AS "shopperId", reference, secret_sealed AS "secretSealed"
     FROM member_code_secret WHERE reference = :reference AND revoked_at IS NULL`,
    { reference },
  );
  return row;
}

/** Records the code of this time step as used; false when it was used already (the primary key decides). */
export async function recordUse(
  em: EntityManager,
  use: { shopperId: string; secretId: string; counter: number; at: Date; clusterId: string; storeId: string; by: string },
): Promise<boolean> {
  const inserted = await query<{ counter: string }>(
    em,
    `INSERT INTO member_code_use (shopper_id, secret_id, counter, used_at, store_id, used_by, cluster_id)
     VALUES (:shopper::uuid, :secret::uuid, :counter, :at::timestamptz, :store::uuid, :by, :cluster)
     ON CONFLICT (shopper_id, secret_id, counter) DO NOTHING RETURNING counter`,
    {
      shopper: use.shopperId,
      secret: use.secretId,
      counter: use.counter,
      at: use.at.toISOString(),
      store: use.storeId,
      by: use.by,
      cluster: use.clusterId,
    },
  );
  return inserted.length === 1;
}
