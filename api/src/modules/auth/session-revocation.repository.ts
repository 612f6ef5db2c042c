// Signed-out sessions as rows, kept until the token would have expired: Redis holds their markers for the
// per-request check, and they are put back from here when Redis has lost them.
import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../common/sql';

export async function saveRevocation(em: EntityManager, sid: string, expiresAt: Date): Promise<void> {
  await query(em, `INSERT INTO session_revocation (sid, expires_at) VALUES (:sid, :expiresAt::timestamptz) ON CONFLICT (sid) DO NOTHING`, {
    sid,
    expiresAt: expiresAt.toISOString(),
  });
}

/** Every revocation still in force (expired ones are dropped on the way). */
export async function activeRevocations(em: EntityManager, now: Date): Promise<{ sid: string; expiresAt: Date }[]> {
  await query(em, `DELETE FROM session_revocation WHERE expires_at <= :now::timestamptz`, { now: now.toISOString() });
  const rows = await query<{ sid: string; expires_at: string | Date }>(
    em,
    `SELECT sid, expires_at FROM session_revocation WHERE expires_at > :now::timestamptz`,
    {
      now: now.toISOString(),
    },
  );
  return rows.map((r) => ({ sid: r.sid, expiresAt: new Date(r.expires_at) }));
}
