// The live order queue: tabs per state, new and re-routed orders arrive with a sound and a flash, and the
// list is refetched after every event and every reconnect, so nothing is missed while the socket was down.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import {
  StoreAfterSalesDocument,
  QueueAdvanceDocument,
  QueueRejectDocument,
  StoreQueueDocument,
  type StoreStepEvent,
} from '../../generated/graphql';
import { useConnection } from '../../graphql/connection';
import { describeFault, describeResult } from '../../graphql/errors';
import { useSession } from '../../graphql/session';
import { t } from '../../strings';
import { AfterSales } from './AfterSales';
import { OrderCard, type QueueAction } from './OrderCard';
import { ReasonDialog } from './ReasonDialog';
import { useLiveOrders } from '../../components/LiveOrders';

/** Order states with a tab, then shoppers' open after-sales requests. */
const QUEUE_TABS = ['PAID', 'ACCEPTED', 'READY_FOR_PICKUP', 'DISPATCHED', 'AFTER_SALES'] as const;
type QueueTab = (typeof QUEUE_TABS)[number];

export default function QueuePage() {
  const storeId = useSession()?.storeId ?? '';
  const connection = useConnection();
  const [tab, setTab] = useState<QueueTab>('PAID');
  const [rejecting, setRejecting] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [{ data, error: loadError }, refetch] = useQuery({
    query: StoreQueueDocument,
    variables: { storeId },
    requestPolicy: 'network-only',
    pause: !storeId,
  });
  const [advanceState, advance] = useMutation(QueueAdvanceDocument);
  const [rejectState, reject] = useMutation(QueueRejectDocument);
  const [{ data: afterSalesData }, refetchAfterSales] = useQuery({
    query: StoreAfterSalesDocument,
    variables: { storeId },
    requestPolicy: 'network-only',
    pause: !storeId,
  });
  const refresh = useCallback(() => {
    refetch({ requestPolicy: 'network-only' });
    refetchAfterSales({ requestPolicy: 'network-only' });
  }, [refetch, refetchAfterSales]);

  // Every event of this store (the feed lives in the layout): fetch the lists again.
  const live = useLiveOrders();
  const seenEvents = useRef(live.eventSeq);
  useEffect(() => {
    if (live.eventSeq !== seenEvents.current) {
      seenEvents.current = live.eventSeq;
      refresh();
    }
  }, [live.eventSeq, refresh]);

  // Back from a dropped connection: whatever happened meanwhile is in the fresh list.
  const seenReconnects = useRef(connection.reconnects);
  useEffect(() => {
    if (connection.reconnects !== seenReconnects.current) {
      seenReconnects.current = connection.reconnects;
      refresh();
    }
  }, [connection.reconnects, refresh]);

  const orders = data?.storeOrders.nodes ?? [];
  const afterSales = afterSalesData?.storeAfterSales.nodes ?? [];
  const counts = useMemo(() => {
    const c: Record<string, number> = {};
    for (const o of orders) c[o.state] = (c[o.state] ?? 0) + 1;
    c.AFTER_SALES = afterSales.length;
    return c;
  }, [orders, afterSales]);
  const shown = orders.filter((o) => o.state === tab);

  async function act(orderId: string, action: QueueAction) {
    setError(null);
    if (action === 'REJECT') return setRejecting(orderId);
    const res = await advance({ orderId, event: action as StoreStepEvent });
    const r = res.data?.advanceOrder;
    if (!r) setError(describeFault(res.error));
    else if (r.__typename !== 'CustomerOrder') setError(describeResult(r));
    refresh();
  }

  async function submitReject(reason: string) {
    const orderId = rejecting!;
    setRejecting(null);
    const res = await reject({ orderId, reason });
    const r = res.data?.rejectOrder;
    if (!r) setError(describeFault(res.error));
    else if (r.__typename !== 'CustomerOrder') setError(describeResult(r));
    refresh();
  }

  return (
    <div className="queue">
      <div className="queue-bar">
        <div className="tabs" role="tablist">
          {QUEUE_TABS.map((s) => (
            <button
              key={s}
              type="button"
              role="tab"
              aria-selected={tab === s}
              className={`tab${tab === s ? ' tab-on' : ''}`}
              onClick={() => setTab(s)}
            >
              {t.queue.tabs[s]}
              <span className={`count${(s === 'PAID' || s === 'AFTER_SALES') && counts[s] ? ' count-hot' : ''}`} data-testid={`count-${s}`}>
                {counts[s] ?? 0}
              </span>
            </button>
          ))}
        </div>
      </div>
      {(error || describeFault(loadError)) && (
        <p className="form-error" role="alert">
          {error ?? describeFault(loadError)}
        </p>
      )}
      {tab === 'AFTER_SALES' ? (
        <AfterSales requests={afterSales} flash={live.flash} onDecided={refresh} />
      ) : (
        <div className="order-grid">
          {shown.map((o) => (
            <OrderCard
              key={o.id}
              order={o}
              flash={!!live.flash[o.id]}
              busy={advanceState.fetching || rejectState.fetching}
              onAction={(a) => void act(o.id, a)}
            />
          ))}
          {shown.length === 0 && <p className="muted empty">{t.queue.empty}</p>}
        </div>
      )}
      {rejecting && (
        <ReasonDialog
          title={t.queue.rejectTitle}
          reasons={t.queue.rejectReasons}
          onSubmit={(r) => void submitReject(r)}
          onCancel={() => setRejecting(null)}
        />
      )}
    </div>
  );
}
