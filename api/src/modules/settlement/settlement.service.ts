// The settlement report as each viewer may see it, and shoppers' home stores (一客一码).
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../common/clock';
import { badUserInput, forbidden } from '../../common/errors';
import { UUID } from '../../common/sql';
import { Role } from '../auth/auth.entity';
import { assertCanManageStore } from '../auth/store-access';
import type { Viewer } from '../../common/viewer';
import { StoreNotFoundError } from '../store/store.errors';
import { checkPeriod } from './period';
import { pointsBalance } from '../points/points';
import type { MemberCodeService } from '../member/member.service';
import { MemberCodeNotFoundError, MemberCodeReplayedError } from '../member/member.errors';
import { MemberCodeAlreadyUsedError } from './settlement.errors';
import { perStore, settlementCsv } from './settlement-report';
import { bindableStoreId, bindHomeStore, membershipDays, settlementDays } from './settlement.repository';
import { HomeStoreBinding, MembershipRevenueDay, SettlementDay, SettlementReport, StoreSettlement } from './settlement.types';

export class SettlementService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly memberCodes: MemberCodeService,
  ) {}

  /** HQ: every store, or the one asked for. A clerk: their own store only (the default when none is named). */
  async report(viewer: Viewer, period: { from: string; to: string; storeId?: string | null }): Promise<SettlementReport> {
    checkPeriod(period);
    let storeId = period.storeId ?? null;
    if (viewer.role === Role.CLERK) storeId ??= viewer.storeId;
    if (storeId) assertCanManageStore(viewer, storeId);
    else if (viewer.role !== Role.HQ_ADMIN) throw forbidden('Only HQ sees every store');
    if (storeId && !UUID.test(storeId)) throw badUserInput('storeId is not a store id', 'storeId');
    const days = await settlementDays(this.em, { ...period, storeId });
    // 付费会员 is HQ's revenue: shown to HQ over the whole chain (and in its CSV), never in a store's report.
    const membership = storeId ? [] : await membershipDays(this.em, period);
    return Object.assign(new SettlementReport(), {
      from: period.from,
      to: period.to,
      days: days.map((d) => Object.assign(new SettlementDay(), d)),
      stores: perStore(days).map((s) => Object.assign(new StoreSettlement(), s)),
      csv: settlementCsv(days, membership),
      membership: membership.map((d) => Object.assign(new MembershipRevenueDay(), d)),
    });
  }

  /**
   * Binds the shopper to the store whose QR code they scanned (or whose clerk signed them up): the first
   * bind wins and is never overwritten, so a later scan answers the store they already have.
   */
  async bindHomeStore(shopperId: string, storeCode: string, by: string): Promise<HomeStoreBinding | StoreNotFoundError> {
    const storeId = await bindableStoreId(this.em, storeCode);
    if (!storeId) return StoreNotFoundError.of(storeCode);
    return this.bind(shopperId, storeId, by);
  }

  /**
   * A clerk signs up the shopper who shows their member code (typed or scanned): the clerk's store, on the same
   * first-bind terms. The code is all the clerk has; it names nobody else. A shopper who is another store's member
   * already is none of this clerk's business: the answer says only that the code was used (their store, when they
   * joined and their points stay with that store).
   */
  async bindShopperToStore(
    memberCode: string,
    storeId: string,
    by: string,
  ): Promise<HomeStoreBinding | MemberCodeNotFoundError | MemberCodeReplayedError | MemberCodeAlreadyUsedError> {
    const redeemed = await this.memberCodes.redeem(memberCode, { storeId, by });
    if (!('shopperId' in redeemed)) return redeemed;
    const { shopperId } = redeemed;
    const binding = await this.bind(shopperId, storeId, by);
    if (binding.storeId !== storeId) return MemberCodeAlreadyUsedError.of();
    return Object.assign(binding, { points: await pointsBalance(this.em, shopperId) });
  }

  private async bind(shopperId: string, storeId: string, by: string): Promise<HomeStoreBinding> {
    const home = await bindHomeStore(this.em, { shopperId, storeId, at: this.clock.now(), by });
    return Object.assign(new HomeStoreBinding(), home);
  }
}
