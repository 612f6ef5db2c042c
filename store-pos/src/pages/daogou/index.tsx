// The clerk's own 导购 sales: their share code for shoppers to scan or open, and the orders, buyers, net sales
// and commission (frozen until every after-sales window closes) that came through it; and the link of their own
// WeChat (a QR the clerk scans with it), after which they share and withdraw as 导购 in the mini-program.
import { useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { DaogouCentreDocument, DaogouLinkCodeDocument, DaogouLinkedDocument, JoinDaogouDocument } from '../../generated/graphql';
import { describeFault } from '../../graphql/errors';
import { yuan } from '../../lib/money';
import { clock } from '../../lib/time';
import { t } from '../../strings';

/** The clerk's WeChat link: linked, or a QR of the link code to scan, watched until the scan links it. */
function LinkWechat({ linked: linkedAtLoad }: { linked: boolean }) {
  const [code, ask] = useMutation(DaogouLinkCodeDocument);
  const shown = code.data?.staffLinkCode;
  const [{ data }, recheck] = useQuery({ query: DaogouLinkedDocument, pause: !shown, requestPolicy: 'network-only' });
  const linked = linkedAtLoad || data?.staffAccountLinked === true;
  useEffect(() => {
    if (!shown || linked) return;
    const timer = setInterval(() => recheck({ requestPolicy: 'network-only' }), 3000);
    return () => clearInterval(timer);
  }, [shown, linked, recheck]);

  if (linked)
    return (
      <div className="card daogou-link">
        <h2>{t.daogou.link}</h2>
        <p role="status" data-testid="daogou-linked">
          {t.daogou.linked}
        </p>
      </div>
    );
  return (
    <div className="card daogou-link">
      <h2>{t.daogou.link}</h2>
      <p>{t.daogou.linkIntro}</p>
      {code.error && <p className="form-error">{describeFault(code.error)}</p>}
      {shown ? (
        <div className="daogou-link-code">
          <img src={shown.qrDataUrl} alt={t.daogou.linkToken} width={240} height={240} data-testid="daogou-link-qr" />
          <div>
            <p>{t.daogou.linkHow}</p>
            <p className="hint">{t.daogou.linkExpires(clock(shown.expiresAt))}</p>
            <a href={shown.link} className="daogou-link-url" data-testid="daogou-link-url" target="_blank" rel="noreferrer">
              {shown.link}
            </a>
          </div>
        </div>
      ) : null}
      <button className="btn btn-big" disabled={code.fetching} onClick={() => void ask({})}>
        {t.daogou.showLinkCode}
      </button>
    </div>
  );
}

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
          <LinkWechat linked={data?.staffAccountLinked === true} />
        </>
      )}
    </div>
  );
}
