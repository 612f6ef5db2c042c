// Catalog reads shared by the home, category and search screens, plus the category the home page asked the
// category tab to open (switchTab cannot carry a query).
import { useEffect, useState } from 'react';
import { CategoriesDocument, ProductsDocument, type CategoriesQuery, type ProductFieldsFragment } from '../generated/graphql';
import { client } from './api';

export const pendingCategory: { id: string | null } = { id: null };

let categoriesCache: CategoriesQuery['categories'] | null = null;
const productCache = new Map<string, ProductFieldsFragment[]>();

export function useCategories() {
  const [categories, setCategories] = useState(categoriesCache ?? []);
  useEffect(() => {
    if (categoriesCache) return;
    void client.query(CategoriesDocument, {}).toPromise().then((res) => {
      categoriesCache = res.data?.categories ?? null;
      setCategories(categoriesCache ?? []);
    });
  }, []);
  return categories;
}

const productRequests = new Map<string, Promise<ProductFieldsFragment[]>>();

/** One request per list for the session (the catalog is the same at every store); failures are asked again. */
export function productsOf(categoryId: string | null, first: number): Promise<ProductFieldsFragment[]> {
  const key = `${categoryId ?? '*'}:${first}`;
  let request = productRequests.get(key);
  if (!request) {
    request = client
      .query(ProductsDocument, { categoryId, first })
      .toPromise()
      .then((res) => {
        if (res.error) {
          productRequests.delete(key);
          throw res.error;
        }
        const products = res.data?.products.nodes ?? [];
        productCache.set(key, products);
        return products;
      });
    productRequests.set(key, request);
  }
  return request;
}

/** What the home page lists (and whose stock is read together with the nearest stores). */
export const HOME_PRODUCTS = 12;

/** Products of a category (all when null). */
export function useProducts(categoryId: string | null, first = 100) {
  const key = `${categoryId ?? '*'}:${first}`;
  const [state, setState] = useState<{ products: ProductFieldsFragment[]; loading: boolean; error: boolean }>({ products: productCache.get(key) ?? [], loading: !productCache.has(key), error: false });
  useEffect(() => {
    const cached = productCache.get(key);
    if (cached) {
      setState({ products: cached, loading: false, error: false });
      return;
    }
    setState((s) => ({ ...s, loading: true }));
    // A list asked for earlier may answer after the one now shown (a quick tap on another category): drop it.
    let current = true;
    productsOf(categoryId, first).then(
      (products) => current && setState({ products, loading: false, error: false }),
      () => current && setState({ products: [], loading: false, error: true }),
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return state;
}

