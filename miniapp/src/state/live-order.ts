// An order kept current while its page is open. Until the API's shopper subscription (myOrderEvents)
// is available the page asks again every few seconds; the shopper never pulls to refresh.
import { useCallback, useEffect, useRef, useState } from 'react';
import { OrderByIdDocument, type OrderDetailFragment } from '../generated/graphql';
import { client } from './api';

const FINAL = new Set(['COMPLETED', 'CANCELLED', 'REFUNDED']);

export function useLiveOrder(id: string | undefined, everyMs = 3000) {
  const [order, setOrder] = useState<OrderDetailFragment | null>(null);
  const [missing, setMissing] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const load = useCallback(async () => {
    if (!id) return null;
    const res = await client.query(OrderByIdDocument, { id }).toPromise();
    if (res.data) {
      setOrder(res.data.order ?? null);
      setMissing(!res.data.order);
    }
    return res.data?.order ?? null;
  }, [id]);
  useEffect(() => {
    let stopped = false;
    const tick = async () => {
      const o = await load();
      if (!stopped && !(o && FINAL.has(o.state))) timer.current = setTimeout(() => void tick(), everyMs);
    };
    void tick();
    return () => {
      stopped = true;
      if (timer.current) clearTimeout(timer.current);
    };
  }, [load, everyMs]);
  return { order, missing, reload: load, setOrder };
}
