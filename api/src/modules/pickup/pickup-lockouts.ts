// HQ's view of pickup lockouts: which clerks and stores are locked out of typed codes now, and lifting one
// (a rogue clerk can otherwise lock their whole store's typed codes for the lockout's length).
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../common/clock';
import { badUserInput } from '../../common/errors';
import { UUID } from '../../common/sql';
import { recordStaffAudit } from '../auth/staff-audit';
import type { PickupAttemptLimiter } from './pickup-limiter';
import { PickupLockScope } from './pickup.errors';
import { staffUsernames } from './pickup.repository';
import { PickupLockout } from './pickup.types';

export class PickupLockouts {
  constructor(
    private readonly em: EntityManager,
    private readonly limiter: PickupAttemptLimiter,
    private readonly clock: Clock,
  ) {}

  async list(storeId: string | null): Promise<PickupLockout[]> {
    if (storeId !== null && !UUID.test(storeId)) throw badUserInput('storeId is not an id', 'storeId');
    const now = this.clock.now().getTime();
    const locks = (await this.limiter.lockouts()).filter((l) => storeId === null || l.storeId === storeId);
    const staffIds = [...new Set(locks.flatMap((l) => (l.staffId && UUID.test(l.staffId) ? [l.staffId] : [])))];
    const names = await staffUsernames(this.em, staffIds);
    return locks
      .sort((a, b) => b.until.getTime() - a.until.getTime())
      .slice(0, 100)
      .map((l) =>
        Object.assign(new PickupLockout(), {
          scope: l.scope as PickupLockScope,
          storeId: l.storeId,
          staffId: l.staffId,
          username: l.staffId ? (names.get(l.staffId) ?? null) : null,
          until: l.until,
          retryAfterSeconds: Math.ceil((l.until.getTime() - now) / 1000),
        }),
      );
  }

  /** Lifts a clerk's lockout (with staffId) or the store's; audited. Answers whether one was in force. */
  async unlock(storeId: string, staffId: string | null, actor: string): Promise<boolean> {
    if (!UUID.test(storeId)) throw badUserInput('storeId is not an id', 'storeId');
    if (staffId !== null && !UUID.test(staffId)) throw badUserInput('staffId is not an id', 'staffId');
    const lifted = await this.limiter.unlock(storeId, staffId);
    await recordStaffAudit(this.em, this.clock.now(), {
      action: 'PICKUP_LOCKOUT_LIFTED',
      actor,
      storeId,
      staffId,
      detail: `${staffId ? 'CLERK' : 'STORE'}${lifted ? '' : ' (none in force)'}`,
    });
    return lifted;
  }
}
