import { ScrollView, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { useRead } from '../api/use-read';
import { CouponsForDocument } from '../generated/graphql';
import { claimState, face, thresholdYuan, type Terms } from '../lib/coupons';
import { aboveTabBar } from '../lib/tabbar';
import { t } from '../strings';
import { ClaimButton, CouponCard } from './CouponCard';
import './CouponCard.scss';

const chipText = (c: Terms) => {
  const f = face(c);
  return t.coupon.chipText(thresholdYuan(c), f.value, f.unit);
};

/**
 * 领券 on a product page or in the cart: the claimable coupons that cover these goods at this store, as chips;
 * a tap opens a sheet to claim them. Nothing shows when none covers them (or while it is asked).
 */
export function CouponChips({
  skuIds,
  storeId,
  title,
  onTabPage,
  onClaimed,
}: {
  skuIds: string[];
  storeId: string | null;
  title: string;
  onTabPage?: boolean;
  onClaimed?: () => void;
}) {
  const [open, setOpen] = useState(false);
  const read = useRead({ query: CouponsForDocument, variables: { skuIds, storeId }, pause: skuIds.length === 0, signedIn: true });
  // A product page or a cart offers what can still be had: a coupon gone for everyone is left out here.
  const list = (read.data?.couponCentre ?? []).filter((c) => claimState(c) !== 'SOLD_OUT');
  if (list.length === 0) return null;
  return (
    <>
      <View className="card coupon-chips" onClick={() => setOpen(true)} data-testid="coupon-chips">
        <Text className="coupon-chips__label">{t.coupon.chip}</Text>
        <View className="coupon-chips__list">
          {list.slice(0, 3).map((c) => (
            <Text key={c.id} className="coupon-chips__chip">
              {chipText(c)}
            </Text>
          ))}
        </View>
        <Text className="coupon-chips__go">{t.coupon.chip} ›</Text>
      </View>
      {open && (
        <View className={`sheet-mask ${aboveTabBar(onTabPage)}`} onClick={() => setOpen(false)}>
          <View className="sheet coupon-sheet" onClick={(e) => e.stopPropagation()} data-testid="coupon-sheet">
            <View className="coupon-sheet__head">
              <Text className="coupon-sheet__title">{title}</Text>
              <Text className="sheet__close" onClick={() => setOpen(false)}>
                ×
              </Text>
            </View>
            <ScrollView scrollY className="coupon-sheet__list">
              {list.map((c) => (
                <CouponCard key={c.id} terms={c}>
                  <ClaimButton terms={c} onClaimed={onClaimed} />
                </CouponCard>
              ))}
            </ScrollView>
          </View>
        </View>
      )}
    </>
  );
}
