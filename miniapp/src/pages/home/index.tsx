import { ScrollView, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { CartBar } from '../../components/CartBar';
import { ModeSwitch } from '../../components/ModeSwitch';
import { ProductRow } from '../../components/ProductRow';
import { SpecPicker } from '../../components/SpecPicker';
import { StoreCard } from '../../components/StoreCard';
import type { ProductFieldsFragment } from '../../generated/graphql';
import { useApp } from '../../state/app-state';
import { HOME_PRODUCTS, pendingCategory, useCategories, useProducts } from '../../state/catalog';
import { t } from '../../strings';
import './index.scss';

export default function Home() {
  const app = useApp();
  const categories = useCategories();
  const { products } = useProducts(null, HOME_PRODUCTS);
  const [picking, setPicking] = useState<ProductFieldsFragment | null>(null);
  const storeId = app.store?.store.id;

  // Stock of what is on screen, at this store; read again whenever the store changes.
  useEffect(() => {
    if (storeId && products.length) void app.loadStock(products.flatMap((p) => p.skus.map((s) => s.id)));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [storeId, products]);

  return (
    <View className='home'>
      <View className='home__top'>
        <ModeSwitch mode={app.mode} onChange={app.setMode} />
        <View className='home__place' onClick={() => Taro.navigateTo({ url: '/pages/location/index' })} data-testid='place'>
          <Text className='home__pin'>◉</Text>
          <Text className='home__place-label'>{app.locating ? t.location.asking : app.place?.label ?? t.location.choose}</Text>
          <Text className='muted'> ›</Text>
        </View>
      </View>

      {app.welcome && <View className='home__welcome'>{app.welcome}</View>}

      {app.store ? (
        <StoreCard nearby={app.store} onSwitch={() => Taro.navigateTo({ url: '/pages/stores/index' })} />
      ) : app.locationDenied || (!app.place && !app.locating) ? (
        <View className='card home__ask' data-testid='location-denied'>
          <Text className='home__ask-title'>{t.location.denied}</Text>
          <Text className='muted'>{t.location.why}</Text>
          <View className='row home__ask-actions'>
            <View className='btn small' onClick={() => Taro.navigateTo({ url: '/pages/location/index' })}>{t.location.choose}</View>
            <View className='btn small ghost' onClick={app.relocate}>{t.location.relocate}</View>
          </View>
        </View>
      ) : app.place && !app.storesLoading && app.nearby.length === 0 ? (
        <View className='card home__ask'>
          <Text className='home__ask-title'>{t.home.noStore}</Text>
          <Text className='muted'>{t.home.noStoreHint}</Text>
        </View>
      ) : (
        <View className='card home__skeleton'><Text className='muted'>{t.location.asking}</Text></View>
      )}

      {app.cartNotice.length > 0 && (
        <View className='notice' onClick={app.dismissNotice} data-testid='cart-notice'>
          {app.cartNotice.map((line) => <View key={line}>{line}</View>)}
        </View>
      )}

      <View className='home__search' onClick={() => Taro.navigateTo({ url: '/pages/search/index' })} data-testid='search-entry'>
        <Text className='home__search-icon'>⌕</Text>
        <Text className='muted'>{t.home.searchPlaceholder}</Text>
      </View>

      <ScrollView scrollX className='home__cats' enhanced showScrollbar={false}>
        {categories.map((c) => (
          <View key={c.id} className='home__cat' onClick={() => { pendingCategory.id = c.id; void Taro.switchTab({ url: '/pages/category/index' }); }}>
            <View className='home__cat-icon'><Text>{c.name.slice(0, 1)}</Text></View>
            <Text className='home__cat-name'>{c.name}</Text>
          </View>
        ))}
      </ScrollView>

      <View className='section-title row between'>
        <Text>{t.home.hot}</Text>
        <Text className='muted' onClick={() => Taro.switchTab({ url: '/pages/category/index' })}>{t.home.seeAll} ›</Text>
      </View>
      <View className='home__list' data-testid='home-products'>
        {products.map((p) => <ProductRow key={p.id} product={p} onChooseSpec={setPicking} />)}
      </View>
      <View className='safe-bottom' />
      <CartBar onTabPage />
      <SpecPicker product={picking} onClose={() => setPicking(null)} onTabPage />
    </View>
  );
}
