// An order kept current while its page is open: the shopper's own order events arrive over the socket
// (myOrderEvents) and the order is read again when one concerns it. A slow poll covers a socket that is
// down (a phone between networks); the shopper never pulls to refresh.
import { useCallback, useEffect, useRef, useState } from 'react';
import { client, signIn } from '../../api/app-client';
import type { Read } from '../../api/use-read';
import { MyOrderEventsDocument, OrderByIdDocument, type OrderDetailFragment } from '../../generated/graphql';

const FINAL = new Set(['COMPLETED', 'CANCELLED', 'REFUNDED']);

export interface LiveOrder extends Read<{ order: OrderDetailFragment | null }> {
  /** A step's answer (cancel, confirm) is the order as it now stands: show it without reading again. */
  setOrder(order: OrderDetailFragment): void;
}

export function useLiveOrder(id: string | undefined, pollMs = 30_000): LiveOrder {
  const [data, setData] = useState<{ order: OrderDetailFragment | null } | undefined>();
  const [failed, setFailed] = useState(false);
  const [fetching, setFetching] = useState(false);
  // Events come in bursts (ACCEPT then MARK_READY within a second) and answers can come back out of order:
  // only the answer to the latest read is shown, so an older state never overwrites a newer one. urql's hook
  // would show every answer in the order they arrive, hence this hand-kept sequence.
  const latest = useRef(0);
  const shown = useRef(false);
  const load = useCallback(async () => {
    if (!id) return null;
    const seq = ++latest.current;
    setFetching(true);
    await signIn();
    const res = await client.query(OrderByIdDocument, { id }, { requestPolicy: 'network-only' }).toPromise();
    if (seq !== latest.current) return null;
    setFetching(false);
    if (!res.data) {
      // A failed refresh keeps the order on screen (the poll tries again); only a failed first read is a failure.
      if (!shown.current) setFailed(true);
      return null;
    }
    shown.current = true;
    setFailed(false);
    setData({ order: res.data.order ?? null });
    return res.data.order ?? null;
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
  return {
    data,
    fetching,
    failed,
    retry: () => void load(),
    setOrder: (order) => setData({ order }),
  };
}
