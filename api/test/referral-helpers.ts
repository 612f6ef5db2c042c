// Helpers the referral tests share.
import { query } from '../src/common/sql';
import type { TestApp } from './harness';

/** How many times a withdrawal's money went back to available (WITHDRAW_RETURN rows): never more than one. */
export async function withdrawalReturns(t: TestApp, withdrawalId: string): Promise<number> {
  const [row] = await query<{ n: string }>(
    t.em(),
    `SELECT count(*) AS n FROM commission_entry WHERE withdrawal_id = :id::uuid AND kind = 'WITHDRAW_RETURN'`,
    { id: withdrawalId },
  );
  return Number(row!.n);
}
