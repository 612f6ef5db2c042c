// HQ's dashboard: reads a period from the rollups, bringing them up to date first when they are older than allowed.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../common/clock';
import { badUserInput } from '../../common/errors';
import { UUID } from '../../common/sql';
import type { Config } from '../../common/config';
import { checkPeriod } from '../settlement/period';
import { average, histogramMedian, rate } from './dashboard-figures';
import {
  lastRefreshed,
  markRefreshed,
  oneRefreshAtATime,
  periodDays,
  periodFigures,
  rankedStores,
  rebuildDay,
  takeChangedDays,
  topProducts,
  type FigureRow,
  type Period,
} from './dashboard.repository';
import { Dashboard, DashboardDay, DashboardFigures, DashboardProduct, DashboardRefresh, DashboardStore } from './dashboard.types';

const TOP_PRODUCTS = 10;

export class DashboardService {
  constructor(
    private readonly em: EntityManager,
    private readonly config: Pick<Config, 'chainTimeZone' | 'dashboardMaxAgeSec'>,
    private readonly clock: Clock,
  ) {}

  async dashboard(args: { from: string; to: string; storeId?: string | null }): Promise<Dashboard> {
    checkPeriod(args);
    const storeId = args.storeId ?? null;
    if (storeId && !UUID.test(storeId)) throw badUserInput('storeId is not a store id', 'storeId');
    let refreshedAt = await lastRefreshed(this.em);
    if (!refreshedAt || this.clock.now().getTime() - refreshedAt.getTime() > this.config.dashboardMaxAgeSec * 1000) {
      refreshedAt = (await this.refresh()).refreshedAt;
    }
    const period: Period = { from: args.from, to: args.to, storeId };
    const [figures, days, top, stores] = [
      await periodFigures(this.em, period),
      await periodDays(this.em, period),
      await topProducts(this.em, period, TOP_PRODUCTS),
      await rankedStores(this.em, period),
    ];
    return Object.assign(new Dashboard(), {
      from: args.from,
      to: args.to,
      storeId,
      timeZone: this.config.chainTimeZone,
      refreshedAt,
      totals: totals(figures),
      ordersByHour: figures.hours ?? new Array<number>(24).fill(0),
      days: days.map((d) => Object.assign(new DashboardDay(), { day: d.day, orders: d.orders, gmvFen: Number(d.gmv_fen) })),
      topProducts: top.map((t) =>
        Object.assign(new DashboardProduct(), {
          skuId: t.sku_id,
          skuCode: t.sku_code,
          name: t.name,
          quantity: Number(t.quantity),
          revenueFen: Number(t.revenue_fen),
        }),
      ),
      stores: stores.map((s, i) =>
        Object.assign(new DashboardStore(), {
          rank: i + 1,
          storeId: s.store_id,
          storeCode: s.code,
          storeName: s.name,
          city: s.city,
          orders: s.orders,
          gmvFen: Number(s.gmv_fen),
          averageOrderFen: average(Number(s.gmv_fen), s.orders),
          pickupOnTimeRate: rate(s.pickups_on_time, s.pickups_settled),
          reroutedRate: rate(s.rerouted_orders, s.orders),
          refundedFen: Number(s.refunded_fen),
        }),
      ),
    });
  }

  /** Rebuilds the days whose orders changed since the last refresh. */
  async refresh(): Promise<DashboardRefresh> {
    return oneRefreshAtATime(this.em, async () => {
      const at = this.clock.now();
      const days = await takeChangedDays(this.em, this.config.chainTimeZone);
      for (const day of days) await rebuildDay(this.em, day, this.config.chainTimeZone);
      await markRefreshed(this.em, at);
      return Object.assign(new DashboardRefresh(), { refreshedAt: at, days });
    });
  }
}

function totals(r: FigureRow): DashboardFigures {
  const orders = r.orders ?? 0;
  const n = (v: string | number | null) => Number(v ?? 0);
  return Object.assign(new DashboardFigures(), {
    orders,
    gmvFen: n(r.gmv_fen),
    averageOrderFen: average(n(r.gmv_fen), orders),
    deliveryOrders: r.delivery_orders ?? 0,
    deliveryGmvFen: n(r.delivery_gmv_fen),
    pickupOrders: r.pickup_orders ?? 0,
    pickupGmvFen: n(r.pickup_gmv_fen),
    pickupsSettled: r.pickups_settled ?? 0,
    pickupsOnTime: r.pickups_on_time ?? 0,
    pickupOnTimeRate: rate(r.pickups_on_time ?? 0, r.pickups_settled ?? 0),
    medianMinutesToAccept: histogramMedian(r.accept_minutes),
    medianMinutesToReady: histogramMedian(r.ready_minutes),
    reroutedOrders: r.rerouted_orders ?? 0,
    reroutedRate: rate(r.rerouted_orders ?? 0, orders),
    refundedOrders: r.refunded_orders ?? 0,
    refundedFen: n(r.refunded_fen),
    feeFen: n(r.fee_fen),
    hqShareFen: n(r.hq_share_fen),
    storeShareFen: n(r.store_share_fen),
    hqPromotionCostFen: n(r.hq_promotion_cost_fen),
    storePromotionCostFen: n(r.store_promotion_cost_fen),
  });
}
