// 会员中心: the shopper's level, growth and what it takes to reach the next level, the benefits of their level, 付费会员
// (what runs and the plans to buy), every level's threshold, their points, their birthday (for the birthday coupon), and the way to the member code.
import { Picker, Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useRef, useState } from 'react';
import { client } from '../../../api/app-client';
import { useRead } from '../../../api/use-read';
import { Loaded } from '../../../components/Loaded';
import { MemberCentreDocument, SetBirthdayDocument, type MemberCentreQuery } from '../generated';
import { t } from '../../../strings';
import { benefitLines } from './benefits';
import { PaidMembershipCard } from './PaidMembership';
import { c } from './strings';
import './index.scss';

type Membership = MemberCentreQuery['myMembership'];

export default function MemberCentrePage() {
  const read = useRead({ query: MemberCentreDocument, signedIn: true, requestPolicy: 'cache-and-network' });
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) read.retry();
    shown.current = true;
  });
  return <View className="centre">{<Loaded read={read}>{(d) => <Centre m={d.myMembership} onChanged={read.retry} />}</Loaded>}</View>;
}

function Centre({ m, onChanged }: { m: Membership; onChanged: () => void }) {
  const [saving, setSaving] = useState(false);
  const next = m.nextLevel;
  const from = m.level?.growthThreshold ?? 0;
  const share = next ? Math.min(1, Math.max(0, (m.growth - from) / (next.growthThreshold - from))) : 1;
  const benefits = m.level ? benefitLines(m.level) : [];
  const saveBirthday = (birthday: string) => {
    setSaving(true);
    void client
      .mutation(SetBirthdayDocument, { birthday })
      .toPromise()
      .then((res) => {
        setSaving(false);
        if (res.error) void Taro.showToast({ title: t.common.loadFailed, icon: 'none' });
        else onChanged();
      });
  };
  return (
    <>
      <View className="centre__card" data-testid="member-level">
        <Text className="centre__level">{m.level?.name ?? c.noLevel}</Text>
        <View className="centre__growth">
          <Text className="centre__growth-num" data-testid="member-growth">
            {m.growth}
          </Text>
          <Text className="centre__growth-label">{c.growth}</Text>
        </View>
        <View className="centre__track">
          <View className="centre__fill" style={{ width: `${share > 0 ? Math.max(2, Math.round(share * 100)) : 0}%` }} />
        </View>
        <Text className="centre__next" data-testid="member-next">
          {next ? c.toNext(m.growthToNext ?? 0, next.name) : c.top}
        </Text>
      </View>

      <View className="card row centre__stats">
        <View className="grow centre__stat">
          <Text className="centre__num" data-testid="member-points">
            {m.points}
          </Text>
          <Text className="muted">{c.myPoints}</Text>
        </View>
        <View
          className="grow centre__stat"
          data-testid="member-code-entry"
          onClick={() => Taro.navigateTo({ url: '/packages/member/code/index' })}
        >
          <Text className="centre__num">▦</Text>
          <Text className="muted">{c.showCode}</Text>
        </View>
      </View>

      <View className="card">
        <Text className="centre__title">{c.benefits}</Text>
        {benefits.length ? (
          <View data-testid="member-benefits">
            {benefits.map((b) => (
              <View key={b} className="centre__benefit">
                <Text className="centre__dot">✓</Text>
                <Text>{b}</Text>
              </View>
            ))}
          </View>
        ) : (
          <Text className="muted">{c.noBenefits}</Text>
        )}
      </View>

      <PaidMembershipCard m={m} onChanged={onChanged} />

      <View className="card">
        <Text className="centre__title">{c.levels}</Text>
        {m.levels.map((l) => (
          <View key={l.id} className={`centre__ladder ${l.id === m.level?.id ? 'is-current' : ''}`} data-testid="member-ladder">
            <Text className="grow">{l.name}</Text>
            <Text className="muted">{l.id === m.level?.id ? c.current : c.from(l.growthThreshold)}</Text>
          </View>
        ))}
        <Text className="muted centre__rule">{c.growthRule}</Text>
      </View>

      <View className="card row between centre__birthday">
        <Text>{c.birthday}</Text>
        {m.birthday ? (
          <Text data-testid="member-birthday">{m.birthday}</Text>
        ) : (
          <Picker
            mode="date"
            value="1990-01-01"
            start="1900-01-01"
            end={new Date().toISOString().slice(0, 10)}
            onChange={(e) => saveBirthday(String(e.detail.value))}
            disabled={saving}
          >
            <Text className="centre__link">{c.setBirthday} ›</Text>
          </Picker>
        )}
      </View>
    </>
  );
}
