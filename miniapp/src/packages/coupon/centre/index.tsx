import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useRead } from '../../../api/use-read';
import { ClaimButton, CouponCard } from '../../../components/CouponCard';
import { Loaded } from '../../../components/Loaded';
import { CouponsForDocument } from '../../../generated/graphql';
import { claimState } from '../../../lib/coupons';
import { t } from '../../../strings';
import { askExpiryReminder } from './expiry-reminder';

/** 领券中心: every coupon that can be claimed now, with what the shopper can still do with each. */
export default function CouponCentre() {
  const read = useRead({ query: CouponsForDocument, variables: {}, signedIn: true, requestPolicy: 'network-only' });
  return (
    <View className="coupon-page">
      <Loaded read={read}>
        {(data) =>
          data.couponCentre.length === 0 ? (
            <View className="empty">{t.coupon.none}</View>
          ) : (
            <View className="coupon-page__list">
              {data.couponCentre.map((c) => (
                <CouponCard key={c.id} terms={c} off={claimState(c) === 'SOLD_OUT'}>
                  <ClaimButton terms={c} onTap={askExpiryReminder} />
                </CouponCard>
              ))}
            </View>
          )
        }
      </Loaded>
      <View
        className="coupon-page__foot muted"
        onClick={() => Taro.redirectTo({ url: '/packages/coupon/mine/index' })}
        data-testid="my-coupons"
      >
        {t.me.coupons} ›
      </View>
    </View>
  );
}
