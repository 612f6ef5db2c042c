// HQ's promotion screens: the list, one promotion, the simulation over last week's paid checkouts, the live view.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../common/clock';
import { decodeCursor, isKeyCursor, toPage, type Page } from '../../common/pagination';
import { UUID } from '../../common/sql';
import { PromotionNotFoundError } from './promotion.errors';
import { couponCounts, listPromotions, paidCheckoutsBetween, promotionSpend, storeNames } from './promotion-report.repository';
import type { PromotionListArgs } from './promotion-report.types';
import { PromotionSimulation as SimulationResult, PromotionStats, PromotionStoreCost } from './promotion-report.types';
import { dateOrNull, promotionById } from './promotion.repository';
import { toPromotion } from './promotion.service';
import { funderCost, PromotionSimulation, type StoreCost } from './promotion-simulation';
import type { Promotion } from './promotion.types';

const DAY_MS = 86_400_000;
/** Checkouts read per round trip while simulating: a week of a busy chain is streamed, never held whole. */
const BATCH = 2_000;

export class PromotionReportService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  async list(args: PromotionListArgs): Promise<Page<Promotion>> {
    const cursor = decodeCursor(args.after, isKeyCursor);
    const [afterAt, afterId] = cursor ? cursor.k.split('|') : [];
    const at = this.clock.now();
    const rows = await listPromotions(this.em, {
      status: args.status ?? null,
      kind: args.kind ?? null,
      first: args.first,
      after: afterAt && afterId && UUID.test(afterId) ? { at: afterAt, id: afterId } : undefined,
      at,
    });
    const page = toPage(rows, args.first, (r) => ({ k: `${new Date(r.created_at).toISOString()}|${r.id}` }));
    return { nodes: page.nodes.map((r) => ({ ...toPromotion(r, at), usedCoupons: r.used_coupons })), pageInfo: page.pageInfo };
  }

  async byId(id: string): Promise<Promotion | PromotionNotFoundError> {
    const row = UUID.test(id) ? await promotionById(this.em, id) : undefined;
    return row ? toPromotion(row, this.clock.now()) : PromotionNotFoundError.of(id);
  }

  /** The last 7 days up to now, priced again with this promotion alone (promotion-simulation.ts). */
  async simulate(id: string): Promise<SimulationResult | PromotionNotFoundError> {
    const row = UUID.test(id) ? await promotionById(this.em, id) : undefined;
    if (!row) return PromotionNotFoundError.of(id);
    const to = this.clock.now();
    const from = new Date(to.getTime() - 7 * DAY_MS);
    const sim = new PromotionSimulation(row);
    let after: { at: string; id: string } | undefined;
    for (;;) {
      const batch = await paidCheckoutsBetween(this.em, { from, to, after, limit: BATCH });
      for (const c of batch) {
        sim.add({ id: c.id, shopperId: c.shopper_id, paidAt: new Date(c.paid_at), orders: c.orders ?? [] });
      }
      if (batch.length < BATCH) break;
      const last = batch[batch.length - 1]!;
      after = { at: new Date(last.paid_at).toISOString(), id: last.id };
    }
    const totals = sim.result();
    return Object.assign(new SimulationResult(), { ...totals, from, to, byStore: await this.named(totals.byStore) });
  }

  /** What it has given so far on paid orders, by store, and what its budget has left. */
  async stats(id: string): Promise<PromotionStats | PromotionNotFoundError> {
    const row = UUID.test(id) ? await promotionById(this.em, id) : undefined;
    if (!row) return PromotionNotFoundError.of(id);
    const at = this.clock.now();
    const [spend, coupons] = await Promise.all([promotionSpend(this.em, id, dateOrNull(row.created_at)!), couponCounts(this.em, id)]);
    const stores = new Map<string, PromotionStoreCost>();
    for (const r of spend) {
      const s =
        stores.get(r.store_id) ??
        Object.assign(new PromotionStoreCost(), {
          storeId: r.store_id,
          storeCode: r.store_code,
          storeName: r.store_name,
          orders: r.orders,
          discountFen: 0,
          hqFen: 0,
          storeFen: 0,
        });
      const funder = r.funder === 'SPLIT' ? { kind: 'SPLIT' as const, storeBp: r.store_bp } : { kind: r.funder };
      const cost = funderCost(r.amount_fen, funder);
      s.discountFen += r.amount_fen * r.n;
      s.hqFen += cost.hqFen * r.n;
      s.storeFen += cost.storeFen * r.n;
      stores.set(r.store_id, s);
    }
    const byStore = [...stores.values()].sort((a, b) => b.discountFen - a.discountFen || a.storeCode.localeCompare(b.storeCode));
    const sum = (pick: (s: PromotionStoreCost) => number) => byStore.reduce((t, s) => t + pick(s), 0);
    return Object.assign(new PromotionStats(), {
      promotion: toPromotion(row, at),
      claimed: row.claimed,
      used: coupons.used,
      locked: coupons.locked,
      orders: sum((s) => s.orders),
      discountFen: sum((s) => s.discountFen),
      hqFen: sum((s) => s.hqFen),
      storeFen: sum((s) => s.storeFen),
      budgetLeftFen: row.budget_fen === null ? null : Math.max(0, Number(row.budget_fen) - Number(row.spent_fen)),
      usesLeft: row.budget_uses === null ? null : Math.max(0, row.budget_uses - row.uses),
      byStore,
      at,
    });
  }

  private async named(costs: StoreCost[]): Promise<PromotionStoreCost[]> {
    const names = await storeNames(
      this.em,
      costs.map((c) => c.storeId),
    );
    return costs.map((c) =>
      Object.assign(new PromotionStoreCost(), {
        ...c,
        storeCode: names.get(c.storeId)?.code ?? '',
        storeName: names.get(c.storeId)?.name ?? '',
      }),
    );
  }
}
