// What every screen shares: where the shopper is, delivery or pickup, the chosen store, its stock and
// the cart for that store (kept per store in storage).
import Taro from '@tarojs/taro';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type PropsWithChildren } from 'react';
import { BindHomeStoreDocument, NearbyStoresDocument, StockNearDocument, StoreByIdDocument, type NearbyStoreFieldsFragment } from '../generated/graphql';
import { metresBetween } from '../lib/format';
import { addToCart, emptyCart, moveCart, recheck, setQuantity, type Cart, type CartChange, type CartLine } from '../lib/cart';
import type { Place } from '../lib/places';
import { keys, load, save } from '../lib/storage';
import { t } from '../strings';
import { client } from './api';
import { HOME_PRODUCTS, productsOf } from './catalog';
import { ensureSignedIn } from './session';

export type Mode = 'DELIVERY' | 'PICKUP';
export type NearbyStore = NearbyStoreFieldsFragment;

export interface AppState {
  signedIn: boolean;
  place: Place | null;
  locating: boolean;
  locationDenied: boolean;
  mode: Mode;
  nearby: NearbyStore[];
  storesLoading: boolean;
  storesError: boolean;
  store: NearbyStore | null;
  cart: Cart;
  cartNotice: string[];
  stock: ReadonlyMap<string, number>;
  welcome: string | null;
  setMode(mode: Mode): void;
  choosePlace(place: Place): void;
  relocate(): void;
  chooseStore(storeId: string): Promise<void>;
  add(line: Omit<CartLine, 'quantity' | 'available'>, quantity?: number): void;
  setQty(skuId: string, quantity: number): void;
  replaceCart(cart: Cart): void;
  clearCart(skuIds?: string[]): void;
  loadStock(skuIds: string[]): Promise<ReadonlyMap<string, number>>;
  recheckCart(): Promise<CartChange[]>;
  dismissNotice(): void;
}

const Ctx = createContext<AppState | null>(null);

export function useApp(): AppState {
  const v = useContext(Ctx);
  if (!v) throw new Error('useApp outside AppProvider');
  return v;
}

function pickNearest(nodes: NearbyStore[], mode: Mode, preferredId: string | null, preferredCode: string | null): NearbyStore | null {
  const byPref = nodes.find((n) => n.store.id === preferredId || n.store.code === preferredCode);
  if (byPref) return byPref;
  const fit = nodes.find((n) => (mode === 'DELIVERY' ? n.deliversHere : n.canPickup) && n.status === 'ACTIVE');
  return fit ?? nodes[0] ?? null;
}

function sceneStoreCode(): string | null {
  try {
    const query = (Taro.getLaunchOptionsSync?.().query ?? {}) as Record<string, string>;
    const fromUrl = process.env.TARO_ENV === 'h5' ? new URLSearchParams((globalThis as { location?: Location }).location?.search ?? '').get('scene') : null;
    const scene = decodeURIComponent(query.scene ?? fromUrl ?? '');
    return /^[A-Z]{2}-\d{3}$/.test(scene) ? scene : null;
  } catch {
    return null;
  }
}

async function locate(): Promise<Place | null> {
  try {
    // weapp gives GCJ-02 on request (what its maps use); a browser's geolocation is WGS-84 whatever we ask.
    const type = process.env.TARO_ENV === 'weapp' ? 'gcj02' : 'wgs84';
    const res = await Taro.getLocation({ type });
    return { label: t.location.current, lat: res.latitude, lng: res.longitude, system: type === 'gcj02' ? 'GCJ02' : 'WGS84' };
  } catch {
    return null;
  }
}

