// Starting or joining a group goes through the normal checkout with one unit of the offer's SKU, picked up at the
// group's store (the API checks and prices it; the page only passes what was tapped).
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { chooseStore } from '../../../state/stores';

export interface GroupOfferLike {
  id: string;
  skuId: string;
  groupPriceFen: number;
  productName: string;
}

export async function goGroupCheckout(offer: GroupOfferLike, group?: { id: string; storeId: string }) {
  // A member picks up where the group does: the checkout follows the chosen store.
  if (group) await chooseStore(group.storeId);
  const q: Record<string, string> = { group: offer.id, sku: offer.skuId, price: String(offer.groupPriceFen), name: offer.productName };
  if (group) q.groupId = group.id;
  // weapp has no URLSearchParams.
  const query = Object.entries(q)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&');
  await Taro.navigateTo({ url: `/pages/checkout/index?${query}` });
}

/** 3725000 ms → "01:02:05"; a window over a day → "1天 01:02:05". */
export function hms(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const pad = (n: number) => String(n).padStart(2, '0');
  const days = Math.floor(s / 86400);
  const clock = `${pad(Math.floor((s % 86400) / 3600))}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`;
  return days ? `${days}天 ${clock}` : clock;
}

/** The server's time now, ticking each second: the phone's clock plus the gap seen when `serverNow` arrived. */
export function useServerNow(serverNow: string | undefined): number {
  const [offset, setOffset] = useState(0);
  useEffect(() => {
    if (serverNow) setOffset(Date.parse(serverNow) - Date.now());
  }, [serverNow]);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return now + offset;
}
