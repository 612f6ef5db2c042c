// The clerk's own 导购 sales: their share code for shoppers to scan or open, and the orders, buyers, net sales
// and commission (frozen until every after-sales window closes) that came through it.
import { useMutation, useQuery } from 'urql';
import { DaogouCentreDocument, JoinDaogouDocument } from '../../generated/graphql';
import { describeFault } from '../../graphql/errors';
import { yuan } from '../../lib/money';
import { t } from '../../strings';

export default function DaogouPage() {
  const [{ data, error, fetching }, refetch] = useQuery({ query: DaogouCentreDocument, requestPolicy: 'network-only' });
  const [joining, join] = useMutation(JoinDaogouDocument);
  const centre = joining.data?.becomePromoter ?? data?.promoterCentre;
  const fault = error ?? joining.error;

  return (
    <div className="today daogou">
      <h1 className="page-title">{t.daogou.title}</h1>
      {fault && <p className="form-error">{describeFault(fault)}</p>}
      {!centre && !fetching && (
        <div className="card">
          <p>{t.daogou.intro}</p>
          <button className="btn btn-primary btn-big" disabled={joining.fetching} onClick={() => void join({}).then(() => refetch())}>
            {t.daogou.join}
          </button>
        </div>
      )}
      {centre && (
        <>
          <div className="card kpi">
            <span>{t.daogou.code}</span>
            <b className="daogou-code" data-testid="daogou-code">
              {centre.promoter.code}
            </b>
            <span>{t.daogou.howToShare}</span>
          </div>
          <div className="kpis">
            <div className="card kpi">
              <span>{t.daogou.orders}</span>
              <b data-testid="daogou-orders">{centre.orders}</b>
            </div>
            <div className="card kpi">
              <span>{t.daogou.buyers}</span>
              <b data-testid="daogou-buyers">{centre.buyers}</b>
            </div>
            <div className="card kpi">
              <span>{t.daogou.sold}</span>
              <b data-testid="daogou-sold">{yuan(centre.soldFen)}</b>
            </div>
            <div className="card kpi">
              <span>{t.daogou.frozen}</span>
              <b data-testid="daogou-frozen">{yuan(centre.frozenFen)}</b>
            </div>
            <div className="card kpi">
              <span>{t.daogou.available}</span>
              <b data-testid="daogou-available">{yuan(centre.availableFen)}</b>
            </div>
          </div>
          <p className="hint">{t.daogou.note}</p>
        </>
      )}
    </div>
  );
}
