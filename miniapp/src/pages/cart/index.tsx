import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { ProductImage } from '../../components/ProductImage';
import { Stepper } from '../../components/Stepper';
import { cartCount, goodsFen, stockLevel } from '../../lib/cart';
import { money } from '../../lib/money';
import { aboveTabBar } from '../../lib/tabbar';
import { clearCart, dismissCartNotice, recheckCart, setLineQuantity, useCart, useCartNotice } from '../../state/cart';
import { useMode } from '../../state/mode';
import { useChosenStore } from '../../state/stores';
import { t } from '../../strings';
import './index.scss';

export default function CartPage() {
  const cart = useCart();
  const notice = useCartNotice();
  const store = useChosenStore();
  const mode = useMode();
  // Coming back to the cart: the shelves may have changed since the goods were added.
  useDidShow(() => {
    if (cart.lines.length) void recheckCart();
  });
  const lines = cart.lines;
  const soldOut = lines.filter((l) => stockLevel(l.available) === 'SOLD_OUT');
  const count = cartCount(cart);
  if (lines.length === 0) {
    return (
      <View className="empty cart-empty">
        <Text>{t.cart.empty}</Text>
        <View className="btn small cart-empty__go" onClick={() => Taro.switchTab({ url: '/pages/category/index' })}>
          {t.cart.goShopping}
        </View>
      </View>
    );
  }
  return (
    <View className="cart">
      <View className="cart__store">
        <Text className="cart__store-name">{store ? t.cart.storeOf(store.store.name) : ''}</Text>
        <Text className="tag">{t.mode[mode]}</Text>
      </View>
      {notice.length > 0 && (
        <View className="notice" onClick={dismissCartNotice} data-testid="cart-notice">
          {notice.map((line) => (
            <View key={line}>{line}</View>
          ))}
        </View>
      )}
      <View className="card cart__lines">
        {lines.map((l) => {
          const level = stockLevel(l.available);
          return (
            <View key={l.skuId} className={`cart__line ${level === 'SOLD_OUT' ? 'is-off' : ''}`} data-testid="cart-line" data-name={l.name}>
              <ProductImage name={l.name} src={l.image} size={128} />
              <View className="cart__line-body">
                <Text className="cart__line-name">{l.name}</Text>
                {l.spec && <Text className="muted">{l.spec}</Text>}
                {level === 'SOLD_OUT' && <Text className="tag off">{t.cart.soldOutLine}</Text>}
                {level === 'FEW_LEFT' && <Text className="tag warn">{t.catalog.fewLeft(l.available!)}</Text>}
                <View className="row between cart__line-foot">
                  <Text className="price">{money(l.unitPriceFen)}</Text>
                  {level === 'SOLD_OUT' ? (
                    <Text className="muted" onClick={() => setLineQuantity(l.skuId, 0)}>
                      删除
                    </Text>
                  ) : (
                    <Stepper value={l.quantity} max={l.available} onChange={(n) => setLineQuantity(l.skuId, n)} />
                  )}
                </View>
              </View>
            </View>
          );
        })}
        {soldOut.length > 0 && (
          <View className="cart__clear" onClick={() => clearCart(soldOut.map((l) => l.skuId))}>
            {t.cart.clearSoldOut}
          </View>
        )}
      </View>
      <View className="safe-bottom" />
      <View className={`cart__bar ${aboveTabBar(true)}`}>
        <View className="grow">
          <Text>{t.cart.total} </Text>
          <Text className="price cart__total" data-testid="cart-total">
            {money(goodsFen(cart))}
          </Text>
        </View>
        <View
          className={`btn ${count ? '' : 'disabled'}`}
          data-testid="cart-checkout"
          onClick={() => count && Taro.navigateTo({ url: '/pages/checkout/index' })}
        >
          {t.cart.checkout(count)}
        </View>
      </View>
    </View>
  );
}
