// Shoppers' after-sales requests for this store: approve (the lines are refunded) or decline with a reason.
import { useState } from 'react';
import { useMutation, type CombinedError } from 'urql';
import { ApproveAfterSaleDocument, DeclineAfterSaleDocument, type QueueAfterSaleFragment } from '../../generated/graphql';
import { describeFault, describeResult } from '../../graphql/errors';
import { yuan } from '../../lib/money';
import { useStoreClock } from '../../components/StoreClock';
import { t } from '../../strings';
import { ReasonDialog } from './ReasonDialog';

interface Props {
  requests: QueueAfterSaleFragment[];
  flash: Record<string, true>;
  onDecided: () => void;
}

export function AfterSales({ requests, flash, onDecided }: Props) {
  const [approveState, approve] = useMutation(ApproveAfterSaleDocument);
  const [declineState, decline] = useMutation(DeclineAfterSaleDocument);
  const [declining, setDeclining] = useState<string | null>(null);
  const { when } = useStoreClock();
  const [error, setError] = useState<string | null>(null);
  const busy = approveState.fetching || declineState.fetching;

  function settle(r: { __typename: string; errorCode?: string } | undefined, fault: CombinedError | undefined) {
    if (!r) setError(describeFault(fault));
    else if (r.__typename !== 'AfterSale') setError(describeResult(r));
    else setError(null);
    onDecided();
  }

  return (
    <>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="order-grid">
        {requests.map((a) => (
          <article
            key={a.id}
            className={`card order${flash[a.orderId] ? ' order-flash' : ''}`}
            data-testid="aftersale-card"
            data-aftersale-id={a.id}
          >
            <header className="order-head">
              <span className="tag tag-delivery">{t.queue.afterSales.reasons[a.reason] ?? a.reason}</span>
              <span className="order-no">#{a.orderId.slice(0, 8).toUpperCase()}</span>
              <span className="order-total">{yuan(a.requestedFen)}</span>
            </header>
            <div className="order-meta muted">{t.queue.afterSales.requestedAt(when(a.createdAt))}</div>
            {a.note && <div className="order-remark">{a.note}</div>}
            <ul className="order-lines">
              {a.lines.map((l) => (
                <li key={l.lineId}>
                  <span>{l.name}</span>
                  <b>×{l.quantity}</b>
                </li>
              ))}
            </ul>
            <footer className="order-actions">
              <button
                type="button"
                className="btn btn-primary"
                disabled={busy}
                onClick={async () => {
                  const res = await approve({ id: a.id });
                  settle(res.data?.approveAfterSale, res.error);
                }}
              >
                {t.queue.afterSales.approve}
              </button>
              <button type="button" className="btn btn-danger" disabled={busy} onClick={() => setDeclining(a.id)}>
                {t.queue.afterSales.decline}
              </button>
            </footer>
          </article>
        ))}
        {requests.length === 0 && <p className="muted empty">{t.queue.empty}</p>}
      </div>
      {declining && (
        <ReasonDialog
          title={t.queue.afterSales.declineTitle}
          reasons={t.queue.afterSales.declineReasons}
          onCancel={() => setDeclining(null)}
          onSubmit={async (reason) => {
            const id = declining;
            setDeclining(null);
            const res = await decline({ id, reason });
            settle(res.data?.declineAfterSale, res.error);
          }}
        />
      )}
    </>
  );
}
