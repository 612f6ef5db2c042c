// Pure routing rules: why a store cannot serve a cart, and the fewest stores that can share it.
import type { CartLine, Fulfilment, StoreFacts } from './routing.repository';

export enum Ineligibility {
  STORE_PAUSED = 'STORE_PAUSED',
  STORE_CLOSED_DOWN = 'STORE_CLOSED_DOWN',
  NO_DELIVERY = 'NO_DELIVERY',
  NO_PICKUP = 'NO_PICKUP',
  OUT_OF_ZONE = 'OUT_OF_ZONE',
  NOT_OPEN = 'NOT_OPEN',
  OUT_OF_STOCK = 'OUT_OF_STOCK',
}

export type StockLookup = (storeId: string, skuId: string) => number;

/** Every reason except stock: what stops the store serving this point at this time at all. */
export function serviceReasons(store: StoreFacts, fulfilment: Fulfilment): Ineligibility[] {
  const reasons: Ineligibility[] = [];
  if (store.status === 'PAUSED') reasons.push(Ineligibility.STORE_PAUSED);
  if (store.status === 'CLOSED') reasons.push(Ineligibility.STORE_CLOSED_DOWN);
  if (fulfilment === 'DELIVERY') {
    if (!store.canDeliver) reasons.push(Ineligibility.NO_DELIVERY);
    else if (!store.deliversHere) reasons.push(Ineligibility.OUT_OF_ZONE);
  } else if (!store.canPickup) reasons.push(Ineligibility.NO_PICKUP);
  if (!store.open) reasons.push(Ineligibility.NOT_OPEN);
  return reasons;
}

export function shortLines(storeId: string, lines: CartLine[], stock: StockLookup): CartLine[] {
  return lines.filter((l) => stock(storeId, l.skuId) < l.quantity);
}

export function reasonsFor(store: StoreFacts, fulfilment: Fulfilment, lines: CartLine[], stock: StockLookup) {
  const reasons = serviceReasons(store, fulfilment);
  const short = shortLines(store.storeId, lines, stock);
  if (short.length > 0) reasons.push(Ineligibility.OUT_OF_STOCK);
  return { reasons, short };
}

export interface SplitPart {
  store: StoreFacts;
  lines: CartLine[];
}

/**
 * The fewest stores (up to maxStores) that together hold every line, each line whole at one store.
 * Among equally small sets the one with the least total distance wins; each line goes to the nearest
 * store of the set that holds it. Exhaustive over combinations: candidates are few (tens) and sets tiny.
 */
export function planSplit(lines: CartLine[], stores: StoreFacts[], stock: StockLookup, maxStores: number): SplitPart[] | undefined {
  const byDistance = [...stores].sort((a, b) => a.distanceM - b.distanceM || a.storeId.localeCompare(b.storeId));
  const serves = byDistance.map((s) => new Set(lines.filter((l) => stock(s.storeId, l.skuId) >= l.quantity).map((l) => l.skuId)));
  const useful = byDistance.map((_, i) => i).filter((i) => serves[i]!.size > 0);
  for (let size = 1; size <= Math.min(maxStores, useful.length); size++) {
    let best: { set: number[]; distance: number } | undefined;
    for (const set of combinations(useful, size)) {
      if (!lines.every((l) => set.some((i) => serves[i]!.has(l.skuId)))) continue;
      const distance = set.reduce((sum, i) => sum + byDistance[i]!.distanceM, 0);
      if (!best || distance < best.distance) best = { set, distance };
    }
    if (best) {
      const chosen = best.set;
      const parts = chosen.map((i) => ({ store: byDistance[i]!, lines: [] as CartLine[] }));
      for (const line of lines) parts.find((_, k) => serves[chosen[k]!]!.has(line.skuId))!.lines.push(line);
      return parts.filter((p) => p.lines.length > 0);
    }
  }
  return undefined;
}

/**
 * A split within one city cluster (a checkout never spans two: docs/scale.md): the shopper's cluster is tried first,
 * the one of the nearest store, then the others by their nearest store; the first cluster whose stores can share the
 * cart gives the plan.
 */
export function planSplitInOneCluster(
  lines: CartLine[],
  stores: StoreFacts[],
  stock: StockLookup,
  maxStores: number,
): SplitPart[] | undefined {
  const byDistance = [...stores].sort((a, b) => a.distanceM - b.distanceM || a.storeId.localeCompare(b.storeId));
  for (const cluster of new Set(byDistance.map((s) => s.clusterId))) {
    const plan = planSplit(
      lines,
      byDistance.filter((s) => s.clusterId === cluster),
      stock,
      maxStores,
    );
    if (plan) return plan;
  }
  return undefined;
}

function* combinations(items: number[], size: number, start = 0, prefix: number[] = []): Generator<number[]> {
  if (prefix.length === size) {
    yield prefix;
    return;
  }
  for (let i = start; i <= items.length - (size - prefix.length); i++) {
    yield* combinations(items, size, i + 1, [...prefix, items[i]!]);
  }
}

/** Merges repeated SKUs and rejects quantities a cart cannot have. */
export function normaliseLines(lines: CartLine[]): { ok: true; lines: CartLine[] } | { ok: false; message: string } {
  const merged = new Map<string, number>();
  for (const l of lines) {
    if (!Number.isInteger(l.quantity) || l.quantity < 1)
      return { ok: false, message: `quantity of ${l.skuId} must be a whole number of at least 1` };
    merged.set(l.skuId, (merged.get(l.skuId) ?? 0) + l.quantity);
  }
  if (merged.size === 0) return { ok: false, message: 'a cart needs at least one line' };
  return { ok: true, lines: [...merged].map(([skuId, quantity]) => ({ skuId, quantity })) };
}
