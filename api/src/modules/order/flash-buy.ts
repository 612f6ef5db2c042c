// A flash (秒杀) checkout's pieces that are plain values: the item it buys and for whom, what its placed lines take of
// the item's quota, and whether the route sends the item's SKU to a store the item is sold at.
import type { FlashItemView } from '../promotion/flash-sale.repository';
import { RoutedToStore, type SplitProposal } from '../routing/routing.types';
import type { NewOrder } from './checkout.repository';

/** A flash checkout's item, as read before pricing, and whom its take counts against. */
export interface FlashBuy {
  item: FlashItemView;
  buyers: string[];
}

/** What a placed flash checkout takes: the units its lines bought at the flash price (none when it was not lower). */
export interface FlashTake {
  take: { itemId: string; quantity: number; priceFen: number; buyers: string[] };
  /** Set once placed: the buyers reached their limit with this take. */
  buyersDone?: boolean;
}

export function flashTaken(flash: FlashBuy, orders: readonly NewOrder[]): FlashTake | undefined {
  const lines = orders
    .flatMap((o) => o.lines)
    .filter((l) => l.adjustments?.some((a) => a.kind === 'LINE_PRICE' && a.promotionId === flash.item.id));
  const quantity = lines.reduce((s, l) => s + l.quantity, 0);
  if (quantity === 0) return undefined;
  return { take: { itemId: flash.item.id, quantity, priceFen: flash.item.price_fen, buyers: flash.buyers } };
}

/** Whether every line of the item's SKU goes to a store the item is sold at. */
export function flashCovers(item: FlashItemView, route: RoutedToStore | SplitProposal): boolean {
  if (item.store_id === null) return true;
  const parts = route instanceof RoutedToStore ? [{ storeId: route.storeId, lines: route.lines }] : route.parts;
  return parts.every((p) => p.storeId === item.store_id || !p.lines.some((l) => l.skuId === item.sku_id));
}
