import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState, type ReactNode } from 'react';
import { client } from '../api/app-client';
import { describeFault } from '../api/errors';
import { ClaimCouponDocument, type CouponTermsFragment } from '../generated/graphql';
import { claimState, face, thresholdYuan, type ClaimState } from '../lib/coupons';
import { dateTime } from '../lib/format';
import { t } from '../strings';
import './CouponCard.scss';

/** One coupon: its face (¥5 / 8折), name, condition and validity, and what can be done with it on the right. */
export function CouponCard({
  terms,
  validity,
  off,
  children,
  testId,
}: {
  terms: CouponTermsFragment;
  /** A held coupon's own dates; a template says how long a claimed one lasts. */
  validity?: string;
  off?: boolean;
  children?: ReactNode;
  testId?: string;
}) {
  const f = face(terms);
  const threshold = thresholdYuan(terms);
  const condition = threshold ? t.coupon.threshold(threshold) : t.coupon.noThreshold;
  const kind = terms.couponKind === 'AMOUNT_OFF' && !threshold ? 'NO_THRESHOLD' : (terms.couponKind ?? '');
  const until =
    validity ?? (terms.validDays ? t.coupon.validDays(terms.validDays) : terms.endsAt ? t.coupon.until(dateTime(terms.endsAt)) : undefined);
  return (
    <View className={`coupon ${off ? 'is-off' : ''}`} data-testid={testId ?? 'coupon'} data-name={terms.name}>
      <View className="coupon__face">
        <Text className="coupon__value">
          {f.unit === 'YUAN' && <Text className="coupon__unit">¥</Text>}
          {f.value}
          {f.unit === 'ZHE' && <Text className="coupon__unit">{t.coupon.zhe}</Text>}
        </Text>
        <Text className="coupon__condition">{condition}</Text>
      </View>
      <View className="coupon__body">
        <Text className="coupon__name">{terms.name}</Text>
        <Text className="coupon__kind">
          {t.coupon.kind[kind] ?? ''}
          {terms.capFen ? ` · ${t.coupon.cap(terms.capFen)}` : ''}
        </Text>
        {until && <Text className="coupon__until">{until}</Text>}
      </View>
      <View className="coupon__side">{children}</View>
    </View>
  );
}

const LABEL: Record<ClaimState, string> = {
  CLAIM: t.coupon.claim,
  CLAIMED: t.coupon.claimed,
  SOLD_OUT: t.coupon.soldOut,
  LIMIT: t.coupon.limit,
};

/**
 * 立即领取 / 已领取 / 已抢光 / 已达上限, from the template's counters; a tap claims one. The centre's answer
 * after the claim (urql refetches what held the template) moves the label on; a refusal says why in a toast.
 */
export function ClaimButton({
  terms,
  onClaimed,
  onTap,
}: {
  terms: CouponTermsFragment;
  onClaimed?: () => void;
  /** Runs first, inside the tap (WeChat asks for subscribe messages only from a tap). */
  onTap?: () => void;
}) {
  const [busy, setBusy] = useState(false);
  const state = claimState(terms);
  const claim = async () => {
    if (busy || state !== 'CLAIM') return;
    onTap?.();
    setBusy(true);
    const res = await client.mutation(ClaimCouponDocument, { promotionId: terms.id }).toPromise();
    setBusy(false);
    const out = res.data?.claimCoupon;
    if (out?.__typename === 'Coupon') {
      void Taro.showToast({ title: t.coupon.claimedToast, icon: 'success' });
      onClaimed?.();
    } else if (out?.__typename === 'CouponNotClaimableError') {
      void Taro.showToast({ title: out.problem === 'SOLD_OUT' ? t.coupon.soldOut : t.coupon.limit, icon: 'none' });
    } else {
      void Taro.showToast({ title: out && 'message' in out ? t.coupon.soldOut : describeFault(res.error).title, icon: 'none' });
    }
  };
  return (
    <View
      className={`btn small coupon__claim ${state === 'CLAIM' ? '' : 'is-done'} ${busy ? 'disabled' : ''}`}
      onClick={() => void claim()}
      data-testid="claim"
      data-state={state}
    >
      {LABEL[state]}
    </View>
  );
}
