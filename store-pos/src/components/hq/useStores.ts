// Every store for the console's pickers, page by page (a chain may have more than the API's 100 a page).
import { HqStoreListDocument, type HqStoreListQuery } from '../../generated/graphql';
import { useAllPages } from './useAllPages';

export type StoreOption = HqStoreListQuery['stores']['nodes'][number];

const pick = (d: HqStoreListQuery) => d.stores;

export function useStores(): StoreOption[] {
  return useAllPages(HqStoreListDocument, pick).nodes ?? [];
}

export function storeLabel(stores: StoreOption[], id: string | null | undefined): string {
  const s = stores.find((x) => x.id === id);
  return s ? `${s.code} ${s.name}` : '';
}
