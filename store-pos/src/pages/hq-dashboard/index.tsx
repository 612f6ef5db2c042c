// HQ's business at a glance: a period (and optionally one store), its figures, days, hours, top products and
// the stores ranked. Clicking a ranked store narrows the view to it.
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Bars } from '../../components/hq/Bars';
import { PeriodPicker, thisMonth, type Period } from '../../components/hq/PeriodPicker';
import { HqDashboardDocument, HqRefreshDashboardDocument, type HqDashboardQuery } from '../../generated/graphql';
import { describeFault } from '../../graphql/errors';
import { hq } from '../../hq-strings';
import { yuan, yuanAxis } from '../../lib/money';
import { when } from '../../lib/time';
import { t } from '../../strings';
import { ShareNote } from '../../components/hq/ShareNote';
import { StoreFilter } from '../../components/hq/StoreFilter';
import '../hq.css';

type Dash = HqDashboardQuery['dashboard'];
const s = hq.dashboard;

export default function HqDashboardPage() {
  const [period, setPeriod] = useState<Period>(thisMonth());
  const [storeId, setStoreId] = useState<string>('');
  const [{ data, fetching, error }, reload] = useQuery({ query: HqDashboardDocument, variables: { ...period, storeId: storeId || null } });
  const [{ fetching: refreshing }, refresh] = useMutation(HqRefreshDashboardDocument);
  const d = data?.dashboard;

  return (
    <section className="hq-page">
      <div className="hq-head">
        <h1 className="page-title">{s.title}</h1>
        <div className="hq-filters">
          <PeriodPicker value={period} onChange={setPeriod} />
          <StoreFilter value={storeId} onChange={setStoreId} />
          <button
            type="button"
            className="btn"
            disabled={refreshing}
            onClick={async () => {
              await refresh({});
              reload({ requestPolicy: 'network-only' });
            }}
          >
            {s.refresh}
          </button>
        </div>
      </div>
      {d && <p className="muted hq-note">{s.refreshedAt(when(d.refreshedAt))}</p>}
      {error && (
        <p className="form-error" role="alert">
          {describeFault(error)}
        </p>
      )}
      {fetching && !d && <div className="page-loading">{t.common.loading}</div>}
      {d && <DashboardBody d={d} onPickStore={setStoreId} />}
    </section>
  );
}

