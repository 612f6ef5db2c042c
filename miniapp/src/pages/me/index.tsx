import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import { QrCode } from '../../components/QrCode';
import { MeAndPointsDocument } from '../../generated/graphql';
import { client } from '../../state/api';
import { useApp } from '../../state/app-state';
import { ensureSignedIn } from '../../state/session';
import { t } from '../../strings';
import './index.scss';

export default function Me() {
  const app = useApp();
  const [me, setMe] = useState<{ id: string; points: number } | null>(null);
  const [showCode, setShowCode] = useState(false);
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
          <QrCode value={me.id} size={380} />
          <Text className='muted'>{t.me.memberHint}</Text>
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
