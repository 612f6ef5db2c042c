// Cart rules, pure: one cart per store, lines keyed by SKU, quantities bounded by what the store holds.

export interface CartLine {
  skuId: string;
  productId: string;
  name: string;
  /** e.g. "12瓶装 / 冰" ; empty when the product has one SKU */
  spec: string;
  unitPriceFen: number;
  quantity: number;
  image?: string | null;
  /** Units the store can still sell, when known; null = not checked yet */
  available?: number | null;
}

export interface Cart {
  storeId: string;
  lines: CartLine[];
  /** When the lines were last checked against the store's stock (ms since epoch) */
  checkedAt?: number;
}

export const MAX_PER_LINE = 99;

export const emptyCart = (storeId: string): Cart => ({ storeId, lines: [] });

function limit(line: Pick<CartLine, 'available'>): number {
  return line.available == null ? MAX_PER_LINE : Math.min(MAX_PER_LINE, Math.max(0, line.available));
}

/** Adds units of a SKU (merging with its line); never beyond the stock known or 99. */
export function addToCart(cart: Cart, line: Omit<CartLine, 'quantity'>, quantity = 1): Cart {
  if (!Number.isInteger(quantity) || quantity < 1) return cart;
  const existing = cart.lines.find((l) => l.skuId === line.skuId);
  if (existing) {
    const merged = {
      ...existing,
      ...line,
      quantity: Math.min(limit({ available: line.available ?? existing.available }), existing.quantity + quantity),
    };
    return { ...cart, lines: cart.lines.map((l) => (l.skuId === line.skuId ? merged : l)) };
  }
  const q = Math.min(limit(line), quantity);
  if (q < 1) return cart;
  return { ...cart, lines: [...cart.lines, { ...line, quantity: q }] };
}

/** Sets a line's quantity; 0 removes it. */
export function setQuantity(cart: Cart, skuId: string, quantity: number): Cart {
  if (quantity <= 0) return { ...cart, lines: cart.lines.filter((l) => l.skuId !== skuId) };
  return {
    ...cart,
    lines: cart.lines
      .map((l) => (l.skuId === skuId ? { ...l, quantity: Math.min(limit(l), Math.floor(quantity)) } : l))
      .filter((l) => l.quantity > 0),
  };
}

export function quantityOf(cart: Cart, skuId: string): number {
  return cart.lines.find((l) => l.skuId === skuId)?.quantity ?? 0;
}

/** Lines the shopper can order now (sold-out lines stay visible but are not ordered). */
export function orderableLines(cart: Cart): CartLine[] {
  return cart.lines.filter((l) => l.available == null || l.available > 0);
}

export function cartCount(cart: Cart): number {
  return orderableLines(cart).reduce((n, l) => n + l.quantity, 0);
}

/** Goods total in fen, as shown before the server prices the checkout. */
export function goodsFen(cart: Cart): number {
  return orderableLines(cart).reduce((sum, l) => sum + l.unitPriceFen * l.quantity, 0);
}

export type CartChange =
  { kind: 'SOLD_OUT'; skuId: string; name: string } | { kind: 'REDUCED'; skuId: string; name: string; from: number; to: number };

/**
 * Re-checks a cart against a store's stock (after a store switch, a restart or a refused checkout):
 * lines above what is available are cut to it, sold-out lines are marked (kept, so the shopper sees why).
 */
export function recheck(cart: Cart, available: ReadonlyMap<string, number>, now = Date.now()): { cart: Cart; changes: CartChange[] } {
  const changes: CartChange[] = [];
  const lines = cart.lines.map((l) => {
    const have = available.get(l.skuId) ?? 0;
    if (have <= 0) {
      if (l.available == null || l.available > 0) changes.push({ kind: 'SOLD_OUT', skuId: l.skuId, name: l.name });
      return { ...l, available: 0 };
    }
    if (l.quantity > have) {
      changes.push({ kind: 'REDUCED', skuId: l.skuId, name: l.name, from: l.quantity, to: have });
      return { ...l, quantity: have, available: have };
    }
    return { ...l, available: have };
  });
  return { cart: { ...cart, lines, checkedAt: now }, changes };
}

/**
 * Moves a cart to another store: the lines come along (the shopper chose the goods, not the shelf),
 * unchecked until the new store's stock is read.
 */
export function moveCart(cart: Cart, storeId: string): Cart {
  return { storeId, lines: cart.lines.map((l) => ({ ...l, available: null })) };
}

export type StockLevel = 'IN_STOCK' | 'FEW_LEFT' | 'SOLD_OUT';

export const FEW_LEFT_AT = 5;

export function stockLevel(available: number | null | undefined): StockLevel | null {
  if (available == null) return null;
  if (available <= 0) return 'SOLD_OUT';
  if (available <= FEW_LEFT_AT) return 'FEW_LEFT';
  return 'IN_STOCK';
}
