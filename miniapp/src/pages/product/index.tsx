import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { CartBar } from '../../components/CartBar';
import { ProductImage } from '../../components/ProductImage';
import { productStock } from '../../components/ProductRow';
import { SpecPicker } from '../../components/SpecPicker';
import { ProductDocument, type ProductFieldsFragment } from '../../generated/graphql';
import { stockLevel } from '../../lib/cart';
import { money } from '../../lib/money';
import { client } from '../../state/api';
import { useApp } from '../../state/app-state';
import { t } from '../../strings';
import './index.scss';

export default function ProductPage() {
  const { params } = useRouter();
  const app = useApp();
  const [product, setProduct] = useState<ProductFieldsFragment | null>(null);
  const [picking, setPicking] = useState(false);
  useEffect(() => {
    void client.query(ProductDocument, { id: params.id ?? '' }).toPromise().then((res) => {
      const p = res.data?.product ?? null;
      setProduct(p);
      if (p) {
        void Taro.setNavigationBarTitle({ title: p.name });
        void app.loadStock(p.skus.map((s) => s.id));
      }
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [params.id]);
  if (!product) return <View className='empty'>{t.common.loading}</View>;
  const prices = product.skus.map((s) => s.priceFen);
  const available = productStock(product, app.stock);
  const level = stockLevel(available);
  return (
    <View className='product'>
      <View className='product__hero'><ProductImage name={product.name} src={product.imageUrl} size={520} /></View>
      <View className='card'>
        <Text className='price product__price'>{money(Math.min(...prices))}{prices.length > 1 && Math.max(...prices) !== Math.min(...prices) ? ` - ${money(Math.max(...prices))}` : ''}</Text>
        <Text className='product__name'>{product.name}</Text>
        <Text className='muted'>{product.description}</Text>
        {app.store && (
          <View className='product__stock'>
            <Text className='muted'>{t.product.stockAtStore(app.store.store.name)} </Text>
            {level === 'SOLD_OUT' && <Text className='tag off'>{t.catalog.soldOut}</Text>}
            {level === 'FEW_LEFT' && <Text className='tag warn'>{t.catalog.fewLeft(available!)}</Text>}
            {level === 'IN_STOCK' && <Text className='tag'>{t.catalog.inStock}</Text>}
          </View>
        )}
      </View>
      {product.specs.length > 0 && (
        <View className='card row between' onClick={() => setPicking(true)}>
          <Text>{t.product.spec}</Text>
          <Text className='muted'>{product.specs.map((s) => s.values.join(' / ')).join('；')} ›</Text>
        </View>
      )}
      <View className='product__bar'>
        <View className={`btn ${level === 'SOLD_OUT' ? 'disabled' : ''}`} data-testid='product-add' onClick={() => level !== 'SOLD_OUT' && setPicking(true)}>
          {level === 'SOLD_OUT' ? t.product.soldOutHere : t.product.addToCart}
        </View>
      </View>
      <View className='safe-bottom' />
      <View className='safe-bottom' />
      <CartBar />
      <SpecPicker product={picking ? product : null} onClose={() => setPicking(false)} />
    </View>
  );
}
