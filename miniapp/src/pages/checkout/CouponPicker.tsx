import { ScrollView, Text, View } from '@tarojs/components';
import type { CheckoutQuoteQuery } from '../../generated/graphql';
import { t } from '../../strings';
import '../../components/CouponCard.scss';

type Quoted = Extract<CheckoutQuoteQuery['checkoutQuote'], { __typename?: 'CheckoutQuote' }>;

/**
 * The shopper's coupons tried on this cart, as the quote ranks them: usable ones with what each takes off (the
 * best marked), then the others greyed with the reason the API gives; or no coupon at all.
 */
export function CouponPicker({
  coupons,
  chosen,
  onChoose,
  onClose,
}: {
  coupons: Quoted['coupons'];
  chosen: string | null;
  onChoose: (couponId: string | null) => void;
  onClose: () => void;
}) {
  return (
    <View className="sheet-mask" onClick={onClose}>
      <View className="sheet coupon-sheet coupon-picker" onClick={(e) => e.stopPropagation()} data-testid="coupon-picker">
        <View className="coupon-sheet__head">
          <Text className="coupon-sheet__title">{t.coupon.pickTitle}</Text>
          <Text className="sheet__close" onClick={onClose}>
            ×
          </Text>
        </View>
        <ScrollView scrollY className="coupon-sheet__list">
          {coupons.map((c) => (
            <View
              key={c.couponId}
              className={`row coupon-picker__item ${c.usable ? '' : 'is-off'} ${chosen === c.couponId ? 'is-on' : ''}`}
              onClick={() => c.usable && onChoose(c.couponId)}
              data-testid="coupon-option"
              data-usable={c.usable ? '1' : '0'}
              data-name={c.name}
            >
              <View className="grow">
                <View className="row">
                  <Text className="coupon-picker__name">{c.name}</Text>
                  {c.best && <Text className="tag warn">{t.coupon.best}</Text>}
                </View>
                {c.usable ? (
                  <Text className="price coupon-picker__saves">{t.coupon.saves(c.savingFen)}</Text>
                ) : (
                  <Text className="coupon-picker__why" data-testid="coupon-why">
                    {c.message ?? t.coupon.unusable}
                  </Text>
                )}
              </View>
              {c.usable && (
                <Text className={`coupon-picker__radio ${chosen === c.couponId ? 'is-on' : ''}`}>{chosen === c.couponId ? '✓' : ''}</Text>
              )}
            </View>
          ))}
          <View
            className={`row coupon-picker__item ${chosen === null ? 'is-on' : ''}`}
            onClick={() => onChoose(null)}
            data-testid="coupon-none"
          >
            <Text className="grow">{t.coupon.noCoupon}</Text>
            <Text className={`coupon-picker__radio ${chosen === null ? 'is-on' : ''}`}>{chosen === null ? '✓' : ''}</Text>
          </View>
        </ScrollView>
      </View>
    </View>
  );
}

/** Each promotion and the points the quote takes off, one row each, as checkout will charge them. */
export function DiscountRows({ quote }: { quote: Quoted }) {
  return (
    <>
      {quote.applied.map((a) => (
        <View key={`${a.kind}-${a.promotionId ?? ''}`} className="row between checkout__line" data-testid="discount-row">
          <Text className="grow">
            {a.kind === 'POINTS'
              ? t.coupon.pointsOff(quote.pointsUsed, a.amountFen)
              : `${t.coupon.discountOf[a.kind] ?? a.kind}${a.name ? ` · ${a.name}` : ''}`}
          </Text>
          <Text className="price">{t.coupon.saving(a.amountFen)}</Text>
        </View>
      ))}
    </>
  );
}
