import { Text, View } from '@tarojs/components';
import { useEffect, useMemo, useState } from 'react';
import type { ProductFieldsFragment } from '../generated/graphql';
import { money } from '../lib/money';
import { aboveTabBar } from '../lib/tabbar';
import Taro from '@tarojs/taro';
import { addLine } from '../state/cart';
import { loadStock, useStock } from '../state/stock';
import { t } from '../strings';
import { ProductImage } from './ProductImage';
import { specLabel } from './ProductRow';
import { priceHere, useStorePrices } from './store-prices';
import { Stepper } from './Stepper';
import './SpecPicker.scss';

type Sku = ProductFieldsFragment['skus'][number];

/** The SKU whose attributes match every chosen spec value. */
export function skuFor(product: ProductFieldsFragment, chosen: Record<string, string>): Sku | null {
  return (
    product.skus.find(
      (s) => s.active && product.specs.every((sp) => s.attributes.some((a) => a.name === sp.name && a.value === chosen[sp.name])),
    ) ?? null
  );
}

/** Bottom sheet: one row of values per spec (e.g. 规格 × 温度); values no in-stock SKU has are greyed. */
export function SpecPicker({
  product,
  onClose,
  onTabPage,
}: {
  product: ProductFieldsFragment | null;
  onClose: () => void;
  onTabPage?: boolean;
}) {
  const stock = useStock();
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const [qty, setQty] = useState(1);
  useEffect(() => {
    if (!product) return;
    // Start on the first SKU that is in stock here.
    const first = product.skus.find((s) => s.active && (stock.get(s.id) ?? 1) > 0) ?? product.skus[0];
    setChosen(Object.fromEntries((first?.attributes ?? []).map((a) => [a.name, a.value])));
    setQty(1);
    void loadStock(product.skus.map((s) => s.id));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [product?.id]);
  const sku = useMemo(() => (product ? skuFor(product, chosen) : null), [product, chosen]);
  // What this store charges, not the chain's list price (the cart and the checkout use the same figure).
  const prices = useStorePrices(product?.id);
  if (!product) return null;
  const price = sku ? priceHere(prices, sku).price : null;
  const available = sku ? stock.get(sku.id) : undefined;
  const soldOut = available != null && available <= 0;
  const valueOff = (specName: string, value: string) => {
    const s = skuFor(product, { ...chosen, [specName]: value });
    return !s || (stock.has(s.id) && (stock.get(s.id) ?? 0) <= 0);
  };
  return (
    <View className={`sheet-mask ${aboveTabBar(onTabPage)}`} onClick={onClose}>
      <View className="sheet" onClick={(e) => e.stopPropagation()} data-testid="spec-picker">
        <View className="sheet__head">
          <ProductImage name={product.name} src={product.imageUrl} size={150} />
          <View className="sheet__title">
            <Text className="sheet__name">{product.name}</Text>
            <Text className="price sheet__price">{price != null ? money(price) : '—'}</Text>
            <Text className="muted">
              {sku ? specLabel(sku.attributes) : t.product.chooseAll}
              {available != null
                ? ` · ${soldOut ? t.catalog.soldOut : available <= 5 ? t.catalog.fewLeft(available) : t.catalog.inStock}`
                : ''}
            </Text>
          </View>
          <Text className="sheet__close" onClick={onClose}>
            ×
          </Text>
        </View>
        {product.specs.map((sp) => (
          <View key={sp.name} className="sheet__spec">
            <Text className="sheet__label">{sp.name}</Text>
            <View className="sheet__values">
              {sp.values.map((v) => (
                <Text
                  key={v}
                  className={`chip ${chosen[sp.name] === v ? 'is-on' : ''} ${valueOff(sp.name, v) ? 'is-off' : ''}`}
                  data-testid="spec-value"
                  onClick={() => setChosen({ ...chosen, [sp.name]: v })}
                >
                  {v}
                </Text>
              ))}
            </View>
          </View>
        ))}
        <View className="sheet__spec row between">
          <Text className="sheet__label">{t.product.quantity}</Text>
          <Stepper value={qty} max={available} onChange={(n) => setQty(Math.max(1, n))} />
        </View>
        <View
          className={`btn ${!sku || soldOut ? 'disabled' : ''}`}
          data-testid="spec-add"
          onClick={() => {
            if (!sku || soldOut) return;
            addLine(
              {
                skuId: sku.id,
                productId: product.id,
                name: product.name,
                spec: specLabel(sku.attributes),
                unitPriceFen: price ?? sku.priceFen,
                image: product.imageUrl,
              },
              qty,
            );
            // The sheet closes at once: say that the goods went in, or the tap looks lost.
            void Taro.showToast({ title: t.common.addedToCart, icon: 'success', duration: 1200 });
            onClose();
          }}
        >
          {soldOut ? t.product.soldOutHere : t.product.addToCart}
        </View>
      </View>
    </View>
  );
}
