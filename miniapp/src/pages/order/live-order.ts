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
  // Events come in bursts (ACCEPT then MARK_READY within a few milliseconds). Two reads of the order at once are one
  // operation to urql (same document, same id): the read the second event started resolved with the first read's
  // answer (ACCEPTED, logged in a failing run of pickup-flow), and nothing read the order again for 30 s. So one read
  // at a time: an event during a read asks for one more after it, and every caller gets what the last read found.
  const reading = useRef<Promise<OrderDetailFragment | null> | null>(null);
  const readAgain = useRef(false);
  const shown = useRef(false);
  const readOnce = useCallback(async () => {
    setFetching(true);
    await signIn();
    const res = await client.query(OrderByIdDocument, { id: id! }, { requestPolicy: 'network-only' }).toPromise();
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
  const load = useCallback((): Promise<OrderDetailFragment | null> => {
    if (!id) return Promise.resolve(null);
    if (reading.current) {
      readAgain.current = true;
      return reading.current;
    }
    const run = async () => {
      let order: OrderDetailFragment | null;
      do {
        readAgain.current = false;
        order = await readOnce();
      } while (readAgain.current);
      return order;
    };
    const current = run().finally(() => {
      if (reading.current === current) reading.current = null;
    });
    reading.current = current;
    return current;
  }, [id, readOnce]);

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
