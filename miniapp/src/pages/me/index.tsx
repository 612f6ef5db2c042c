import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useRef } from 'react';
import { client } from '../../api/app-client';
import { signOut } from '../../api/session';
import { useRead } from '../../api/use-read';
import { ReadFailed } from '../../components/Loaded';
import { MeAndPointsDocument } from '../../generated/graphql';
import { useChosenStore } from '../../state/stores';
import { t } from '../../strings';
import './index.scss';

export default function Me() {
  const store = useChosenStore();
  const me = useRead({ query: MeAndPointsDocument, signedIn: true });
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
          <View
            className="grow me__stat"
            onClick={() => Taro.navigateTo({ url: '/packages/member/code/index' })}
            data-testid="member-code-toggle"
          >
            <Text className="me__num">▦</Text>
            <Text className="muted">{t.me.member}</Text>
          </View>
        </View>
      )}
      <View className="card me__menu">
        <View
          className="row between me__item"
          data-testid="member-centre-entry"
          onClick={() => Taro.navigateTo({ url: '/packages/member/centre/index' })}
        >
          <Text>{t.me.memberCentre}</Text>
          <Text className="muted">›</Text>
        </View>
        <View className="row between me__item" onClick={() => Taro.switchTab({ url: '/pages/orders/index' })}>
          <Text>{t.orders.title}</Text>
          <Text className="muted">›</Text>
        </View>
        <View
          className="row between me__item"
          onClick={() => Taro.navigateTo({ url: '/packages/coupon/mine/index' })}
          data-testid="me-coupons"
        >
          <Text>{t.me.coupons}</Text>
          <Text className="muted">›</Text>
        </View>
        <View
          className="row between me__item"
          onClick={() => Taro.navigateTo({ url: '/packages/coupon/centre/index' })}
          data-testid="me-coupon-centre"
        >
          <Text>{t.me.couponCentre}</Text>
          <Text className="muted">›</Text>
        </View>
        <View className="row between me__item" onClick={() => Taro.navigateTo({ url: '/packages/promoter/centre/index' })}>
          <Text>{t.me.promoter}</Text>
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
      <View className="card me__menu">
        <View
          className="row me__item me__sign-out"
          data-testid="sign-out"
          onClick={() =>
            void Taro.showModal({ content: t.me.signOutConfirm }).then(({ confirm }) => {
              if (confirm) void signOut(client).then(() => Taro.reLaunch({ url: '/pages/home/index' }));
            })
          }
        >
          <Text>{t.me.signOut}</Text>
        </View>
      </View>
    </View>
  );
}
