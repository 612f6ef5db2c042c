// Units on the shelf at the chosen store, per SKU, read as screens show products (and forgotten on a switch).
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
}

export const stockStore = createStore<StockState>({ store: null, levels: new Map() });

export const useStock = () => useStore(stockStore, (s) => s.levels);

/** Levels of these SKUs at a store, asked by the store's own point (GCJ-02 from the API); empty on failure. */
export async function stockAt(target: StockTarget | null, skuIds: string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
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
  for (const line of mine?.lines ?? []) out.set(line.skuId, line.available);
  return out;
}

export function addLevels(levels: ReadonlyMap<string, number>) {
  if (levels.size) stockStore.set((s) => ({ ...s, levels: new Map([...s.levels, ...levels]) }));
}

/** A new store: what was known of the old one's shelves no longer holds. */
export function resetStock(store: StockTarget | null) {
  stockStore.set({ store, levels: new Map() });
}

/** Reads the SKUs not yet known at the chosen store (a product without a level shows no stock tag meanwhile). */
export async function loadStock(skuIds: string[]): Promise<ReadonlyMap<string, number>> {
  const { store, levels } = stockStore.get();
  const unknown = skuIds.filter((id) => !levels.has(id));
  if (unknown.length === 0) return levels;
  const read = await stockAt(store, unknown);
  // The shopper may have switched store while this was asked.
  if (stockStore.get().store === store) addLevels(read);
  return read;
}
