import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useRead } from '../../api/use-read';
import { CouponChips } from '../../components/CouponChips';
import { ProductImage } from '../../components/ProductImage';
import { CheckoutQuoteDocument, type CheckoutQuoteQuery } from '../../generated/graphql';
import { Stepper } from '../../components/Stepper';
import { cartCount, goodsFen, orderableLines, stockLevel, type CartLine } from '../../lib/cart';
import { money } from '../../lib/money';
import { aboveTabBar } from '../../lib/tabbar';
import { clearCart, dismissCartNotice, recheckCart, setLineQuantity, useCart, useCartNotice } from '../../state/cart';
import { useMode } from '../../state/mode';
import { useChosenStore } from '../../state/stores';
import { t } from '../../strings';
import './index.scss';

type Quoted = Extract<CheckoutQuoteQuery['checkoutQuote'], { __typename?: 'CheckoutQuote' }>;

/**
 * The cart priced as checkout would price it at this store (pickup there: the cart is the store's; delivery may
 * route elsewhere, which checkout shows): what 满减 takes off and how much more reaches the next one.
 */
function useCartQuote(lines: CartLine[], storeId: string | undefined) {
  const orderable = lines.map((l) => ({ skuId: l.skuId, quantity: l.quantity }));
  const read = useRead({
    query: CheckoutQuoteDocument,
    variables: { input: { fulfilment: 'PICKUP' as const, storeId: storeId ?? '', lines: orderable } },
    pause: !storeId || orderable.length === 0,
    signedIn: true,
  });
  const q = read.data?.checkoutQuote;
  return { data: q?.__typename === 'CheckoutQuote' ? (q as Quoted) : undefined, retry: read.retry };
}

/** 再买 ¥12 可减 ¥10 (a 满减 not reached yet), or what a reached one takes off. */
function FullReductionProgress({ quote }: { quote: Quoted | undefined }) {
  if (!quote) return null;
  const short = quote.notApplied.filter((n) => n.kind === 'FULL_REDUCTION' && n.code === 'BELOW_THRESHOLD' && n.shortFen);
  const reached = quote.applied.filter((a) => a.kind === 'FULL_REDUCTION');
  if (!short.length && !reached.length) return null;
  return (
    <View className="card cart__promos" data-testid="full-reduction">
      {reached.map((a) => (
        <View key={a.promotionId ?? a.kind} className="row cart__promo" data-testid="full-reduction-reached">
          <Text className="tag warn">{t.coupon.discountOf.FULL_REDUCTION}</Text>
          <Text className="grow">{t.coupon.reached(a.name ?? '', a.amountFen)}</Text>
        </View>
      ))}
      {short.map((n) => (
        <View key={n.promotionId} className="row cart__promo" data-testid="full-reduction-progress">
          <Text className="tag warn">{t.coupon.discountOf.FULL_REDUCTION}</Text>
          <Text className="grow">{t.coupon.progress(n.shortFen!, n.offFen ?? 0)}</Text>
          <Text className="cart__promo-go" onClick={() => Taro.switchTab({ url: '/pages/category/index' })}>
            {t.coupon.goAdd} ›
          </Text>
        </View>
      ))}
    </View>
  );
}

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
  const quote = useCartQuote(orderableLines(cart), store?.store.id);
  const goods = goodsFen(cart);
  // After 满减 once the quote is of these very goods (not an answer for the cart before the last tap).
  const priced = quote.data && quote.data.goodsFen === goods ? quote.data : undefined;
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
      <CouponChips
        skuIds={lines.map((l) => l.skuId)}
        storeId={store?.store.id ?? null}
        title={t.coupon.forCart}
        onTabPage
        onClaimed={quote.retry}
      />
      <FullReductionProgress quote={quote.data} />
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
            {money(priced ? priced.totalFen : goods)}
          </Text>
          {priced && priced.discountFen > 0 && (
            <Text className="muted cart__discount" data-testid="cart-discount">
              {t.coupon.discounted(priced.discountFen)}
            </Text>
          )}
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
