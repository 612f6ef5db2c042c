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

/** Products of a category (all when null), cached for the session: the catalog is the same at every store. */
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
    void client.query(ProductsDocument, { categoryId, first }).toPromise().then((res) => {
      const products = res.data?.products.nodes ?? [];
      if (!res.error) productCache.set(key, products);
      setState({ products, loading: false, error: !!res.error });
    });
  }, [key]);
  return state;
}

export async function allProducts(): Promise<ProductFieldsFragment[]> {
  const key = '*:100';
  if (productCache.has(key)) return productCache.get(key)!;
  const res = await client.query(ProductsDocument, { categoryId: null, first: 100 }).toPromise();
  const products = res.data?.products.nodes ?? [];
  if (!res.error) productCache.set(key, products);
  return products;
}
