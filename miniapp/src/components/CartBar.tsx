import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { cartCount, goodsFen } from '../lib/cart';
import { yuan } from '../lib/money';
import { aboveTabBar } from '../lib/tabbar';
import { useCart } from '../state/cart';
import { t } from '../strings';
import './CartBar.scss';

/** The floating bar over lists: count, goods total, and the way to checkout. */
export function CartBar({ onTabPage }: { onTabPage?: boolean }) {
  const cart = useCart();
  const count = cartCount(cart);
  if (count === 0) return null;
  return (
    <View className={`cart-bar ${aboveTabBar(onTabPage)}`} data-testid="cart-bar">
      <View className="cart-bar__icon" onClick={() => Taro.switchTab({ url: '/pages/cart/index' })}>
        <Text className="cart-bar__count">{count}</Text>
      </View>
      <View className="cart-bar__sum" onClick={() => Taro.switchTab({ url: '/pages/cart/index' })}>
        <Text className="cart-bar__yen">¥</Text>
        <Text className="cart-bar__total">{yuan(goodsFen(cart))}</Text>
      </View>
      <View className="cart-bar__go" data-testid="go-checkout" onClick={() => Taro.navigateTo({ url: '/pages/checkout/index' })}>
        {t.cart.checkout(count)}
      </View>
    </View>
  );
}
