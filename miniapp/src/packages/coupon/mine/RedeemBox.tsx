// 兑换码 from a flyer: typed (dashes and spaces are fine), redeemed once; the answer in words and the list refreshed.
import { Input, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { client } from '../../../api/app-client';
import { describeFault } from '../../../api/errors';
import { RedeemCouponCodeDocument } from '../generated';
import { dateTime } from '../../../lib/format';
import { t } from '../../../strings';

export function RedeemBox({ onRedeemed }: { onRedeemed: () => void }) {
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<{ ok: boolean; text: string } | null>(null);
  const redeem = async () => {
    if (busy || !code.trim()) return;
    setBusy(true);
    const res = await client.mutation(RedeemCouponCodeDocument, { code: code.trim() }).toPromise();
    setBusy(false);
    const out = res.data?.redeemCode;
    if (out?.__typename === 'Coupon') {
      setCode('');
      setAnswer({ ok: true, text: t.coupon.redeemed(out.template.name) });
      void Taro.showToast({ title: t.coupon.claimedToast, icon: 'success' });
      onRedeemed();
    } else if (out?.__typename === 'RedemptionCodeRefusedError') {
      const r = t.coupon.redeemRefused;
      setAnswer({
        ok: false,
        text:
          out.problem === 'TOO_MANY_ATTEMPTS'
            ? r.TOO_MANY_ATTEMPTS(out.retryAt ? dateTime(out.retryAt) : '')
            : r[out.problem as 'NOT_FOUND' | 'USED'],
      });
    } else if (out?.__typename === 'CouponNotClaimableError') {
      setAnswer({ ok: false, text: out.claimProblem === 'PER_USER_LIMIT' ? t.coupon.limit : t.coupon.redeemGone });
    } else setAnswer({ ok: false, text: describeFault(res.error).title });
  };
  return (
    <View className="redeem-box">
      <View className="redeem-box__row">
        <Input
          className="redeem-box__input"
          value={code}
          maxlength={20}
          placeholder={t.coupon.redeemPlaceholder}
          onInput={(e) => setCode(e.detail.value)}
          onConfirm={() => void redeem()}
          data-testid="redeem-code"
        />
        <View className={`btn small ${busy || !code.trim() ? 'disabled' : ''}`} onClick={() => void redeem()} data-testid="redeem">
          {t.coupon.redeem}
        </View>
      </View>
      {answer && (
        <View className={`redeem-box__answer ${answer.ok ? 'ok' : 'bad'}`} data-testid="redeem-answer">
          {answer.text}
        </View>
      )}
    </View>
  );
}
