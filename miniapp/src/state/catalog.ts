// Catalog reads shared by the home, category and search screens (the same at every store, so read once per
// session from urql's document cache), plus the category the home page asked the category tab to open
// (switchTab cannot carry a query).
import { client } from '../api/app-client';
import { useRead } from '../api/use-read';
import { CategoriesDocument, ProductsDocument, type ProductFieldsFragment } from '../generated/graphql';

export const pendingCategory: { id: string | null } = { id: null };

/** What the home page lists (and whose stock is read together with the nearest stores). */
export const HOME_PRODUCTS = 12;

export const useCategories = () => useRead({ query: CategoriesDocument, requestPolicy: 'cache-first' });

/** Products of a category (all when null); waits while `pause`. */
export const useProducts = (categoryId: string | null, first = 100, pause = false) =>
  useRead({ query: ProductsDocument, variables: { categoryId, first }, requestPolicy: 'cache-first', pause });

/** The home page's products, shared with its read above (same variables: one request, then the cache). */
export async function homeProducts(): Promise<ProductFieldsFragment[]> {
  const res = await client
    .query(ProductsDocument, { categoryId: null, first: HOME_PRODUCTS }, { requestPolicy: 'cache-first' })
    .toPromise();
  if (!res.data) throw res.error ?? new Error('no products');
  return res.data.products.nodes;
}
