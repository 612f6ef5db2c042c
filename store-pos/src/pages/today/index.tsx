// Today at this store: orders by state, takings (gross of handed-over orders) and this store's share, from
// the settlement report's business day.
import { useQuery } from 'urql';
import { TodayReportDocument } from '../../generated/graphql';
import { describeFault } from '../../graphql/errors';
import { useSession } from '../../graphql/session';
import { yuan } from '../../lib/money';
import { useStoreClock } from '../../components/StoreClock';
import { t } from '../../strings';

const STATES = ['PAID', 'ACCEPTED', 'READY_FOR_PICKUP', 'DISPATCHED', 'PICKED_UP', 'DELIVERED', 'COMPLETED', 'REFUNDED', 'CANCELLED'];

export default function TodayPage() {
  const storeId = useSession()?.storeId ?? '';
  const { localDate } = useStoreClock();
  const day = localDate();
  const [{ data, error }] = useQuery({
    query: TodayReportDocument,
    variables: { storeId, day },
    pause: !storeId,
    requestPolicy: 'network-only',
  });
  const store = data?.settlementReport.stores.find((s) => s.storeId === storeId);
  const today = (data?.storeOrders.nodes ?? []).filter((o) => localDate(new Date(o.createdAt)) === day);
  const byState = new Map<string, number>();
  for (const o of today) byState.set(o.state, (byState.get(o.state) ?? 0) + 1);

  return (
    <div className="today">
      <h1 className="page-title">
        {t.today.title} {day}
      </h1>
      {error && <p className="form-error">{describeFault(error)}</p>}
      <div className="kpis">
        <div className="card kpi">
          <span>{t.today.takings}</span>
          <b data-testid="takings">{yuan(store?.grossFen ?? 0)}</b>
        </div>
        <div className="card kpi">
          <span>{t.today.share}</span>
          <b data-testid="share">{yuan((store?.fulfillingShareFen ?? 0) + (store?.referringShareFen ?? 0))}</b>
        </div>
        <div className="card kpi">
          <span>{t.today.orders}</span>
          <b>{store?.orders ?? 0}</b>
        </div>
        <div className="card kpi">
          <span>{t.today.refunds}</span>
          <b>{yuan(store?.refundFen ?? 0)}</b>
        </div>
      </div>
      <h2>{t.today.byState}</h2>
      <div className="state-grid">
        {STATES.map((s) => (
          <div key={s} className="card state-cell" data-testid={`today-${s}`}>
            <span>{t.states[s]}</span>
            <b>{byState.get(s) ?? 0}</b>
          </div>
        ))}
      </div>
    </div>
  );
}
