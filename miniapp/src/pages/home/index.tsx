import { ScrollView, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { CartBar } from '../../components/CartBar';
import { Loaded, ReadFailed } from '../../components/Loaded';
import { ModeSwitch } from '../../components/ModeSwitch';
import { ProductRow } from '../../components/ProductRow';
import { SpecPicker } from '../../components/SpecPicker';
import { StoreCard } from '../../components/StoreCard';
import type { ProductFieldsFragment } from '../../generated/graphql';
import { dismissCartNotice, useCartNotice } from '../../state/cart';
import { HOME_PRODUCTS, pendingCategory, useCategories, useProducts } from '../../state/catalog';
import { setMode, useMode } from '../../state/mode';
import { relocate, usePlace } from '../../state/place';
import { loadStock } from '../../state/stock';
import { retryNearby, useChosenStore, useStores } from '../../state/stores';
import { t } from '../../strings';
import './index.scss';

function StoreArea() {
  const { place, locating, denied } = usePlace();
  const { nearby, loading, failed } = useStores();
  const store = useChosenStore();
  if (store) return <StoreCard nearby={store} onSwitch={() => Taro.navigateTo({ url: '/pages/stores/index' })} />;
  if (failed)
    return (
      <View className="card">
        <ReadFailed inline onRetry={retryNearby} />
      </View>
    );
  if (denied || (!place && !locating)) {
    return (
      <View className="card home__ask" data-testid="location-denied">
        <Text className="home__ask-title">{t.location.denied}</Text>
        <Text className="muted">{t.location.why}</Text>
        <View className="row home__ask-actions">
          <View className="btn small" onClick={() => Taro.navigateTo({ url: '/pages/location/index' })}>
            {t.location.choose}
          </View>
          <View className="btn small ghost" onClick={relocate}>
            {t.location.relocate}
          </View>
        </View>
      </View>
    );
  }
  if (place && !loading && nearby.length === 0) {
    return (
      <View className="card home__ask">
        <Text className="home__ask-title">{t.home.noStore}</Text>
        <Text className="muted">{t.home.noStoreHint}</Text>
      </View>
    );
  }
  return (
    <View className="card home__skeleton">
      <Text className="muted">{t.location.asking}</Text>
    </View>
  );
}

export default function Home() {
  const mode = useMode();
  const { place, locating } = usePlace();
  const { welcome } = useStores();
  const notice = useCartNotice();
  const categories = useCategories();
  const products = useProducts(null, HOME_PRODUCTS);
  const [picking, setPicking] = useState<ProductFieldsFragment | null>(null);
  const storeId = useChosenStore()?.store.id;
  const list = products.data?.products.nodes;
  // The category strip and the list fail and retry as one: an empty strip alone would look like no categories.
  const catalog = {
    ...products,
    failed: products.failed || categories.failed,
    retry: () => [products, categories].forEach((r) => r.failed && r.retry()),
  };

  // Stock of what is on screen, at this store; read again whenever the store changes.
  useEffect(() => {
    if (storeId && list?.length) void loadStock(list.flatMap((p) => p.skus.map((s) => s.id)));
  }, [storeId, list]);

  return (
    <View className="home">
      <View className="home__top">
        <ModeSwitch mode={mode} onChange={setMode} />
        <View className="home__place" onClick={() => Taro.navigateTo({ url: '/pages/location/index' })} data-testid="place">
          <Text className="home__pin">◉</Text>
          <Text className="home__place-label">{locating ? t.location.asking : (place?.label ?? t.location.choose)}</Text>
          <Text className="muted"> ›</Text>
        </View>
      </View>

      {welcome && <View className="home__welcome">{welcome}</View>}

      <StoreArea />

      {notice.length > 0 && (
        <View className="notice" onClick={dismissCartNotice} data-testid="cart-notice">
          {notice.map((line) => (
            <View key={line}>{line}</View>
          ))}
        </View>
      )}

      <View className="home__search" onClick={() => Taro.navigateTo({ url: '/pages/search/index' })} data-testid="search-entry">
        <Text className="home__search-icon">⌕</Text>
        <Text className="muted">{t.home.searchPlaceholder}</Text>
      </View>

      <View className="home__flash" onClick={() => Taro.navigateTo({ url: '/packages/flash/sale/index' })} data-testid="flash-entry">
        <Text className="home__flash-title">{t.flash.entry}</Text>
        <Text className="home__flash-hint">{t.flash.entryHint} ›</Text>
      </View>

      <View className="home__flash" onClick={() => Taro.navigateTo({ url: '/packages/group/buy/index' })} data-testid="group-entry">
        <Text className="home__flash-title">{t.group.entry}</Text>
        <Text className="home__flash-hint">{t.group.entryHint} ›</Text>
      </View>

      <View className="home__coupons" onClick={() => Taro.navigateTo({ url: '/packages/coupon/centre/index' })} data-testid="home-coupons">
        <Text className="home__coupons-title">{t.home.coupons}</Text>
        <Text className="home__coupons-go">{t.coupon.chip} ›</Text>
      </View>

      <ScrollView scrollX className="home__cats" enhanced showScrollbar={false}>
        {(categories.data?.categories ?? []).map((c) => (
          <View
            key={c.id}
            className="home__cat"
            onClick={() => {
              pendingCategory.id = c.id;
              void Taro.switchTab({ url: '/pages/category/index' });
            }}
          >
            <View className="home__cat-icon">
              <Text>{c.name.slice(0, 1)}</Text>
            </View>
            <Text className="home__cat-name">{c.name}</Text>
          </View>
        ))}
      </ScrollView>

      <View className="section-title row between">
        <Text>{t.home.hot}</Text>
        <Text className="muted" onClick={() => Taro.switchTab({ url: '/pages/category/index' })}>
          {t.home.seeAll} ›
        </Text>
      </View>
      <View className="home__list" data-testid="home-products">
        <Loaded read={catalog} inline>
          {(data) => data.products.nodes.map((p) => <ProductRow key={p.id} product={p} onChooseSpec={setPicking} />)}
        </Loaded>
      </View>
      <View className="safe-bottom" />
      <CartBar onTabPage />
      <SpecPicker product={picking} onClose={() => setPicking(null)} onTabPage />
    </View>
  );
}
