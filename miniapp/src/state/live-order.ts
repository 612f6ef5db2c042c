// An order kept current while its page is open: the shopper's own order events arrive over the socket
// (myOrderEvents) and the order is read again when one concerns it. A slow poll covers a socket that is
// down (a phone between networks); the shopper never pulls to refresh.
import { useCallback, useEffect, useRef, useState } from 'react';
import { MyOrderEventsDocument, OrderByIdDocument, type OrderDetailFragment } from '../generated/graphql';
import { client } from './api';

const FINAL = new Set(['COMPLETED', 'CANCELLED', 'REFUNDED']);

export function useLiveOrder(id: string | undefined, pollMs = 30_000) {
  const [order, setOrder] = useState<OrderDetailFragment | null>(null);
  const [missing, setMissing] = useState(false);
  // Events come in bursts (ACCEPT then MARK_READY within a second) and answers can come back out of order:
  // only the answer to the latest read is shown, so an older state never overwrites a newer one.
  const latest = useRef(0);
  const load = useCallback(async () => {
    if (!id) return null;
    const seq = ++latest.current;
    const res = await client.query(OrderByIdDocument, { id }).toPromise();
    if (seq !== latest.current) return null;
    if (res.data) {
      setOrder(res.data.order ?? null);
      setMissing(!res.data.order);
    }
    return res.data?.order ?? null;
  }, [id]);

  useEffect(() => {
    if (!id) return;
    void load();
    const live = client.subscription(MyOrderEventsDocument, {}).subscribe((res) => {
      if (res.data?.myOrderEvents.orderId === id) void load();
    });
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    const poll = () => {
      timer = setTimeout(async () => {
        const o = await load();
        if (!stopped && !(o && FINAL.has(o.state))) poll();
      }, pollMs);
    };
    poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
      live.unsubscribe();
    };
  }, [id, load, pollMs]);
  return { order, missing, reload: load, setOrder };
}
