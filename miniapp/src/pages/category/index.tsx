import { ScrollView, Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { CartBar } from '../../components/CartBar';
import { ProductRow } from '../../components/ProductRow';
import { SpecPicker } from '../../components/SpecPicker';
import type { ProductFieldsFragment } from '../../generated/graphql';
import { useApp } from '../../state/app-state';
import { pendingCategory, useCategories, useProducts } from '../../state/catalog';
import { t } from '../../strings';
import './index.scss';

export default function Category() {
  const app = useApp();
  const categories = useCategories();
  const [active, setActive] = useState<string | null>(pendingCategory.id);
  const current = active ?? categories[0]?.id ?? null;
  const { products, loading } = useProducts(current);
  const [picking, setPicking] = useState<ProductFieldsFragment | null>(null);
  useDidShow(() => {
    if (pendingCategory.id) setActive(pendingCategory.id);
    pendingCategory.id = null;
  });
  const storeId = app.store?.store.id;
  useEffect(() => {
    if (storeId && products.length) void app.loadStock(products.flatMap((p) => p.skus.map((s) => s.id)));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [storeId, products]);

  return (
    <View className='category'>
      <View className='category__store'>
        <Text className='muted'>{app.store ? `${app.store.store.name} · ${t.mode[app.mode]}` : t.common.loading}</Text>
      </View>
      <View className='category__body'>
        <ScrollView scrollY className='category__side'>
          {categories.map((c) => (
            <View key={c.id} className={`category__tab ${c.id === current ? 'is-on' : ''}`} onClick={() => setActive(c.id)} data-testid='category-tab'>
              {c.name}
            </View>
          ))}
        </ScrollView>
        <ScrollView scrollY className='category__list'>
          {loading && <View className='empty'>{t.common.loading}</View>}
          {!loading && products.length === 0 && <View className='empty'>{t.catalog.empty}</View>}
          {products.map((p) => <ProductRow key={p.id} product={p} onChooseSpec={setPicking} />)}
          <View className='safe-bottom' />
        </ScrollView>
      </View>
      <CartBar onTabPage />
      <SpecPicker product={picking} onClose={() => setPicking(null)} onTabPage />
    </View>
  );
}
