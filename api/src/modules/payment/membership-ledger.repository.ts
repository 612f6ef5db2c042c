// A 付费会员 purchase in the ledger: HQ's revenue, no store's share. A sale posts the money taken (CLEARING, GROSS),
// the provider's fee and the rest to HQ (role MEMBERSHIP); a refund posts the difference to what the kept part would
// have posted, so the purchase's balances always equal a sale of its net. store_id stays empty (no store), the business
// day is the chain's.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../common/sql';

interface Entry {
  account: 'CLEARING' | 'FEE' | 'HQ';
  role: 'GROSS' | 'REFUND' | 'FEE' | 'MEMBERSHIP';
  amountFen: number;
}

/** The provider's fee on what was received, rounded half up (as on orders: settlement's paymentFee). */
const feeOf = (receivedFen: number, feeBp: number) => Math.floor((receivedFen * feeBp + 5_000) / 10_000);

/**
 * The entries that take a purchase from having kept `fromFen` to keeping `toFen` (a sale: 0 to the price; a refund:
 * the price to what is kept). Balanced; zero entries left out.
 */
export function membershipEntries(fromFen: number, toFen: number, feeBp: number): Entry[] {
  const fee = feeOf(toFen, feeBp) - feeOf(fromFen, feeBp);
  const moved = toFen - fromFen;
  const entries: Entry[] = [
    { account: 'CLEARING', role: moved >= 0 ? 'GROSS' : 'REFUND', amountFen: -moved },
    { account: 'FEE', role: 'FEE', amountFen: fee },
    { account: 'HQ', role: 'MEMBERSHIP', amountFen: moved - fee },
  ];
  return entries.filter((e) => e.amountFen !== 0);
}

/**
 * Appends the purchase's posting for one event (SALE or REFUND:<no>) in one statement; a replay posts nothing. Filed
 * under ZZ, the cluster of no city: a 付费会员 sale is HQ's.
 */
export async function postMembership(
  tx: EntityManager,
  p: {
    purchaseId: string;
    eventKey: string;
    kind: 'MEMBERSHIP_SALE' | 'MEMBERSHIP_REFUND';
    receivedFen: number;
    feeFen: number;
    entries: Entry[];
    at: Date;
    timeZone: string;
  },
): Promise<void> {
  if (p.entries.reduce((a, e) => a + e.amountFen, 0) !== 0) throw new Error(`unbalanced posting for membership ${p.purchaseId}`);
  await query(
    tx,
    `WITH p AS (
       INSERT INTO ledger_posting (id, membership_purchase_id, event_key, kind, received_fen, fee_fen, posted_at, cluster_id)
       VALUES (:id::uuid, :purchase::uuid, :key, :kind, :received, :fee, :at::timestamptz, 'ZZ')
       ON CONFLICT (membership_purchase_id, event_key) DO NOTHING RETURNING id, posted_at)
     INSERT INTO ledger_entry (posting_id, membership_purchase_id, kind, account, role, store_id, amount_fen, business_day, posted_at, cluster_id)
     SELECT p.id, :purchase::uuid, :kind, x.account, x.role, NULL, x."amountFen", (p.posted_at AT TIME ZONE :tz)::date, p.posted_at, 'ZZ'
     FROM p CROSS JOIN jsonb_to_recordset(:entries::jsonb) AS x(account text, role text, "amountFen" bigint)`,
    {
      id: randomUUID(),
      purchase: p.purchaseId,
      key: p.eventKey,
      kind: p.kind,
      received: p.receivedFen,
      fee: p.feeFen,
      at: p.at.toISOString(),
      tz: p.timeZone,
      entries: JSON.stringify(p.entries),
    },
  );
}
