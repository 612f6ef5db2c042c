import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { QrCode } from '../../components/QrCode';
import { MeAndPointsDocument, MyMemberCodeDocument } from '../../generated/graphql';
import { client } from '../../state/api';
import { useApp } from '../../state/app-state';
import { ensureSignedIn } from '../../state/session';
import { t } from '../../strings';
import './index.scss';

type MemberCode = { display: string; qrToken: string; expiresAt: string };

/** The shown code lives a minute on the server; fetch a fresh one a few seconds before it lapses. */
function useMemberCode(active: boolean): MemberCode | null {
  const [code, setCode] = useState<MemberCode | null>(null);
  useEffect(() => {
    if (!active) return setCode(null);
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const load = async () => {
      const res = await client.query(MyMemberCodeDocument, {}, { requestPolicy: 'network-only' }).toPromise();
      if (stopped) return;
      const next = res.data?.myMemberCode ?? null;
      setCode(next);
      const lapse = next ? Date.parse(next.expiresAt) - Date.now() - 5_000 : 5_000;
      timer = setTimeout(() => void load(), Math.max(5_000, lapse));
    };
    void load();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    };
  }, [active]);
  return code;
}

export default function Me() {
  const app = useApp();
  const [me, setMe] = useState<{ id: string; points: number } | null>(null);
  const [showCode, setShowCode] = useState(false);
  const memberCode = useMemberCode(showCode && me !== null);
  useDidShow(() => {
    void ensureSignedIn(client).then(() => client.query(MeAndPointsDocument, {}).toPromise()).then((res) => {
      if (res.data?.me) setMe({ id: res.data.me.id, points: res.data.myPoints });
    });
  });
  return (
    <View className='me'>
      <View className='me__head'>
        <View className='me__avatar'>邻</View>
        <View className='grow'>
          <Text className='me__name'>{t.me.guest}</Text>
          <Text className='me__store'>{app.store ? `${t.me.homeStore}：${app.store.store.name}` : ''}</Text>
        </View>
      </View>
      <View className='card row me__stats'>
        <View className='grow me__stat'>
          <Text className='me__num' data-testid='points'>{me?.points ?? '—'}</Text>
          <Text className='muted'>{t.me.points}</Text>
        </View>
        <View className='grow me__stat' onClick={() => setShowCode(!showCode)} data-testid='member-code-toggle'>
          <Text className='me__num'>▦</Text>
          <Text className='muted'>{t.me.member}</Text>
        </View>
      </View>
      {showCode && me && (
        <View className='card me__code' data-testid='member-code'>
          {memberCode ? (
            <>
              <QrCode value={memberCode.qrToken} size={380} />
              <Text className='me__digits' data-testid='member-digits'>{memberCode.display}</Text>
            </>
          ) : (
            <Text className='muted'>{t.me.memberLoading}</Text>
          )}
          <Text className='muted'>{t.me.memberHint}</Text>
          <Text className='muted'>{t.me.memberRefresh}</Text>
        </View>
      )}
      <View className='card me__menu'>
        <View className='row between me__item' onClick={() => Taro.switchTab({ url: '/pages/orders/index' })}><Text>{t.orders.title}</Text><Text className='muted'>›</Text></View>
        <View className='row between me__item' onClick={() => Taro.navigateTo({ url: '/packages/address/list/index' })}><Text>{t.me.addresses}</Text><Text className='muted'>›</Text></View>
        <View className='row between me__item' onClick={() => Taro.navigateTo({ url: '/pages/stores/index' })}><Text>{t.me.homeStore}</Text><Text className='muted'>{app.store?.store.name} ›</Text></View>
      </View>
      <Text className='muted me__hint'>{t.me.pointsHint}</Text>
    </View>
  );
}
