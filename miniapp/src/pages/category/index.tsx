import { ScrollView, Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { CartBar } from '../../components/CartBar';
import { Loaded } from '../../components/Loaded';
import { ProductRow } from '../../components/ProductRow';
import { SpecPicker } from '../../components/SpecPicker';
import type { ProductFieldsFragment } from '../../generated/graphql';
import { pendingCategory, useCategories, useProducts } from '../../state/catalog';
import { useMode } from '../../state/mode';
import { loadStock } from '../../state/stock';
import { useChosenStore } from '../../state/stores';
import { t } from '../../strings';
import './index.scss';

export default function Category() {
  const store = useChosenStore();
  const mode = useMode();
  const categories = useCategories();
  const [active, setActive] = useState<string | null>(pendingCategory.id);
  const list = categories.data?.categories ?? [];
  const current = active ?? list[0]?.id ?? null;
  // A top-level category lists its children's products too; a chip narrows to one child.
  const [child, setChild] = useState<string | null>(null);
  const children = list.find((c) => c.id === current)?.children ?? [];
  const products = useProducts(child ?? current, 100, !current);
  const [picking, setPicking] = useState<ProductFieldsFragment | null>(null);
  useDidShow(() => {
    if (pendingCategory.id) setActive(pendingCategory.id);
    pendingCategory.id = null;
  });
  const storeId = store?.store.id;
  const shown = products.data?.products.nodes;
  useEffect(() => {
    if (storeId && shown?.length) void loadStock(shown.flatMap((p) => p.skus.map((s) => s.id)));
  }, [storeId, shown]);

  return (
    <View className="category">
      <View className="category__store">
        <Text className="muted">{store ? `${store.store.name} · ${t.mode[mode]}` : t.common.loading}</Text>
      </View>
      <Loaded read={categories}>
        {() => (
          <View className="category__body">
            <ScrollView scrollY className="category__side">
              {list.map((c) => (
                <View
                  key={c.id}
                  className={`category__tab ${c.id === current ? 'is-on' : ''}`}
                  onClick={() => {
                    setActive(c.id);
                    setChild(null);
                  }}
                  data-testid="category-tab"
                >
                  {c.name}
                </View>
              ))}
            </ScrollView>
            <ScrollView scrollY className="category__list">
              {children.length > 0 && (
                <View className="category__chips">
                  {[{ id: null, name: t.catalog.all }, ...children].map((k) => (
                    <Text
                      key={k.id ?? 'all'}
                      className={`category__chip ${k.id === child ? 'is-on' : ''}`}
                      onClick={() => setChild(k.id)}
                      data-testid="category-chip"
                    >
                      {k.name}
                    </Text>
                  ))}
                </View>
              )}
              <Loaded read={products}>
                {(data) =>
                  data.products.nodes.length === 0 ? (
                    <View className="empty">{t.catalog.empty}</View>
                  ) : (
                    data.products.nodes.map((p) => <ProductRow key={p.id} product={p} onChooseSpec={setPicking} />)
                  )
                }
              </Loaded>
              <View className="safe-bottom" />
            </ScrollView>
          </View>
        )}
      </Loaded>
      <CartBar onTabPage />
      <SpecPicker product={picking} onClose={() => setPicking(null)} onTabPage />
    </View>
  );
}
