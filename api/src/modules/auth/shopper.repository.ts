// SQL for shopper accounts: the sign-in upsert.
import type { EntityManager } from '@mikro-orm/postgresql';
import { preparedQuery } from '../../common/sql';

// Keyed by openid: two first logins racing still yield one shopper, and both get its id back.
const UPSERT_SHOPPER = `
  INSERT INTO shopper (id, openid, unionid, created_at, last_login_at) VALUES (gen_random_uuid(), :openid, :unionid::text, :at::timestamptz, :at::timestamptz)
  ON CONFLICT (openid) DO UPDATE SET last_login_at = EXCLUDED.last_login_at, unionid = coalesce(EXCLUDED.unionid, shopper.unionid)
  RETURNING id`;

/** The shopper of this WeChat openid, created on their first sign-in; answers its id. */
export async function upsertShopper(em: EntityManager, login: { openid: string; unionid: string | null; at: Date }): Promise<string> {
  const [row] = await preparedQuery<{ id: string }>(em, UPSERT_SHOPPER, {
    openid: login.openid,
    unionid: login.unionid,
    at: login.at.toISOString(),
  });
  return row!.id;
}
