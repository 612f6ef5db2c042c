// 会员中心's 付费会员 card: the paid membership running (its benefits and until when) and the plans on sale, each
// bought (or renewed: the new time starts where the running one ends) through WeChat Pay.
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { client } from '../../../api/app-client';
import { BuyMembershipDocument, type MemberCentreQuery } from '../generated';
import { money } from '../../../lib/money';
import { benefitLines } from './benefits';
import { payMembership } from './pay-membership';
import { c } from './strings';

type Membership = MemberCentreQuery['myMembership'];

/** The date of an instant in China (the chain's day), YYYY-MM-DD. */
const chinaDate = (iso: string) => new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

export function PaidMembershipCard({ m, onChanged }: { m: Membership; onChanged: () => void }) {
  const [buying, setBuying] = useState<string | null>(null);
  if (!m.paid && m.plans.length === 0) return null;
  const buy = async (planId: string) => {
    setBuying(planId);
    const res = await client.mutation(BuyMembershipDocument, { planId }).toPromise();
    const answer = res.data?.buyMembershipPlan;
    if (answer?.__typename !== 'MembershipPaymentParams') {
      setBuying(null);
      void Taro.showToast({ title: answer && 'message' in answer ? answer.message : c.payFailed, icon: 'none' });
      return;
    }
    const paid = await payMembership(answer);
    setBuying(null);
    void Taro.showToast({ title: paid ? c.bought : c.payFailed, icon: paid ? 'success' : 'none' });
    if (paid) onChanged();
  };
  return (
    <View className="card centre__paid" data-testid="paid-membership">
      <Text className="centre__title">{c.paidTitle}</Text>
      {m.paid && (
        <View className="centre__paid-now" data-testid="paid-current">
          <Text className="centre__paid-name">{c.paidUntil(m.paid.planName, chinaDate(m.paid.endsAt as string))}</Text>
          {benefitLines(m.paid).map((b) => (
            <View key={b} className="centre__benefit">
              <Text className="centre__dot">✓</Text>
              <Text>{b}</Text>
            </View>
          ))}
        </View>
      )}
      {m.plans.map((p) => (
        <View key={p.id} className="centre__plan" data-testid="paid-plan">
          <View className="centre__plan-info">
            <Text className="centre__plan-name">{p.name}</Text>
            <Text className="centre__plan-term">{c.planTerm(money(p.priceFen), p.durationDays)}</Text>
            <Text className="muted centre__plan-benefits">{benefitLines(p).join(' · ')}</Text>
          </View>
          <Button className="btn centre__buy" data-testid="paid-buy" disabled={buying !== null} onClick={() => void buy(p.id)}>
            {buying === p.id ? c.buying : m.paid ? c.renew : c.buy}
          </Button>
        </View>
      ))}
      <Text className="muted centre__rule">{c.paidRule}</Text>
    </View>
  );
}
