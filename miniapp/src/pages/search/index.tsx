import { Input, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { CartBar } from '../../components/CartBar';
import { ProductRow } from '../../components/ProductRow';
import { SpecPicker } from '../../components/SpecPicker';
import { SearchProductsDocument, type ProductFieldsFragment } from '../../generated/graphql';
import { client } from '../../state/api';
import { useApp } from '../../state/app-state';
import { t } from '../../strings';
import './index.scss';

const SEARCH_RESULTS = 40;
/** Typing pauses this long before the API is asked, so a word is one request, not one per keystroke. */
const TYPING_PAUSE_MS = 250;

/** Search by name, answered by the API over what the chosen store carries. */
export default function Search() {
  const app = useApp();
  const storeId = app.store?.store.id;
  const [query, setQuery] = useState('');
  // The answer names the words it answers, so "nothing found" never shows for words still being asked about.
  const [answer, setAnswer] = useState<{ search: string; hits: ProductFieldsFragment[] }>({ search: '', hits: [] });
  const [picking, setPicking] = useState<ProductFieldsFragment | null>(null);
  useEffect(() => {
    const search = query.trim();
    if (!search) return setAnswer({ search, hits: [] });
    let current = true;
    const timer = setTimeout(() => {
      void client.query(SearchProductsDocument, { search, storeId, first: SEARCH_RESULTS }).toPromise().then((res) => {
        if (current) setAnswer({ search, hits: res.data?.products.nodes ?? [] });
      });
    }, TYPING_PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, storeId]);
  const hits = answer.search === query.trim() ? answer.hits : [];
  useEffect(() => {
    if (hits.length) void app.loadStock(hits.flatMap((p) => p.skus.map((s) => s.id)));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [hits]);
  return (
    <View className='search'>
      <View className='search__bar'>
        <Input className='search__input' focus placeholder={t.search.placeholder} value={query} onInput={(e) => setQuery(e.detail.value)} confirmType='search' data-testid='search-input' />
      </View>
      {query.trim() === '' && <View className='empty'>{t.search.hint}</View>}
      {query.trim() !== '' && answer.search === query.trim() && hits.length === 0 && <View className='empty'>{t.search.none(query.trim())}</View>}
      {hits.map((p) => <ProductRow key={p.id} product={p} onChooseSpec={setPicking} />)}
      <View className='safe-bottom' />
      <CartBar />
      <SpecPicker product={picking} onClose={() => setPicking(null)} />
    </View>
  );
}
