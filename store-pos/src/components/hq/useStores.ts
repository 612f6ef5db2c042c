// Every store for the console's pickers (the demo chain and real ones fit in one page of 100).
import { useQuery } from 'urql';
import { HqStoreListDocument, type HqStoreListQuery } from '../../generated/graphql';

export type StoreOption = HqStoreListQuery['stores']['nodes'][number];

export function useStores(): StoreOption[] {
  const [{ data }] = useQuery({ query: HqStoreListDocument, requestPolicy: 'cache-first' });
  return data?.stores.nodes ?? [];
}

export function storeLabel(stores: StoreOption[], id: string | null | undefined): string {
  const s = stores.find((x) => x.id === id);
  return s ? `${s.code} ${s.name}` : '';
}
