// The replica's lag from WAL positions alone: no database, a clock the test moves.
import { describe, expect, it } from 'vitest';
import { ReadReplica, lsnValue } from './read-replica';

function replicaAt(positions: { primary: string; replayed: string | null | Error }, clock: { now: number }) {
  return new ReadReplica(
    null,
    {
      primary: async () => positions.primary,
      replayed: async () => {
        if (positions.replayed instanceof Error) throw positions.replayed;
        return positions.replayed;
      },
    },
    { maxLagMs: 5000, checkMs: 1000 },
    () => clock.now,
  );
}

describe('read replica lag', () => {
  it('orders LSNs as the WAL does', () => {
    expect(lsnValue('0/16B3748') < lsnValue('0/16B3750')).toBe(true);
    expect(lsnValue('1/0') > lsnValue('0/FFFFFFFF')).toBe(true);
  });

  it('counts the lag from the newest primary position the replica has replayed, even when the primary is quiet', async () => {
    const clock = { now: 1_000_000 };
    const at = { primary: '0/100', replayed: '0/100' as string | null | Error };
    const replica = replicaAt(at, clock);
    expect(replica.fresh()).toBe(false); // nothing measured yet
    await replica.check();
    expect(replica.lagMs()).toBe(0);
    // Quiet primary: nothing new, so nothing is missing however long it stays quiet.
    clock.now += 60_000;
    await replica.check();
    expect(replica.lagMs()).toBe(0);
    // The primary moves on and the replica stops replaying: the lag grows from the last position it holds.
    at.primary = '0/200';
    for (let i = 0; i < 6; i++) {
      clock.now += 1000;
      await replica.check();
    }
    expect(replica.lagMs()).toBe(6000);
    expect(replica.fresh()).toBe(false);
    expect(replica.holds('0/100')).toBe(true);
    expect(replica.holds('0/180')).toBe(false);
    // Caught up: fresh again.
    at.replayed = '0/200';
    await replica.check();
    expect(replica.fresh()).toBe(true);
  });

  it('counts a failed check, or a server that is not a standby, as too far behind', async () => {
    const clock = { now: 0 };
    const at = { primary: '0/100', replayed: '0/100' as string | null | Error };
    const replica = replicaAt(at, clock);
    await replica.check();
    expect(replica.fresh()).toBe(true);
    at.replayed = new Error('connection refused');
    await replica.check();
    expect(replica.fresh()).toBe(false);
    at.replayed = null;
    await replica.check();
    expect(replica.fresh()).toBe(false);
  });
});
