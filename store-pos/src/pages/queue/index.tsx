// The live order queue: tabs per state, new and re-routed orders arrive with a sound and a flash, and the
// list is refetched after every event and every reconnect, so nothing is missed while the socket was down.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useMutation, useQuery, useSubscription } from 'urql';
import {
  QueueAdvanceDocument,
  QueueEventsDocument,
  QueueRejectDocument,
  StoreQueueDocument,
  type QueueEventsSubscription,
  type StoreStepEvent,
} from '../../generated/graphql';
import { useConnection } from '../../graphql/connection';
import { describeFault, describeResult } from '../../graphql/errors';
import { useSession } from '../../graphql/session';
import { t } from '../../strings';
import { QUEUE_TABS, type QueueAction, type QueueTab } from './actions';
import { OrderCard } from './OrderCard';
import { ReasonDialog } from './ReasonDialog';
import { useAlert } from './useAlert';

type QueueEvent = QueueEventsSubscription['storeOrderEvents'];
const FLASH_MS = 10_000;

export default function QueuePage() {
  const storeId = useSession()?.storeId ?? '';
  const connection = useConnection();
  const alert = useAlert();
  const [tab, setTab] = useState<QueueTab>('PAID');
  const [flash, setFlash] = useState<Record<string, true>>({});
  const [notice, setNotice] = useState<{ text: string; tone: 'new' | 'gone' } | null>(null);
  const [rejecting, setRejecting] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [{ data, error: loadError }, refetch] = useQuery({ query: StoreQueueDocument, variables: { storeId }, requestPolicy: 'network-only', pause: !storeId });
  const [advanceState, advance] = useMutation(QueueAdvanceDocument);
  const [rejectState, reject] = useMutation(QueueRejectDocument);
  const refresh = useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]);

  const onEvent = useCallback(
    (_prev: unknown, e: QueueEventsSubscription) => {
      const ev: QueueEvent = e.storeOrderEvents;
      if (ev.kind === 'NEW' || ev.kind === 'REROUTED_IN') {
        alert.play('new');
        setNotice({ text: ev.kind === 'NEW' ? t.queue.newOrder : t.queue.reroutedIn, tone: 'new' });
        setFlash((f) => ({ ...f, [ev.orderId]: true }));
        setTimeout(() => setFlash(({ [ev.orderId]: _gone, ...rest }) => rest), FLASH_MS);
      } else if (ev.kind === 'CANCELLED') {
        alert.play('cancel');
        setNotice({ text: t.queue.cancelledOrder, tone: 'gone' });
      } else if (ev.kind === 'REROUTED_OUT') {
        setNotice({ text: t.queue.reroutedOut, tone: 'gone' });
      }
      refresh();
      return e;
    },
    [alert.play, refresh],
  );
  useSubscription({ query: QueueEventsDocument, variables: { storeId }, pause: !storeId }, onEvent);

  // Back from a dropped connection: whatever happened meanwhile is in the fresh list.
  const seenReconnects = useRef(connection.reconnects);
  useEffect(() => {
    if (connection.reconnects !== seenReconnects.current) {
      seenReconnects.current = connection.reconnects;
      refresh();
    }
  }, [connection.reconnects, refresh]);

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), 6000);
    return () => clearTimeout(timer);
  }, [notice]);

  const orders = data?.storeOrders.nodes ?? [];
  const counts = useMemo(() => {
    const c: Record<string, number> = {};
    for (const o of orders) c[o.state] = (c[o.state] ?? 0) + 1;
    return c;
  }, [orders]);
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
    <div className="queue" data-alerts={alert.played} data-audio={alert.armed ? 'on' : 'off'}>
      <div className="queue-bar">
        <div className="tabs" role="tablist">
          {QUEUE_TABS.map((s) => (
            <button key={s} type="button" role="tab" aria-selected={tab === s} className={`tab${tab === s ? ' tab-on' : ''}`} onClick={() => setTab(s)}>
              {t.queue.tabs[s]}
              <span className={`count${s === 'PAID' && counts[s] ? ' count-hot' : ''}`} data-testid={`count-${s}`}>
                {counts[s] ?? 0}
              </span>
            </button>
          ))}
        </div>
        {!alert.armed && (
          <button type="button" className="btn btn-primary btn-big start-shift" onClick={() => void alert.arm()} title={t.queue.startShiftHint}>
            {t.queue.startShift}
          </button>
        )}
      </div>
      {notice && (
        <div className={`notice notice-${notice.tone}`} role="status" data-testid="queue-notice">
          {notice.text}
        </div>
      )}
      {(error || describeFault(loadError)) && (
        <p className="form-error" role="alert">
          {error ?? describeFault(loadError)}
        </p>
      )}
      <div className="order-grid">
        {shown.map((o) => (
          <OrderCard key={o.id} order={o} flash={!!flash[o.id]} busy={advanceState.fetching || rejectState.fetching} onAction={(a) => void act(o.id, a)} />
        ))}
        {shown.length === 0 && <p className="muted empty">{t.queue.empty}</p>}
      </div>
      {rejecting && <ReasonDialog title={t.queue.rejectTitle} reasons={t.queue.rejectReasons} onSubmit={(r) => void submitReject(r)} onCancel={() => setRejecting(null)} />}
    </div>
  );
}
