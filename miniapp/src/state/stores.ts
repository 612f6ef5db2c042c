// The stores nearest the shopper and the one chosen; choosing one moves the cart there and resets the stock.
import Taro from '@tarojs/taro';
import { client } from '../api/app-client';
import {
  BindHomeStoreDocument,
  NearbyStoresDocument,
  StockNearDocument,
  StoreByIdDocument,
  type NearbyStoreFieldsFragment,
} from '../generated/graphql';
import { metresBetween } from '../lib/format';
import type { Place } from '../lib/places';
import { keys, load, save } from '../lib/storage';
import { createStore, useStore } from '../lib/store';
import { t } from '../strings';
import { moveCartTo } from './cart';
import { homeProducts } from './catalog';
import { modeStore, type Mode } from './mode';
import { placeStore } from './place';
import { addShelf, resetStock, shelfOf } from './stock';

export type NearbyStore = NearbyStoreFieldsFragment;

interface StoresState {
  nearby: NearbyStore[];
  loading: boolean;
  /** The last read of the nearest stores failed: say so and offer a retry. */
  failed: boolean;
  storeId: string | null;
  /** Shown once when the app was opened from a store's QR code. */
  welcome: string | null;
}

export const storesStore = createStore<StoresState>({
  nearby: [],
  loading: false,
  failed: false,
  storeId: load<string | null>(keys.storeId, null),
  welcome: null,
});

export const useStores = () => useStore(storesStore);

const chosen = (s: StoresState) => s.nearby.find((n) => n.store.id === s.storeId) ?? null;
export const useChosenStore = () => useStore(storesStore, chosen);
export const chosenStore = () => chosen(storesStore.get());

function pickNearest(nodes: NearbyStore[], mode: Mode, preferredId: string | null, preferredCode: string | null): NearbyStore | null {
  const byPref = nodes.find((n) => n.store.id === preferredId || n.store.code === preferredCode);
  if (byPref) return byPref;
  const fit = nodes.find((n) => (mode === 'DELIVERY' ? n.deliversHere : n.canPickup) && n.status === 'ACTIVE');
  return fit ?? nodes[0] ?? null;
}

function sceneStoreCode(): string | null {
  try {
    const query = (Taro.getLaunchOptionsSync?.().query ?? {}) as Record<string, string>;
    const fromUrl =
      process.env.TARO_ENV === 'h5'
        ? new URLSearchParams((globalThis as { location?: Location }).location?.search ?? '').get('scene')
        : null;
    const scene = decodeURIComponent(query.scene ?? fromUrl ?? '');
    // A store's own QR (SH-001), or a promoter's code of the store (<ref>.s.SH-001).
    return /(?:^|\.s\.)([A-Z]{2}-\d{3})$/.exec(scene)?.[1] ?? null;
  } catch {
    return null;
  }
}

/** The store code of the QR the app was opened from, until the store it names has been chosen. */
let sceneCode: string | null = sceneStoreCode();

/** After sign-in: a store's QR code makes that store the shopper's home store. */
export async function bindSceneStore() {
  if (sceneCode) await client.mutation(BindHomeStoreDocument, { storeCode: sceneCode }).toPromise();
}

async function switchTo(n: NearbyStore) {
  save(keys.storeId, n.store.id);
  storesStore.set((s) => ({ ...s, storeId: n.store.id }));
  resetStock({ id: n.store.id, location: n.store.location });
  await moveCartTo({ id: n.store.id, location: n.store.location, name: n.store.name });
}

/**
 * The nearest stores, and beside them (same moment, not after) the stock of the home page's products at those
 * stores: the home page shows the store and what it has after one round trip, not two.
 */
export async function loadNearby(place: Place) {
  storesStore.set((s) => ({ ...s, loading: true, failed: false }));
  const location = { lat: place.lat, lng: place.lng, system: place.system };
  const stores = client.query(NearbyStoresDocument, { location, first: 20 }).toPromise();
  const stockHere = homeProducts()
    .then((products) => {
      const lines = products.flatMap((p) => p.skus.map((s) => ({ skuId: s.id, quantity: 1 })));
      return client.query(StockNearDocument, { lines, location, fulfilment: 'PICKUP', first: 20 }).toPromise();
    })
    .catch(() => null);
  const res = await stores;
  // A newer place was chosen meanwhile: its answer wins.
  if (placeStore.get().place !== place) return;
  if (!res.data) return storesStore.set((s) => ({ ...s, loading: false, failed: true }));
  const nodes = res.data.nearbyStores.nodes;
  const pick = pickNearest(nodes, modeStore.get(), storesStore.get().storeId, sceneCode);
  const welcome = pick && sceneCode && pick.store.code === sceneCode ? t.home.boundFrom(pick.store.name) : storesStore.get().welcome;
  sceneCode = null;
  storesStore.set((s) => ({ ...s, nearby: nodes, loading: false, failed: false, welcome }));
  if (!pick) return;
  const switched = switchTo(pick);
  const report = (await stockHere)?.data?.availability;
  const mine = report?.__typename === 'AvailabilityReport' ? report.stores.find((s) => s.store.id === pick.store.id) : undefined;
  if (mine && storesStore.get().storeId === pick.store.id) addShelf(shelfOf(mine.lines));
  await switched;
}

export function retryNearby() {
  const { place } = placeStore.get();
  if (place) void loadNearby(place);
}

/** Choose a store; one beyond the nearest listed is read and added to the list, so every screen can show it. */
export async function chooseStore(id: string): Promise<boolean> {
  let n = storesStore.get().nearby.find((x) => x.store.id === id);
  if (!n) {
    const res = await client.query(StoreByIdDocument, { id }).toPromise();
    const s = res.data?.store;
    if (!s) return false;
    const { wgs84, status, ...store } = s;
    const place = placeStore.get().place;
    n = {
      store,
      status,
      openNow: store.openNow,
      canPickup: store.capabilities.includes('PICKUP'),
      deliversHere: false,
      distanceM: place ? metresBetween(place, place.system === 'WGS84' ? wgs84 : store.location) : 0,
    };
    const extra = n;
    storesStore.set((st) => ({ ...st, nearby: [...st.nearby, extra] }));
  }
  await switchTo(n);
  return true;
}
