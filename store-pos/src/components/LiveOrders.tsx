// A clerk's live feed of their store's orders, on every screen: new, re-routed-in and cancelled orders and
// after-sales requests sound the alert and show a notice wherever the clerk is (the counter, stock ...), and
// screens that list orders refetch on each event.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useSubscription } from 'urql';
import { StoreLiveEventsDocument, type StoreLiveEventsSubscription } from '../generated/graphql';
import { t } from '../strings';
import { useAlert } from './useAlert';

const FLASH_MS = 10_000;
const NOTICE_MS = 6_000;

interface LiveOrders {
  /** Sound is unlocked (the start-shift tap). */
  armed: boolean;
  arm: () => Promise<void>;
  /** Alerts sounded so far. */
  played: number;
  /** Orders to highlight (new, re-routed in, with a new after-sales request). */
  flash: Record<string, true>;
  /** Counts events: lists refetch when it changes. */
  eventSeq: number;
  notice: Notice | null;
}

const Ctx = createContext<LiveOrders>({ armed: false, arm: async () => undefined, played: 0, flash: {}, eventSeq: 0, notice: null });

export const useLiveOrders = () => useContext(Ctx);

interface Notice {
  text: string;
  tone: 'new' | 'gone';
}

export function LiveOrdersProvider({ storeId, children }: { storeId: string; children: ReactNode }) {
  const alert = useAlert();
  const [flash, setFlash] = useState<Record<string, true>>({});
  const [notice, setNotice] = useState<Notice | null>(null);
  const [eventSeq, setEventSeq] = useState(0);

  const highlight = useCallback((orderId: string) => {
    setFlash((f) => ({ ...f, [orderId]: true }));
    setTimeout(() => setFlash(({ [orderId]: _gone, ...rest }) => rest), FLASH_MS);
  }, []);

  const onEvent = useCallback(
    (_prev: unknown, e: StoreLiveEventsSubscription) => {
      const ev = e.storeOrderEvents;
      if (ev.kind === 'NEW' || ev.kind === 'REROUTED_IN' || ev.kind === 'AFTER_SALE_REQUESTED') {
        alert.play('new');
        setNotice({
          text: ev.kind === 'NEW' ? t.queue.newOrder : ev.kind === 'REROUTED_IN' ? t.queue.reroutedIn : t.queue.afterSales.requested,
          tone: 'new',
        });
        highlight(ev.orderId);
      } else if (ev.kind === 'CANCELLED') {
        alert.play('cancel');
        setNotice({ text: t.queue.cancelledOrder, tone: 'gone' });
      } else if (ev.kind === 'REROUTED_OUT') {
        setNotice({ text: t.queue.reroutedOut, tone: 'gone' });
      }
      setEventSeq((n) => n + 1);
      return e;
    },
    [alert.play, highlight],
  );
  useSubscription({ query: StoreLiveEventsDocument, variables: { storeId } }, onEvent);

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  const value = useMemo(
    () => ({ armed: alert.armed, arm: alert.arm, played: alert.played, flash, eventSeq, notice }),
    [alert.armed, alert.arm, alert.played, flash, eventSeq, notice],
  );
  return (
    <Ctx.Provider value={value}>
      <div className="live-orders" data-alerts={alert.played} data-audio={alert.armed ? 'on' : 'off'}>
        {children}
      </div>
    </Ctx.Provider>
  );
}

/**
 * The latest event in words, in the top bar of whatever screen is open: it takes no room from the page and
 * covers nothing (a clerk may be about to tap 打印); a tap opens the queue.
 */
export function LiveNotice() {
  const { notice } = useLiveOrders();
  if (!notice) return null;
  return (
    <Link to="/queue" className={`notice notice-${notice.tone}`} role="status" data-testid="queue-notice">
      <span className="notice-dot" aria-hidden />
      <b>{notice.text}</b>
      <span className="notice-go">{t.queue.noticeOpen}</span>
    </Link>
  );
}

/** The start-shift button: browsers keep audio silent until a tap, so it says that is what it is for. */
export function StartShiftButton() {
  const live = useLiveOrders();
  if (live.armed) {
    return (
      <span className="sound-on" data-testid="sound-on">
        {t.queue.soundOn}
      </span>
    );
  }
  return (
    <button type="button" className="btn btn-primary start-shift" onClick={() => void live.arm()}>
      <span>{t.queue.startShift}</span>
      <small>{t.queue.startShiftHint}</small>
    </button>
  );
}
