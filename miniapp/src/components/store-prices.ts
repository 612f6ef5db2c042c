// What the chosen store charges for a product's SKUs (its own price, its group's, else the chain's) and the
// 划线价 the 7-day rule allows there: the API decides both; a screen only falls back to the chain price
// until the answer arrives.
import { useRead } from '../api/use-read';
import { ProductPricesAtDocument } from '../generated/graphql';
import { useChosenStore } from '../state/stores';

export interface PriceHere {
  price: number;
  /** 划线价, only where the API allows one. */
  was: number | null;
}

export function useStorePrices(productId: string | undefined): ReadonlyMap<string, PriceHere> {
  const store = useChosenStore();
  const skus = useRead({
    query: ProductPricesAtDocument,
    variables: { id: productId ?? '', storeId: store?.store.id ?? '' },
    pause: !store || !productId,
    requestPolicy: 'cache-and-network',
  }).data?.product?.skus;
  return new Map((skus ?? []).map((k) => [k.id, { price: k.priceAt, was: k.compareAtFenAt ?? null }]));
}

/** The SKU's price at the chosen store when known, else the chain price. */
export function priceHere(prices: ReadonlyMap<string, PriceHere>, sku: { id: string; priceFen: number }): PriceHere {
  return prices.get(sku.id) ?? { price: sku.priceFen, was: null };
}
