import { Input, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { useRead } from '../../api/use-read';
import { CartBar } from '../../components/CartBar';
import { Loaded } from '../../components/Loaded';
import { ProductRow } from '../../components/ProductRow';
import { SpecPicker } from '../../components/SpecPicker';
import { SearchProductsDocument, type ProductFieldsFragment } from '../../generated/graphql';
import { loadStock } from '../../state/stock';
import { useChosenStore } from '../../state/stores';
import { t } from '../../strings';
import './index.scss';

const SEARCH_RESULTS = 40;
/** Typing pauses this long before the API is asked, so a word is one request, not one per keystroke. */
const TYPING_PAUSE_MS = 250;

/** Search by name, answered by the API over what the chosen store carries. */
export default function Search() {
  const storeId = useChosenStore()?.store.id;
  const [query, setQuery] = useState('');
  const [asked, setAsked] = useState('');
  const [picking, setPicking] = useState<ProductFieldsFragment | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setAsked(query.trim()), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [query]);
  const read = useRead({ query: SearchProductsDocument, variables: { search: asked, storeId, first: SEARCH_RESULTS }, pause: !asked });
  // An answer shows only for the words on screen, so "nothing found" never shows for words still being asked about.
  const current = asked !== '' && asked === query.trim() && !read.fetching;
  const hits = current ? read.data?.products.nodes : undefined;
  useEffect(() => {
    if (hits?.length) void loadStock(hits.flatMap((p) => p.skus.map((s) => s.id)));
  }, [hits]);
  return (
    <View className="search">
      <View className="search__bar">
        <Input
          className="search__input"
          focus
          placeholder={t.search.placeholder}
          value={query}
          onInput={(e) => setQuery(e.detail.value)}
          confirmType="search"
          data-testid="search-input"
        />
      </View>
      {query.trim() === '' && <View className="empty">{t.search.hint}</View>}
      {query.trim() !== '' && (
        <Loaded read={{ ...read, data: hits }}>
          {(found) =>
            found.length === 0 ? (
              <View className="empty">{t.search.none(query.trim())}</View>
            ) : (
              found.map((p) => <ProductRow key={p.id} product={p} onChooseSpec={setPicking} />)
            )
          }
        </Loaded>
      )}
      <View className="safe-bottom" />
      <CartBar />
      <SpecPicker product={picking} onClose={() => setPicking(null)} />
    </View>
  );
}
