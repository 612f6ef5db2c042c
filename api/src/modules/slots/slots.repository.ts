// Pickup slot SQL: places taken per slot, and claiming and giving back one place per order.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { HoursException, WeeklyHours } from '@linli/geo-data';
import { claimSlots, type SlotKey } from '../../common/lock-order';
import { pgArray, query } from '../../common/sql';

export interface SlotStore {
  id: string;
  clusterId: string;
  timeZone: string;
  hours: WeeklyHours[];
  exceptions: HoursException[];
  capacity: number;
  canPickup: boolean;
  active: boolean;
}

export async function slotStore(em: EntityManager, cluster: string, storeId: string): Promise<SlotStore | undefined> {
  const [r] = await query<{
    id: string;
    cluster_id: string;
    time_zone: string;
    hours: WeeklyHours[];
    exceptions: HoursException[];
    pickup_slot_capacity: number;
    can_pickup: boolean;
    status: string;
  }>(
    em,
    `SELECT id, cluster_id, time_zone, hours, exceptions, pickup_slot_capacity, can_pickup, status FROM store
      WHERE cluster_id = :c AND id = :id::uuid`,
    { c: cluster, id: storeId },
  );
  return (
    r && {
      id: r.id,
      clusterId: r.cluster_id,
      timeZone: r.time_zone,
      hours: r.hours,
      exceptions: r.exceptions,
      capacity: r.pickup_slot_capacity,
      canPickup: r.can_pickup,
      active: r.status === 'ACTIVE',
    }
  );
}

/** Places taken per slot start in [from, to). */
export async function takenBetween(em: EntityManager, store: SlotStore, from: Date, to: Date): Promise<Map<number, number>> {
  const rows = await query<{ starts_at: Date; claimed: number }>(
    em,
    `SELECT starts_at, claimed FROM pickup_slot
      WHERE cluster_id = :c AND store_id = :s::uuid AND starts_at >= :from::timestamptz AND starts_at < :to::timestamptz`,
    { c: store.clusterId, s: store.id, from: from.toISOString(), to: to.toISOString() },
  );
  return new Map(rows.map((r) => [new Date(r.starts_at).getTime(), r.claimed]));
}

// One statement, atomic under any concurrency: the counter row is created by the first claim, and every later
// claim is an ON CONFLICT update whose WHERE PostgreSQL re-checks on the locked, latest row version, so two
// checkouts for the last place cannot both pass. The order's claim row goes in only when a place was taken;
// an order that already holds a place for this slot (a re-run) takes no second one.
const CLAIM_SQL = `
  WITH cap AS (SELECT pickup_slot_capacity AS c FROM store WHERE cluster_id = :cluster AND id = :s::uuid),
  taken AS (
    INSERT INTO pickup_slot AS ps (store_id, starts_at, claimed, cluster_id)
    SELECT :s::uuid, :start::timestamptz, 1, :cluster FROM cap
    WHERE cap.c >= 1
      AND NOT EXISTS (SELECT 1 FROM pickup_slot_claim WHERE cluster_id = :cluster AND order_id = :o::uuid AND released_at IS NULL)
    ON CONFLICT (store_id, starts_at) DO UPDATE SET claimed = ps.claimed + 1
    WHERE ps.claimed < (SELECT c FROM cap)
    RETURNING claimed)
  INSERT INTO pickup_slot_claim (order_id, store_id, starts_at, claimed_at, cluster_id)
  SELECT :o::uuid, :s::uuid, :start::timestamptz, :at::timestamptz, :cluster FROM taken
  ON CONFLICT (order_id) DO UPDATE SET store_id = EXCLUDED.store_id, starts_at = EXCLUDED.starts_at,
                                       claimed_at = EXCLUDED.claimed_at, released_at = NULL
  RETURNING order_id`;

/** Takes one place of the slot for the order (of `cluster`, its store's); false when the slot is full (or the store offers none). */
export async function claimSlot(
  tx: EntityManager,
  cluster: string,
  storeId: string,
  startsAt: Date,
  orderId: string,
  at: Date,
): Promise<boolean> {
  claimSlots(tx, [{ storeId, startsAt }]);
  const rows = await query(tx, CLAIM_SQL, { cluster, s: storeId, start: startsAt.toISOString(), o: orderId, at: at.toISOString() });
  return rows.length > 0;
}

/**
 * Gives back the order's place, if it holds one; a second call finds nothing to give. `held` is where the order's
 * place should be (its store and scheduled time), claimed in the lock order before the statement locks it.
 */
export async function releaseSlot(
  tx: EntityManager,
  cluster: string,
  orderId: string,
  held: SlotKey,
  at: Date,
): Promise<SlotKey | undefined> {
  claimSlots(tx, [held]);
  const [row] = await query<{ store_id: string; starts_at: Date }>(
    tx,
    `WITH c AS (
       UPDATE pickup_slot_claim SET released_at = :at::timestamptz
       WHERE cluster_id = :cluster AND order_id = :o::uuid AND released_at IS NULL
       RETURNING store_id, starts_at)
     UPDATE pickup_slot ps SET claimed = ps.claimed - 1 FROM c
     WHERE ps.cluster_id = :cluster AND ps.store_id = c.store_id AND ps.starts_at = c.starts_at
     RETURNING c.store_id, c.starts_at`,
    { cluster, o: orderId, at: at.toISOString() },
  );
  if (!row) return undefined;
  const released = { storeId: row.store_id, startsAt: new Date(row.starts_at) };
  // Claimed as found too: a place held elsewhere than expected is still checked against the order (after the fact).
  claimSlots(tx, [released]);
  return released;
}

const LOCK_SLOTS = `
  SELECT 1 FROM pickup_slot
  WHERE cluster_id = :cluster AND (store_id, starts_at) IN (SELECT * FROM unnest(:stores::uuid[], :starts::timestamptz[]))
  ORDER BY store_id, starts_at
  FOR UPDATE`;

/**
 * Step 4 of the global lock order (common/lock-order.ts): slot rows a path will change at more than one store (a
 * re-route gives a place back at one and takes one at the next), in (store, start) order, in one statement. Rows
 * not there yet are skipped (the first claim creates one).
 */
export async function lockSlots(tx: EntityManager, cluster: string, keys: readonly SlotKey[]): Promise<void> {
  if (!keys.length) return;
  claimSlots(tx, keys);
  await query(tx, LOCK_SLOTS, {
    cluster,
    stores: pgArray(keys.map((k) => k.storeId)),
    starts: `{${keys.map((k) => `"${k.startsAt.toISOString()}"`).join(',')}}`,
  });
}
