import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import { useRead } from '../../api/use-read';
import { Loaded, ReadFailed } from '../../components/Loaded';
import { QrCode } from '../../components/QrCode';
import { MeAndPointsDocument, MyMemberCodeDocument } from '../../generated/graphql';
import { useChosenStore } from '../../state/stores';
import { t } from '../../strings';
import './index.scss';

/** The shown code lives a minute on the server; fetch a fresh one a few seconds before it lapses. */
function MemberCode() {
  const read = useRead({ query: MyMemberCodeDocument, signedIn: true });
  const code = read.data?.myMemberCode;
  const { retry } = read;
  useEffect(() => {
    if (!code) return;
    const timer = setTimeout(retry, Math.max(5_000, Date.parse(code.expiresAt) - Date.now() - 5_000));
    return () => clearTimeout(timer);
  }, [code, retry]);
  return (
    <View className="card me__code" data-testid="member-code">
      <Loaded read={read} inline>
        {(data) =>
          data.myMemberCode ? (
            <>
              <QrCode value={data.myMemberCode.qrToken} size={380} />
              <Text className="me__digits" data-testid="member-digits">
                {data.myMemberCode.display}
              </Text>
            </>
          ) : (
            <Text className="muted">{t.me.memberLoading}</Text>
          )
        }
      </Loaded>
      <Text className="muted">{t.me.memberHint}</Text>
      <Text className="muted">{t.me.memberRefresh}</Text>
    </View>
  );
}

export default function Me() {
  const store = useChosenStore();
  const me = useRead({ query: MeAndPointsDocument, signedIn: true });
  const [showCode, setShowCode] = useState(false);
  // Points change with every order: read them again each time the tab comes back.
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) me.retry();
    shown.current = true;
  });
  return (
    <View className="me">
      <View className="me__head">
        <View className="me__avatar">邻</View>
        <View className="grow">
          <Text className="me__name">{t.me.guest}</Text>
          <Text className="me__store">{store ? `${t.me.homeStore}：${store.store.name}` : ''}</Text>
        </View>
      </View>
      {me.failed ? (
        <View className="card">
          <ReadFailed inline onRetry={me.retry} />
        </View>
      ) : (
        <View className="card row me__stats">
          <View className="grow me__stat">
            <Text className="me__num" data-testid="points">
              {me.data?.myPoints ?? '—'}
            </Text>
            <Text className="muted">{t.me.points}</Text>
          </View>
          <View className="grow me__stat" onClick={() => setShowCode(!showCode)} data-testid="member-code-toggle">
            <Text className="me__num">▦</Text>
            <Text className="muted">{t.me.member}</Text>
          </View>
        </View>
      )}
      {showCode && me.data && <MemberCode />}
      <View className="card me__menu">
        <View className="row between me__item" onClick={() => Taro.switchTab({ url: '/pages/orders/index' })}>
          <Text>{t.orders.title}</Text>
          <Text className="muted">›</Text>
        </View>
        <View className="row between me__item" onClick={() => Taro.navigateTo({ url: '/packages/address/list/index' })}>
          <Text>{t.me.addresses}</Text>
          <Text className="muted">›</Text>
        </View>
        <View className="row between me__item" onClick={() => Taro.navigateTo({ url: '/pages/stores/index' })}>
          <Text>{t.me.homeStore}</Text>
          <Text className="muted">{store?.store.name} ›</Text>
        </View>
      </View>
      <Text className="muted me__hint">{t.me.pointsHint}</Text>
    </View>
  );
}
