// The cart for the chosen store (kept per store in storage), and the notice of what changed when it was
// re-checked against that store's shelves.
import { addToCart, emptyCart, moveCart, recheck, setQuantity, type Cart, type CartChange, type CartLine } from '../lib/cart';
import { keys, load, save } from '../lib/storage';
import { createStore, useStore } from '../lib/store';
import { t } from '../strings';
import { addShelf, stockAt, stockStore, type StockTarget } from './stock';

interface CartState {
  cart: Cart;
  /** What a re-check changed, shown until dismissed. */
  notice: string[];
}

export const cartStore = createStore<CartState>({ cart: emptyCart(''), notice: [] });

export const useCart = () => useStore(cartStore, (s) => s.cart);
export const useCartNotice = () => useStore(cartStore, (s) => s.notice);

function persist(cart: Cart) {
  cartStore.set((s) => ({ ...s, cart }));
  if (cart.storeId) save(keys.cart(cart.storeId), cart);
}

export function addLine(line: Omit<CartLine, 'quantity' | 'available'>, quantity = 1) {
  const { cart } = cartStore.get();
  if (!cart.storeId) return;
  persist(addToCart(cart, { ...line, available: stockStore.get().levels.get(line.skuId) ?? null }, quantity));
}

export const setLineQuantity = (skuId: string, quantity: number) => persist(setQuantity(cartStore.get().cart, skuId, quantity));

export const replaceCart = (cart: Cart) => persist(cart);

/** Empties the cart, or takes out only these SKUs (e.g. the ones just paid for). */
export function clearCart(skuIds?: string[]) {
  const { cart } = cartStore.get();
  persist(skuIds ? { ...cart, lines: cart.lines.filter((l) => !skuIds.includes(l.skuId)) } : emptyCart(cart.storeId));
}

export const dismissCartNotice = () => cartStore.set((s) => ({ ...s, notice: [] }));

const noticeOf = (storeName: string, changes: CartChange[]) =>
  changes.length
    ? [t.cart.rechecked(storeName), ...changes.map((c) => (c.kind === 'SOLD_OUT' ? t.cart.soldOut(c.name) : t.cart.reduced(c.name, c.to)))]
    : [];

/** The cart against the chosen store's shelves now: lines cut to what is there; returns what changed. */
export async function recheckCart(): Promise<CartChange[]> {
  const { cart } = cartStore.get();
  const shelf = await stockAt(
    stockStore.get().store,
    cart.lines.map((l) => l.skuId),
  );
  addShelf(shelf);
  const { levels } = shelf;
  if (levels.size === 0) return [];
  const { cart: checked, changes } = recheck(cartStore.get().cart, levels);
  persist(checked);
  return changes;
}

/**
 * Moving to a store: its own saved cart, or the current lines carried over; either way re-checked against that
 * store's shelves before the shopper sees the total.
 */
export async function moveCartTo(target: StockTarget & { name: string }) {
  const current = cartStore.get().cart;
  const saved = load<Cart | null>(keys.cart(target.id), null);
  const next =
    saved && saved.lines.length > 0
      ? saved
      : current.lines.length > 0 && current.storeId !== target.id
        ? moveCart(current, target.id)
        : (saved ?? emptyCart(target.id));
  if (current.storeId && current.storeId !== target.id && next !== saved) save(keys.cart(current.storeId), emptyCart(current.storeId));
  cartStore.set((s) => ({ ...s, cart: next }));
  if (next.lines.length === 0) return;
  const shelf = await stockAt(
    target,
    next.lines.map((l) => l.skuId),
  );
  const { levels } = shelf;
  if (levels.size === 0) return;
  addShelf(shelf);
  const { cart: checked, changes } = recheck(next, levels);
  persist(checked);
  cartStore.set((s) => ({ ...s, notice: noticeOf(target.name, changes) }));
}
