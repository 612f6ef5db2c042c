import { useQuery } from 'urql';
import { StoreNameDocument } from '../generated/graphql';

/** The clerk's store for the top bar (code and name) and its time zone; null for HQ. */
export function useStoreName(storeId: string | null): { label: string; timeZone: string } | null {
  const [{ data }] = useQuery({
    query: StoreNameDocument,
    variables: { id: storeId ?? '' },
    pause: !storeId,
    requestPolicy: 'cache-first',
  });
  return data?.store ? { label: `${data.store.code} ${data.store.name}`, timeZone: data.store.timeZone } : null;
}