export function AppProvider({ children }: PropsWithChildren) {
  const [signedIn, setSignedIn] = useState(false);
  const [place, setPlace] = useState<Place | null>(() => load<Place | null>(keys.place, null));
  const [locating, setLocating] = useState(false);
  const [locationDenied, setLocationDenied] = useState(false);
  const [mode, setModeState] = useState<Mode>(() => load<Mode>(keys.mode, 'PICKUP'));
  const [nearby, setNearby] = useState<NearbyStore[]>([]);
  const [storesLoading, setStoresLoading] = useState(false);
  const [storesError, setStoresError] = useState(false);
  const [storeId, setStoreId] = useState<string | null>(() => load<string | null>(keys.storeId, null));
  const [cart, setCart] = useState<Cart>(() => emptyCart(''));
  const [cartNotice, setCartNotice] = useState<string[]>([]);
  const [stock, setStock] = useState<Map<string, number>>(new Map());
  const [welcome, setWelcome] = useState<string | null>(null);
  const sceneCode = useRef<string | null>(sceneStoreCode());

  const store = useMemo(() => nearby.find((n) => n.store.id === storeId) ?? null, [nearby, storeId]);

  // Sign in first thing (in parallel with finding the store): orders and the home-store binding need it.
  useEffect(() => {
    void ensureSignedIn(client).then(async (token) => {
      setSignedIn(!!token);
      if (token && sceneCode.current) await client.mutation(BindHomeStoreDocument, { storeCode: sceneCode.current }).toPromise();
    });
  }, []);

  const relocate = useCallback(() => {
    setLocating(true);
    void locate().then((p) => {
      setLocating(false);
      if (p) {
        setLocationDenied(false);
        setPlace(p);
        save(keys.place, p);
      } else if (!place) setLocationDenied(true);
    });
  }, [place]);

  // Where the shopper is: asked once per launch; a place chosen by hand stays until they relocate.
  useEffect(() => {
    if (place && place.label !== t.location.current) return;
    relocate();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // The nearest stores, and beside them (same moment, not after) the stock of the home page's products at
  // those stores: the home page shows the store and what it has after one round trip, not two.
  useEffect(() => {
    if (!place) return;
    setStoresLoading(true);
    setStoresError(false);
    const location = { lat: place.lat, lng: place.lng, system: place.system };
    const stores = client.query(NearbyStoresDocument, { location, first: 20 }).toPromise();
    const stockHere = productsOf(null, HOME_PRODUCTS)
      .then((products) => {
        const lines = products.flatMap((p) => p.skus.map((s) => ({ skuId: s.id, quantity: 1 })));
        return client.query(StockNearDocument, { lines, location, fulfilment: 'PICKUP', first: 20 }).toPromise();
      })
      .catch(() => null);
    void stores.then(async (res) => {
      setStoresLoading(false);
      const nodes = res.data?.nearbyStores.nodes ?? [];
      if (res.error) setStoresError(true);
      nearbyRef.current = nodes;
      setNearby(nodes);
      const chosen = pickNearest(nodes, mode, storeId, sceneCode.current);
      if (chosen && sceneCode.current && chosen.store.code === sceneCode.current) setWelcome(t.home.boundFrom(chosen.store.name));
      sceneCode.current = null;
      if (!chosen) return;
      const report = (await stockHere)?.data?.availability;
      const mine = report?.__typename === 'AvailabilityReport' ? report.stores.find((s) => s.store.id === chosen.store.id) : undefined;
      // Same tick as the switch (which clears the old store's stock): one render with the store and its stock.
      const switched = switchTo(chosen.store.id, cart);
      if (mine) setStock((s) => new Map([...s, ...mine.lines.map((l) => [l.skuId, l.available] as const)]));
      await switched;
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [place]);

  const persist = (c: Cart) => {
    setCart(c);
    if (c.storeId) save(keys.cart(c.storeId), c);
  };

  const stockAt = useCallback(
    async (target: NearbyStore | null, skuIds: string[]): Promise<Map<string, number>> => {
      const out = new Map<string, number>();
      if (!target || skuIds.length === 0) return out;
      const ids = [...new Set(skuIds)];
      const res = await client
        .query(StockNearDocument, {
          lines: ids.map((skuId) => ({ skuId, quantity: 1 })),
          location: { lat: target.store.location.lat, lng: target.store.location.lng, system: 'GCJ02' },
          fulfilment: 'PICKUP',
          first: 3,
        })
        .toPromise();
      const report = res.data?.availability;
      if (report?.__typename !== 'AvailabilityReport') return out;
      const mine = report.stores.find((s) => s.store.id === target.store.id);
      for (const line of mine?.lines ?? []) out.set(line.skuId, line.available);
      return out;
    },
    [],
  );

  // Moving to a store: its own saved cart, or the current lines carried over; either way re-checked
  // against that store's shelves before the shopper sees the total.
  const switchTo = useCallback(
    async (id: string, current: Cart) => {
      setStoreId(id);
      save(keys.storeId, id);
      setStock(new Map());
      const saved = load<Cart | null>(keys.cart(id), null);
      const next = saved && saved.lines.length > 0 ? saved : current.lines.length > 0 && current.storeId !== id ? moveCart(current, id) : saved ?? emptyCart(id);
      if (current.storeId && current.storeId !== id && next !== saved) save(keys.cart(current.storeId), emptyCart(current.storeId));
      setCart(next);
      if (next.lines.length === 0) return;
      const target = nearbyRef.current.find((n) => n.store.id === id) ?? null;
      const levels = await stockAt(target, next.lines.map((l) => l.skuId));
      if (levels.size === 0) return;
      setStock((s) => new Map([...s, ...levels]));
      const { cart: checked, changes } = recheck(next, levels);
      persist(checked);
      const storeName = target?.store.name ?? '';
      setCartNotice(changes.length ? [t.cart.rechecked(storeName), ...changes.map((c) => (c.kind === 'SOLD_OUT' ? t.cart.soldOut(c.name) : t.cart.reduced(c.name, c.to)))] : []);
    },
    [stockAt],
  );

  const nearbyRef = useRef(nearby);
  nearbyRef.current = nearby;
  const stockRef = useRef(stock);
  stockRef.current = stock;

  const value: AppState = {
    signedIn,
    place,
    locating,
    locationDenied,
    mode,
    nearby,
    storesLoading,
    storesError,
    store,
    cart,
    cartNotice,
    stock,
    welcome,
    setMode(m) {
      setModeState(m);
      save(keys.mode, m);
    },
    choosePlace(p) {
      setLocationDenied(false);
      setPlace(p);
      save(keys.place, p);
    },
    relocate,
    async chooseStore(id) {
      // A store beyond the listed nearest ones: read it and add it to the list, so every screen can show it.
      if (!nearbyRef.current.some((n) => n.store.id === id)) {
        const res = await client.query(StoreByIdDocument, { id }).toPromise();
        const s = res.data?.store;
        if (!s) return;
        const { wgs84, status, ...store } = s;
        const here = place && place.system === 'WGS84' ? place : null;
        const extra: NearbyStore = {
          store,
          status,
          openNow: store.openNow,
          canPickup: store.capabilities.includes('PICKUP'),
          deliversHere: false,
          distanceM: here ? metresBetween(here, wgs84) : place ? metresBetween(place, store.location) : 0,
        };
        nearbyRef.current = [...nearbyRef.current, extra];
        setNearby(nearbyRef.current);
      }
      await switchTo(id, cart);
    },
    add(line, quantity = 1) {
      if (!cart.storeId) return;
      persist(addToCart(cart, { ...line, available: stock.get(line.skuId) ?? null }, quantity));
    },
    setQty(skuId, quantity) {
      persist(setQuantity(cart, skuId, quantity));
    },
    replaceCart: persist,
    clearCart(skuIds) {
      persist(skuIds ? { ...cart, lines: cart.lines.filter((l) => !skuIds.includes(l.skuId)) } : emptyCart(cart.storeId));
    },
    async loadStock(skuIds) {
      const unknown = skuIds.filter((id) => !stockRef.current.has(id));
      if (unknown.length === 0) return stockRef.current;
      const levels = await stockAt(store, unknown);
      setStock((s) => new Map([...s, ...levels]));
      return levels;
    },
    async recheckCart() {
      const levels = await stockAt(store, cart.lines.map((l) => l.skuId));
      setStock((s) => new Map([...s, ...levels]));
      const { cart: checked, changes } = recheck(cart, levels);
      persist(checked);
      return changes;
    },
    dismissNotice: () => setCartNotice([]),
  };
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}
