// Units on the shelf at the chosen store and what it charges, per SKU, read as screens show products (and
// forgotten on a switch).
import { client } from '../api/app-client';
import { StockNearDocument } from '../generated/graphql';
import { createStore, useStore } from '../lib/store';

export interface StockTarget {
  id: string;
  location: { lat: number; lng: number };
}

interface StockState {
  store: StockTarget | null;
  levels: ReadonlyMap<string, number>;
  /** The store's own price per SKU (its own, its group's or the chain's): what checkout will charge there. */
  prices: ReadonlyMap<string, number>;
}

export interface Shelf {
  levels: Map<string, number>;
  prices: Map<string, number>;
}

export const stockStore = createStore<StockState>({ store: null, levels: new Map(), prices: new Map() });

export const useStock = () => useStore(stockStore, (s) => s.levels);
export const useStorePrices = () => useStore(stockStore, (s) => s.prices);

/** A store's line of the availability report as levels and prices. */
export function shelfOf(lines: readonly { skuId: string; available: number; priceFen?: number | null }[]): Shelf {
  const shelf: Shelf = { levels: new Map(), prices: new Map() };
  for (const l of lines) {
    shelf.levels.set(l.skuId, l.available);
    if (l.priceFen != null) shelf.prices.set(l.skuId, l.priceFen);
  }
  return shelf;
}

/** Levels and prices of these SKUs at a store, asked by the store's own point (GCJ-02 from the API); empty on failure. */
export async function stockAt(target: StockTarget | null, skuIds: string[]): Promise<Shelf> {
  const out: Shelf = { levels: new Map(), prices: new Map() };
  if (!target || skuIds.length === 0) return out;
  const res = await client
    .query(StockNearDocument, {
      lines: [...new Set(skuIds)].map((skuId) => ({ skuId, quantity: 1 })),
      location: { lat: target.location.lat, lng: target.location.lng, system: 'GCJ02' },
      fulfilment: 'PICKUP',
      first: 3,
    })
    .toPromise();
  const report = res.data?.availability;
  if (report?.__typename !== 'AvailabilityReport') return out;
  const mine = report.stores.find((s) => s.store.id === target.id);
  return mine ? shelfOf(mine.lines) : out;
}

export function addShelf({ levels, prices }: Shelf) {
  if (levels.size || prices.size)
    stockStore.set((s) => ({ ...s, levels: new Map([...s.levels, ...levels]), prices: new Map([...s.prices, ...prices]) }));
}

/** A new store: what was known of the old one's shelves no longer holds. */
export function resetStock(store: StockTarget | null) {
  stockStore.set({ store, levels: new Map(), prices: new Map() });
}

/** Reads the SKUs not yet known at the chosen store (a product without a level shows no stock tag meanwhile). */
export async function loadStock(skuIds: string[]): Promise<ReadonlyMap<string, number>> {
  const { store, levels } = stockStore.get();
  const unknown = skuIds.filter((id) => !levels.has(id));
  if (unknown.length === 0) return levels;
  const read = await stockAt(store, unknown);
  // The shopper may have switched store while this was asked.
  if (stockStore.get().store === store) addShelf(read);
  return read.levels;
}
