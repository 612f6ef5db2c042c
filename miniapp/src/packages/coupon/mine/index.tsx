import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useRef, useState } from 'react';
import { useRead } from '../../../api/use-read';
import { CouponCard } from '../../../components/CouponCard';
import { Loaded } from '../../../components/Loaded';
import { MyCouponsDocument, type MyCouponsQuery } from '../generated';
import { couponTab, daysLeft, type CouponTab } from '../../../lib/coupons';
import { dateTime } from '../../../lib/format';
import { t } from '../../../strings';
import { RedeemBox } from './RedeemBox';
import './index.scss';

type Held = MyCouponsQuery['myCoupons'][number];
const TABS: CouponTab[] = ['USABLE', 'USED', 'EXPIRED'];

/** What a held coupon says under its name: until when (and how soon), from when, or why it is not usable. */
function validityOf(c: Held, tab: CouponTab, now: number): { text: string; soon: boolean } {
  if (tab === 'USED') return { text: c.state === 'LOCKED' ? t.coupon.inUse : t.coupon.tabs.USED, soon: false };
  if (tab === 'EXPIRED') return { text: c.template.state !== 'LIVE' ? t.coupon.stopped : t.coupon.tabs.EXPIRED, soon: false };
  if (Date.parse(c.validFrom) > now) return { text: t.coupon.from(dateTime(c.validFrom)), soon: false };
  const days = daysLeft(c.validUntil, now);
  if (days === null) return { text: '', soon: false };
  return { text: t.coupon.until(dateTime(c.validUntil!)), soon: days <= 3 };
}

/** 我的 → 优惠券: the coupons the shopper holds, under 可使用 / 已使用 / 已过期. */
export default function MyCoupons() {
  const [tab, setTab] = useState<CouponTab>('USABLE');
  const read = useRead({ query: MyCouponsDocument, signedIn: true, requestPolicy: 'network-only' });
  // Back from the centre or a checkout: what is held has changed.
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) read.retry();
    shown.current = true;
  });
  const now = Date.now();
  return (
    <View className="coupon-page my-coupons">
      <RedeemBox onRedeemed={() => (setTab('USABLE'), read.retry())} />
      <View className="my-coupons__tabs">
        {TABS.map((k) => {
          const n = read.data?.myCoupons.filter((c) => couponTab(c, now) === k).length;
          return (
            <View
              key={k}
              className={`my-coupons__tab ${tab === k ? 'is-on' : ''}`}
              onClick={() => setTab(k)}
              data-testid={`coupon-tab-${k}`}
            >
              {t.coupon.tabs[k]}
              {n ? ` (${n})` : ''}
            </View>
          );
        })}
      </View>
      <Loaded read={read}>
        {(data) => {
          const list = data.myCoupons.filter((c) => couponTab(c, now) === tab);
          if (list.length === 0)
            return (
              <View className="empty">
                <Text>{t.coupon.noneHeld}</Text>
                {tab === 'USABLE' && (
                  <View className="btn small my-coupons__go" onClick={() => Taro.navigateTo({ url: '/packages/coupon/centre/index' })}>
                    {t.coupon.goClaim}
                  </View>
                )}
              </View>
            );
          return list.map((c) => {
            const v = validityOf(c, tab, now);
            return (
              <CouponCard key={c.id} terms={c.template} validity={v.text} off={tab !== 'USABLE'} testId="held-coupon">
                {tab === 'USABLE' && v.soon && <Text className="tag warn">{t.coupon.daysLeft(daysLeft(c.validUntil, now) ?? 0)}</Text>}
              </CouponCard>
            );
          });
        }}
      </Loaded>
    </View>
  );
}
