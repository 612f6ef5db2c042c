import { Text, View } from '@tarojs/components';
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { useRead } from '../../api/use-read';
import { CartBar } from '../../components/CartBar';
import { CouponChips } from '../../components/CouponChips';
import { Loaded } from '../../components/Loaded';
import { productStock } from '../../components/ProductRow';
import { SpecPicker } from '../../components/SpecPicker';
import { ProductDocument, type ProductQuery } from '../../generated/graphql';
import { priceHere, useStorePrices } from '../../components/store-prices';
import { Gallery } from './Gallery';
import { stockLevel } from '../../lib/cart';
import { money } from '../../lib/money';
import { ownPromoterCode } from '../../state/referral';
import { loadStock, useStock } from '../../state/stock';
import { useChosenStore } from '../../state/stores';
import { t } from '../../strings';
import './index.scss';

type PageProduct = NonNullable<ProductQuery['product']>;

function ProductView({ product }: { product: PageProduct }) {
  const store = useChosenStore();
  const stock = useStock();
  const [picking, setPicking] = useState(false);
  const here = useStorePrices(product.id);
  // The store's own prices when known; the chain's until then.
  const skus = product.skus.map((s) => ({ id: s.id, ...priceHere(here, s) }));
  const prices = skus.map((s) => s.price);
  const cheapest = skus.reduce((a, b) => (b.price < a.price ? b : a), skus[0]!);
  const available = productStock(product, stock);
  const level = stockLevel(available);
  return (
    <View className="product">
      <Gallery name={product.name} pictures={product.pictures} fallback={product.imageUrl} />
      <View className="card">
        <Text className="price product__price">
          {money(Math.min(...prices))}
          {prices.length > 1 && Math.max(...prices) !== Math.min(...prices) ? ` - ${money(Math.max(...prices))}` : ''}
          {cheapest?.was ? (
            <Text className="price-was" data-testid="compare-at">
              {money(cheapest.was)}
            </Text>
          ) : null}
        </Text>
        <Text className="product__name">{product.name}</Text>
        <Text className="muted">{product.description}</Text>
        {store && (
          <View className="product__stock">
            <Text className="muted">{t.product.stockAtStore(store.store.name)} </Text>
            {level === 'SOLD_OUT' && <Text className="tag off">{t.catalog.soldOut}</Text>}
            {level === 'FEW_LEFT' && <Text className="tag warn">{t.catalog.fewLeft(available!)}</Text>}
            {level === 'IN_STOCK' && <Text className="tag">{t.catalog.inStock}</Text>}
          </View>
        )}
      </View>
      <CouponChips skuIds={skus.map((s) => s.id)} storeId={store?.store.id ?? null} title={t.coupon.forGoods} />
      {product.specs.length > 0 && (
        <View className="card row between" onClick={() => setPicking(true)}>
          <Text>{t.product.spec}</Text>
          <Text className="muted">{product.specs.map((s) => s.values.join(' / ')).join('；')} ›</Text>
        </View>
      )}
      <View className="product__bar">
        {/* A promoter's share (card, link, poster) lives in the promoter subpackage. */}
        {ownPromoterCode() && (
          <View
            className="btn ghost product__share"
            data-testid="product-share"
            onClick={() => void Taro.navigateTo({ url: `/packages/promoter/share/index?productId=${product.id}` })}
          >
            {t.product.share}
          </View>
        )}
        <View
          className={`btn ${level === 'SOLD_OUT' ? 'disabled' : ''}`}
          data-testid="product-add"
          onClick={() => level !== 'SOLD_OUT' && setPicking(true)}
        >
          {level === 'SOLD_OUT' ? t.product.soldOutHere : t.product.addToCart}
        </View>
      </View>
      <View className="safe-bottom" />
      <View className="safe-bottom" />
      <CartBar />
      <SpecPicker product={picking ? product : null} onClose={() => setPicking(false)} />
    </View>
  );
}

export default function ProductPage() {
  const { params } = useRouter();
  const read = useRead({ query: ProductDocument, variables: { id: params.id ?? '' }, requestPolicy: 'cache-first' });
  const product = read.data?.product;
  // The weapp ··· menu's card carries the promoter's code when the sharer is one. TARO_ENV is a build constant, so
  // the hook is always or never called, and h5 (no share menu, initial bundle at its budget) leaves it out.
  if (process.env.TARO_ENV !== 'h5')
    useShareAppMessage(() => {
      const ref = ownPromoterCode();
      return { title: product?.name ?? '', path: `/pages/product/index?id=${params.id ?? ''}${ref ? `&ref=${ref}` : ''}` };
    });
  useEffect(() => {
    if (!product) return;
    void Taro.setNavigationBarTitle({ title: product.name });
    void loadStock(product.skus.map((s) => s.id));
  }, [product]);
  return (
    <Loaded read={read}>
      {(data) => (data.product ? <ProductView product={data.product} /> : <View className="empty">{t.product.notFound}</View>)}
    </Loaded>
  );
}
