// The settlement report as each viewer may see it, shoppers' home stores (一客一码), and store groups.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../common/clock';
import { badUserInput, forbidden } from '../../common/errors';
import { query, transaction, UUID } from '../../common/sql';
import { Role } from '../auth/auth.entity';
import { assertCanManageStore } from '../auth/store-access';
import type { Viewer } from '../../common/viewer';
import { StoreNotFoundError } from '../store/store.errors';
import { checkPeriod } from './period';
import { pointsBalance } from '../points/points';
import { groupMemberCode, type MemberCodes } from './member-code';
import { MemberCodeNotFoundError } from './settlement.errors';
import { perStore, settlementCsv, settlementDays } from './settlement-report';
import { HomeStoreBinding, MemberCode, SettlementDay, SettlementReport, StoreGroup, StoreSettlement, type StoreGroupInput } from './settlement.types';

export class SettlementService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly memberCodes: MemberCodes,
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
    return Object.assign(new SettlementReport(), {
      from: period.from,
      to: period.to,
      days: days.map((d) => Object.assign(new SettlementDay(), d)),
      stores: perStore(days).map((s) => Object.assign(new StoreSettlement(), s)),
      csv: settlementCsv(days),
    });
  }

  /**
   * Binds the shopper to the store whose QR code they scanned (or whose clerk signed them up): the first
   * bind wins and is never overwritten, so a later scan answers the store they already have.
   */
  async bindHomeStore(shopperId: string, storeCode: string, by: string): Promise<HomeStoreBinding | StoreNotFoundError> {
    const [store] = await query<{ id: string }>(this.em, `SELECT id FROM store WHERE code = :code AND status <> 'CLOSED'`, { code: storeCode });
    if (!store) return StoreNotFoundError.of(storeCode);
    return this.bind(shopperId, store.id, by);
  }

  /**
   * A clerk signs up the shopper who shows their member code (typed or scanned): the clerk's store, on the same
   * first-bind terms. The code is all the clerk has; it names nobody else.
   */
  async bindShopperToStore(memberCode: string, storeId: string, by: string): Promise<HomeStoreBinding | MemberCodeNotFoundError> {
    const shopperId = await this.memberCodes.resolve(memberCode);
    if (!shopperId) return MemberCodeNotFoundError.of();
    const [binding, points] = await Promise.all([this.bind(shopperId, storeId, by), pointsBalance(this.em, shopperId)]);
    return Object.assign(binding, { points });
  }

  /** The shopper's member code for this minute. */
  async memberCode(shopperId: string): Promise<MemberCode> {
    const issued = await this.memberCodes.issue(shopperId);
    return Object.assign(new MemberCode(), { ...issued, display: groupMemberCode(issued.code) });
  }

  private async bind(shopperId: string, storeId: string, by: string): Promise<HomeStoreBinding> {
    const at = this.clock.now();
    const [bound] = await query<{ id: string }>(
      this.em,
      `UPDATE shopper SET home_store_id = :store::uuid, home_store_bound_at = :at::timestamptz, home_store_bound_by = :by
       WHERE id = :id::uuid AND home_store_id IS NULL RETURNING id`,
      { store: storeId, at: at.toISOString(), by, id: shopperId },
    );
    const [home] = await query<{ home_store_id: string; home_store_bound_at: string; code: string }>(
      this.em,
      `SELECT sh.home_store_id, sh.home_store_bound_at, s.code FROM shopper sh JOIN store s ON s.id = sh.home_store_id WHERE sh.id = :id::uuid`,
      { id: shopperId },
    );
    return Object.assign(new HomeStoreBinding(), { storeId: home!.home_store_id, storeCode: home!.code, boundAt: new Date(home!.home_store_bound_at), newlyBound: !!bound });
  }

  /** Creates a group or replaces its members (by code). */
  async saveStoreGroup(input: StoreGroupInput): Promise<StoreGroup> {
    if (input.storeIds.some((id) => !UUID.test(id))) throw badUserInput('storeIds must be store ids', 'storeIds');
    return transaction(this.em, async (tx) => {
      const [g] = await query<{ id: string }>(
        tx,
        `INSERT INTO store_group (id, code, name) VALUES (:id::uuid, :code, :name) ON CONFLICT (code) DO UPDATE SET name = excluded.name RETURNING id`,
        { id: randomUUID(), code: input.code, name: input.name },
      );
      await query(tx, `DELETE FROM store_group_member WHERE group_id = :g::uuid`, { g: g!.id });
      const rows = await query<{ store_id: string }>(
        tx,
        `INSERT INTO store_group_member (group_id, store_id) SELECT :g::uuid, s.id FROM store s WHERE s.id = ANY(:ids::uuid[]) RETURNING store_id`,
        { g: g!.id, ids: `{${input.storeIds.join(',')}}` },
      );
      if (rows.length !== new Set(input.storeIds).size) throw badUserInput('Some storeIds name no store', 'storeIds');
      return Object.assign(new StoreGroup(), { id: g!.id, code: input.code, name: input.name, storeIds: rows.map((r) => r.store_id).sort() });
    });
  }

  /** Every store group with its stores, by code (the console's filter and the rule editor's choices). */
  async storeGroups(): Promise<StoreGroup[]> {
    const rows = await query<{ id: string; code: string; name: string; store_ids: string[] | string }>(
      this.em,
      `SELECT g.id, g.code, g.name, coalesce(array_agg(m.store_id ORDER BY m.store_id) FILTER (WHERE m.store_id IS NOT NULL), '{}') AS store_ids
       FROM store_group g LEFT JOIN store_group_member m ON m.group_id = g.id GROUP BY g.id ORDER BY g.code LIMIT 500`,
      {},
    );
    return rows.map((r) =>
      Object.assign(new StoreGroup(), {
        id: r.id,
        code: r.code,
        name: r.name,
        storeIds: Array.isArray(r.store_ids) ? r.store_ids : r.store_ids.replace(/^\{|\}$/g, '').split(',').filter(Boolean),
      }),
    );
  }
}
