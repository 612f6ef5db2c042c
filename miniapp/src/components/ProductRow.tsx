import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ProductFieldsFragment } from '../generated/graphql';
import { quantityOf, stockLevel } from '../lib/cart';
import { yuan } from '../lib/money';
import { addLine, setLineQuantity, useCart } from '../state/cart';
import { useStock, useStorePrices } from '../state/stock';
import { t } from '../strings';
import { ProductImage } from './ProductImage';
import { Stepper } from './Stepper';
import './ProductRow.scss';

export function specLabel(attributes: { name: string; value: string }[]): string {
  return attributes.map((a) => a.value).join(' / ');
}

/** Units of a product at the chosen store, summed over its SKUs (null until read). */
export function productStock(p: ProductFieldsFragment, stock: ReadonlyMap<string, number>): number | null {
  const known = p.skus.filter((s) => stock.has(s.id));
  return known.length ? known.reduce((n, s) => n + (stock.get(s.id) ?? 0), 0) : null;
}

/** A product in a list: picture, name, price, stock here, and add (or 选规格 when it has several SKUs). */
export function ProductRow({
  product,
  onChooseSpec,
}: {
  product: ProductFieldsFragment;
  onChooseSpec: (p: ProductFieldsFragment) => void;
}) {
  const cart = useCart();
  const stock = useStock();
  const prices = useStorePrices();
  const skus = product.skus.filter((s) => s.active);
  const single = skus.length === 1 ? skus[0] : null;
  // The store's price once its shelf is read; the chain's until then.
  const priceOf = (sku: (typeof skus)[number]) => prices.get(sku.id) ?? sku.priceFen;
  const minPrice = Math.min(...skus.map(priceOf));
  const available = productStock(product, stock);
  const level = stockLevel(available);
  const inCart = product.skus.reduce((n, s) => n + quantityOf(cart, s.id), 0);
  const open = () => Taro.navigateTo({ url: `/pages/product/index?id=${product.id}` });
  return (
    <View
      className={`product-row ${level === 'SOLD_OUT' ? 'is-sold-out' : ''}`}
      onClick={open}
      data-testid="product-row"
      data-name={product.name}
    >
      <ProductImage name={product.name} src={product.imageUrl} />
      <View className="product-row__body">
        <Text className="product-row__name">{product.name}</Text>
        <Text className="product-row__desc">{product.description}</Text>
        <View className="product-row__stock">
          {level === 'SOLD_OUT' && <Text className="tag off">{t.catalog.soldOut}</Text>}
          {level === 'FEW_LEFT' && <Text className="tag warn">{t.catalog.fewLeft(available!)}</Text>}
          {level === 'IN_STOCK' && <Text className="tag">{t.catalog.inStock}</Text>}
        </View>
        <View className="product-row__foot">
          <Text className="price">
            <Text className="product-row__yen">¥</Text>
            {yuan(minPrice)}
            {!single && <Text className="product-row__from">起</Text>}
          </Text>
          {level === 'SOLD_OUT' ? null : single ? (
            <Stepper
              value={quantityOf(cart, single.id)}
              max={stock.get(single.id)}
              testId="add"
              onChange={(n) => {
                const current = quantityOf(cart, single.id);
                if (n > current)
                  addLine(
                    {
                      skuId: single.id,
                      productId: product.id,
                      name: product.name,
                      spec: '',
                      unitPriceFen: priceOf(single),
                      image: product.imageUrl,
                    },
                    n - current,
                  );
                else setLineQuantity(single.id, n);
              }}
            />
          ) : (
            <View
              className="product-row__spec"
              data-testid="choose-spec"
              onClick={(e) => {
                e.stopPropagation();
                onChooseSpec(product);
              }}
            >
              <Text>{t.catalog.chooseSpec}</Text>
              {inCart > 0 && <Text className="product-row__badge">{inCart}</Text>}
            </View>
          )}
        </View>
      </View>
    </View>
  );
}
