// Prices and store delivery terms as this process last read them. Checkout prices a cart from here and the
// placing statement re-checks every price and term against the tables under its locks, so a stale entry can
// cost a retry but never an order at an old price; refusals are only ever given on fresh figures.
import type { EntityManager } from '@mikro-orm/postgresql';
import { priceKey, pricesAndTerms, type SkuPrice, type StoreTerms } from './checkout.repository';

/** How long an entry is used before it is read again; correctness does not depend on it. */
const TTL_MS = 60_000;
/** Bounds memory for very large catalogues: past this many entries the book starts over. */
const MAX_ENTRIES = 50_000;

interface Entry<T> {
  value: T;
  readAt: number;
}

export interface PriceQuote {
  prices: Map<string, SkuPrice>;
  terms: Map<string, StoreTerms>;
  /** True when every figure came from the book; false when any was read from the database just now. */
  cached: boolean;
}

export class PriceBook {
  /** By SKU, for SKUs no store prices on its own: the same price at every store, one entry for all of them. */
  private readonly skus = new Map<string, Entry<SkuPrice>>();
  /** By priceKey(store, SKU), for SKUs some store prices on its own. */
  private readonly pairs = new Map<string, Entry<SkuPrice>>();
  private readonly stores = new Map<string, Entry<StoreTerms>>();

  constructor(private readonly now: () => number = Date.now) {}

  /**
   * Prices of SKUs at stores (active ones only), keyed by priceKey, and terms of the stores; `fresh` reads all of
   * them again. `priceAt` is the moment the prices are for (scheduled prices change within the TTL at most late).
   */
  async quote(
    em: EntityManager,
    pairs: { storeId: string; skuId: string }[],
    storeIds: string[],
    fresh = false,
    priceAt: Date = new Date(this.now()),
  ): Promise<PriceQuote> {
    const at = this.now();
    const valid = <T>(e: Entry<T> | undefined): e is Entry<T> => e !== undefined && at - e.readAt < TTL_MS;
    // Keyed per SKU, a cart over 60 stores and 300 SKUs finds its prices after the first read of each SKU; keyed per
    // pair it read the database on nine checkouts in ten (18,000 pairs against a 60 s TTL).
    const lookup = (p: { storeId: string; skuId: string }) => {
      const everywhere = this.skus.get(p.skuId);
      if (valid(everywhere)) return everywhere.value;
      const own = this.pairs.get(priceKey(p.storeId, p.skuId));
      return valid(own) ? own.value : undefined;
    };
    const missingPairs = fresh ? pairs : pairs.filter((p) => !lookup(p));
    const missingStores = fresh ? storeIds : storeIds.filter((id) => !valid(this.stores.get(id)));
    if (missingPairs.length || missingStores.length) {
      const read = await pricesAndTerms(em, missingPairs, missingStores, priceAt);
      if (this.skus.size + this.pairs.size + this.stores.size > MAX_ENTRIES) this.clear();
      // A SKU that is gone or off sale is simply not in the book, so it is asked about again next time.
      for (const p of missingPairs) {
        this.skus.delete(p.skuId);
        this.pairs.delete(priceKey(p.storeId, p.skuId));
      }
      for (const [key, value] of read.prices) {
        if (read.storePriced.has(value.skuId)) this.pairs.set(key, { value, readAt: at });
        else this.skus.set(value.skuId, { value, readAt: at });
      }
      for (const [id, value] of read.terms) this.stores.set(id, { value, readAt: at });
    }
    const prices = new Map<string, SkuPrice>();
    for (const p of pairs) {
      const value = lookup(p);
      if (value) prices.set(priceKey(p.storeId, p.skuId), value);
    }
    const terms = new Map<string, StoreTerms>();
    for (const id of storeIds) {
      const e = this.stores.get(id);
      if (e) terms.set(id, e.value);
    }
    return { prices, terms, cached: missingPairs.length === 0 && missingStores.length === 0 };
  }

  clear(): void {
    this.skus.clear();
    this.pairs.clear();
    this.stores.clear();
  }
}
