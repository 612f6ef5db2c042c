import { Input, View } from '@tarojs/components';
import { useEffect, useMemo, useState } from 'react';
import { CartBar } from '../../components/CartBar';
import { ProductRow } from '../../components/ProductRow';
import { SpecPicker } from '../../components/SpecPicker';
import type { ProductFieldsFragment } from '../../generated/graphql';
import { useApp } from '../../state/app-state';
import { allProducts } from '../../state/catalog';
import { t } from '../../strings';
import './index.scss';

/** Search by name over the catalog (the API's own search replaces the local match when it lands). */
export default function Search() {
  const app = useApp();
  const [query, setQuery] = useState('');
  const [products, setProducts] = useState<ProductFieldsFragment[]>([]);
  const [picking, setPicking] = useState<ProductFieldsFragment | null>(null);
  useEffect(() => void allProducts().then(setProducts), []);
  const hits = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q) return [];
    return products.filter((p) => p.name.toLowerCase().includes(q) || p.category.name.includes(q) || p.description.includes(q)).slice(0, 40);
  }, [query, products]);
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
      {query.trim() !== '' && hits.length === 0 && <View className='empty'>{t.search.none(query.trim())}</View>}
      {hits.map((p) => <ProductRow key={p.id} product={p} onChooseSpec={setPicking} />)}
      <View className='safe-bottom' />
      <CartBar />
      <SpecPicker product={picking} onClose={() => setPicking(null)} />
    </View>
  );
}
