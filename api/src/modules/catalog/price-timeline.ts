// What a SKU costs at a store at a moment, from its price rows (chain, store group and store; open-ended and
// windows), and when a 划线价 may be shown: only when it is the lowest price of the 7 days before the current
// price began (规范促销行为暂行规定 art. 8). priceAt mirrors the SQL function sku_price_at (migration 20261206d).

export interface PriceRow {
  /** A store's own price; null with a null storeGroupId: the chain's price. */
  storeId: string | null;
  /** A store group's price (never with a storeId). */
  storeGroupId: string | null;
  priceFen: number;
  startsAt: Date;
  /** null: until a later start replaces it. A closed window (a promotion) sits on top while it runs. */
  endsAt: Date | null;
  createdAt: Date;
}

const DAY_MS = 86_400_000;

function pick(rows: readonly PriceRow[], at: number): PriceRow | undefined {
  let best: PriceRow | undefined;
  for (const r of rows) {
    if (r.startsAt.getTime() > at || (r.endsAt && r.endsAt.getTime() <= at)) continue;
    if (!best) best = r;
    else {
      const rank = (x: PriceRow) => [x.endsAt ? 1 : 0, x.startsAt.getTime(), x.createdAt.getTime()];
      const [a, b] = [rank(r), rank(best)];
      const i = a.findIndex((v, k) => v !== b[k]);
      if (i >= 0 && a[i]! > b[i]!) best = r;
    }
  }
  return best;
}

/** Where a price is asked for: a store and the groups it is in; null: the chain. */
export type PricePlace = { storeId: string; groupIds: readonly string[] } | null;

/**
 * The store's own price, else its groups' price, else the chain's, else the list price. A store in several groups
 * that each price the SKU pays the one that ranks first as within one place: a window over an open-ended price,
 * then the later start, then the later entry.
 */
export function priceAt(rows: readonly PriceRow[], listPriceFen: number, place: PricePlace, at: Date): number {
  const t = at.getTime();
  const own = place
    ? pick(
        rows.filter((r) => r.storeId === place.storeId),
        t,
      )
    : undefined;
  const group =
    !own && place?.groupIds.length
      ? pick(
          rows.filter((r) => r.storeGroupId !== null && place.groupIds.includes(r.storeGroupId)),
          t,
        )
      : undefined;
  return (
    (
      own ??
      group ??
      pick(
        rows.filter((r) => r.storeId === null && r.storeGroupId === null),
        t,
      )
    )?.priceFen ?? listPriceFen
  );
}

function breakpoints(rows: readonly PriceRow[]): number[] {
  const points = new Set<number>();
  for (const r of rows) {
    points.add(r.startsAt.getTime());
    if (r.endsAt) points.add(r.endsAt.getTime());
  }
  return [...points].sort((a, b) => a - b);
}

/** The lowest price charged over [from, to): prices only change at a row's start or end. */
export function lowestPrice(rows: readonly PriceRow[], listPriceFen: number, place: PricePlace, from: Date, to: Date): number {
  const at = (t: number) => priceAt(rows, listPriceFen, place, new Date(t));
  let lowest = at(from.getTime());
  for (const p of breakpoints(rows)) if (p > from.getTime() && p < to.getTime()) lowest = Math.min(lowest, at(p));
  return lowest;
}

/** The 划线价 to show beside the current price, or null when the rule does not allow one. */
export function compareAtToShow(
  rows: readonly PriceRow[],
  listPriceFen: number,
  place: PricePlace,
  compareAtFen: number | null,
  now: Date,
): number | null {
  const current = priceAt(rows, listPriceFen, place, now);
  if (!compareAtFen || compareAtFen <= current) return null;
  // When the current price began: the latest change at or before now after which the price is what it is now.
  const changes = breakpoints(rows).filter((p) => p <= now.getTime());
  let began: number | undefined;
  for (let i = changes.length - 1; i >= 0; i--) {
    if (priceAt(rows, listPriceFen, place, new Date(changes[i]! - 1)) !== current) {
      began = changes[i];
      break;
    }
  }
  if (began === undefined) return null;
  // Before its first price row the SKU had no recorded price (a new product): that time proves no 原价.
  const since = Math.max(began - 7 * DAY_MS, Math.min(...rows.map((r) => r.startsAt.getTime())));
  if (since >= began) return null;
  const lowest = lowestPrice(rows, listPriceFen, place, new Date(since), new Date(began));
  return compareAtFen === lowest ? compareAtFen : null;
}

/** Closed windows of one SKU at one place (the chain, a store group or a store) may not overlap: which one would the shopper pay? */
export function overlappingWindow<T extends { startsAt: Date; endsAt: Date | null }>(
  existing: readonly T[],
  window: { startsAt: Date; endsAt: Date },
): T | undefined {
  return existing.find((r) => r.endsAt && r.startsAt < window.endsAt && window.startsAt < r.endsAt);
}
