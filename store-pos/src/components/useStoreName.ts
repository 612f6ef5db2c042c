import { useQuery } from 'urql';
import { StoreNameDocument } from '../generated/graphql';

/** The clerk's store name for the top bar; null for HQ. */
export function useStoreName(storeId: string | null): string | null {
  const [{ data }] = useQuery({ query: StoreNameDocument, variables: { id: storeId ?? '' }, pause: !storeId, requestPolicy: 'cache-first' });
  return data?.store ? `${data.store.code} ${data.store.name}` : null;
}