function DashboardBody({ d, onPickStore }: { d: Dash; onPickStore: (id: string) => void }) {
  const x = d.totals;
  if (x.orders === 0) return <div className="card empty-state">{s.noOrders}</div>;
  return (
    <>
      <div className="kpis" data-testid="kpis">
        <Kpi label={s.gmv} value={yuan(x.gmvFen)} id="gmv" />
        <Kpi label={s.orders} value={String(x.orders)} id="orders" />
        <Kpi label={s.aov} value={x.averageOrderFen === null ? '—' : yuan(x.averageOrderFen)} id="aov" />
        <Kpi
          label={s.delivery}
          value={s.ordersUnit(x.deliveryOrders)}
          detail={`${yuan(x.deliveryGmvFen)} · ${s.share(x.deliveryOrders / x.orders)}`}
          id="delivery"
        />
        <Kpi
          label={s.pickup}
          value={s.ordersUnit(x.pickupOrders)}
          detail={`${yuan(x.pickupGmvFen)} · ${s.share(x.pickupOrders / x.orders)}`}
          id="pickup"
        />
        <Kpi label={s.onTime} value={s.share(x.pickupOnTimeRate)} detail={s.onTimeDetail(x.pickupsOnTime, x.pickupsSettled)} id="on-time" />
        <Kpi label={s.toAccept} value={s.minutes(x.medianMinutesToAccept)} id="to-accept" />
        <Kpi label={s.toReady} value={s.minutes(x.medianMinutesToReady)} id="to-ready" />
        <Kpi label={s.rerouted} value={s.share(x.reroutedRate)} detail={s.ordersUnit(x.reroutedOrders)} id="rerouted" />
        <Kpi label={s.refunds} value={yuan(x.refundedFen)} detail={s.ordersUnit(x.refundedOrders)} id="refunds" />
        <Kpi label={s.hqShare} value={yuan(x.hqShareFen)} detail={`${s.fee} ${yuan(x.feeFen)}`} id="hq-share" />
        <Kpi label={s.storeShare} value={yuan(x.storeShareFen)} id="store-share" />
      </div>
      <ShareNote orders={x.orders} storeShareFen={x.storeShareFen} />
      <div className="hq-grid">
        <div className="card">
          <h2>{s.byDay}</h2>
          <Bars
            testId="by-day"
            format={yuanAxis}
            labelEvery={Math.ceil(everyDay(d).length / 10)}
            bars={everyDay(d).map((day) => ({
              label: day.day.slice(5).replace('-', '/'),
              value: day.gmvFen,
              title: `${day.day} ${yuan(day.gmvFen)} · ${s.ordersUnit(day.orders)}`,
            }))}
          />
        </div>
        <div className="card">
          <h2>{s.byHour(d.timeZone)}</h2>
          <Bars
            testId="by-hour"
            labelEvery={3}
            format={(n) => s.ordersUnit(n)}
            bars={d.ordersByHour.map((n, h) => ({ label: String(h), value: n, title: `${h}:00–${h}:59 ${s.ordersUnit(n)}` }))}
          />
        </div>
      </div>
      <div className="hq-grid hq-grid-tables">
        <div className="card">
          <h2>{s.topProducts}</h2>
          <table className="table" data-testid="top-products">
            <thead>
              <tr>
                <th>{s.product}</th>
                <th className="num">{s.quantity}</th>
                <th className="num">{s.revenue}</th>
              </tr>
            </thead>
            <tbody>
              {d.topProducts.map((p) => (
                <tr key={p.skuId}>
                  <td>
                    {p.name} <span className="muted">{p.skuCode}</span>
                  </td>
                  <td className="num">{p.quantity}</td>
                  <td className="num">{yuan(p.revenueFen)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="card">
          <h2>{s.ranking}</h2>
          <div className="table-wrap">
            <table className="table" data-testid="ranking">
              <thead>
                <tr>
                  <th>{s.rank}</th>
                  <th>{hq.period.store}</th>
                  <th>{s.city}</th>
                  <th className="num">{s.orders}</th>
                  <th className="num">{s.gmv}</th>
                  <th className="num">{s.aov}</th>
                  <th className="num">{s.onTime}</th>
                  <th className="num">{s.rerouted}</th>
                </tr>
              </thead>
              <tbody>
                {d.stores.slice(0, 50).map((st) => (
                  <tr
                    key={st.storeId}
                    className={d.storeId ? undefined : 'clickable'}
                    onClick={() => !d.storeId && onPickStore(st.storeId)}
                  >
                    <td>{st.rank}</td>
                    <td className="nowrap">
                      {st.storeName} <span className="muted">{st.storeCode}</span>
                    </td>
                    <td>{st.city}</td>
                    <td className="num">{st.orders}</td>
                    <td className="num">{yuan(st.gmvFen)}</td>
                    <td className="num">{st.averageOrderFen === null ? '—' : yuan(st.averageOrderFen)}</td>
                    <td className="num">{s.share(st.pickupOnTimeRate)}</td>
                    <td className="num">{s.share(st.reroutedRate)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      </div>
    </>
  );
}

/** Every day of the period, those without orders as zero, so gaps show as gaps. */
function everyDay(d: Dash): { day: string; orders: number; gmvFen: number }[] {
  const byDay = new Map(d.days.map((x) => [x.day, x]));
  const out: { day: string; orders: number; gmvFen: number }[] = [];
  for (let t = Date.parse(`${d.from}T00:00:00Z`); t <= Date.parse(`${d.to}T00:00:00Z`); t += 86_400_000) {
    const day = new Date(t).toISOString().slice(0, 10);
    out.push(byDay.get(day) ?? { day, orders: 0, gmvFen: 0 });
  }
  return out;
}

function Kpi({ label, value, detail, id }: { label: string; value: string; detail?: string; id: string }) {
  return (
    <div className="kpi" data-testid={`kpi-${id}`}>
      <span className="kpi-label">{label}</span>
      <span className="kpi-value">{value}</span>
      {detail && <span className="kpi-detail">{detail}</span>}
    </div>
  );
}
