// One group (团), as its share card opens it (the group page with ?id=): the offer, members paid of the group's size (empty places stay
// empty), the countdown on the server's clock, 参与拼团 for others, and what became of it; members share it on.
import { Text, View } from '@tarojs/components';
import Taro, { useDidShow, useShareAppMessage } from '@tarojs/taro';
import { useRead } from '../../../api/use-read';
import { Loaded } from '../../../components/Loaded';
import { ShopGroupBuyGroupDocument } from '../generated';
import { money } from '../../../lib/money';
import { t } from '../strings';
import { goGroupCheckout, hms, useServerNow } from './go';
import './GroupDetail.scss';

export const pathOf = (id: string) => `/packages/group/buy/index?id=${id}`;

export function GroupDetail({ id }: { id: string }) {
  const read = useRead({ query: ShopGroupBuyGroupDocument, variables: { id, storeId: null }, requestPolicy: 'network-only' });
  const group = read.data?.groupBuyGroup;
  const offer = read.data?.groupBuyBoard.offers.find((o) => o.id === group?.offerId);
  const at = useServerNow(group?.serverNow);
  // Back from paying, or a friend joined meanwhile: read it again.
  useDidShow(() => read.retry());
  useShareAppMessage(() => ({
    title: offer ? t.group.shareTitle(money(offer.groupPriceFen), offer.productName) : t.group.entry,
    path: pathOf(id),
  }));

  const shareH5 = () => {
    const link = `${(globalThis as { location?: Location }).location?.origin ?? ''}/m/#${pathOf(id)}`;
    void Taro.setClipboardData({ data: link }).then(() => Taro.showToast({ title: t.group.copied, icon: 'none' }));
  };

  return (
    <Loaded read={read}>
      {() =>
        !group ? (
          <View className="empty">{t.group.notFound}</View>
        ) : (
          <View className="group-detail">
            <View className={`group-detail__head is-${group.state}`}>
              <Text className="group-detail__state" data-testid="group-state" data-state={group.state}>
                {t.group.state[group.state]}
              </Text>
              {offer && (
                <Text className="group-detail__offer">
                  {offer.productName} · {money(offer.groupPriceFen)} · {t.group.size(group.size)}
                </Text>
              )}
            </View>
            <View className="card group-detail__body">
              <View className="group-detail__seats" data-testid="group-seats">
                {Array.from({ length: group.size }, (_, i) => (
                  <View key={i} className={`group-detail__seat ${i < group.paid ? 'is-paid' : i < group.joined ? 'is-joined' : ''}`}>
                    {i < group.paid ? '✓' : '?'}
                  </View>
                ))}
              </View>
              <Text className="group-detail__progress" data-testid="group-progress">
                {t.group.progress(group.paid, group.size)}
              </Text>
              {group.state === 'OPEN' && (
                <Text className="group-detail__clock" data-testid="group-countdown">
                  {t.group.left} {hms(Date.parse(group.deadline) - at)}
                </Text>
              )}
              <Text className="muted group-detail__hint" data-testid="group-hint">
                {group.state === 'FORMED'
                  ? t.group.formedHint
                  : group.state === 'FAILED'
                    ? t.group.failedHint
                    : group.autoForm
                      ? t.group.autoForm
                      : t.group.noAutoForm}
              </Text>
              {group.state === 'OPEN' && !group.myOrderId && group.joined < group.size && offer && (
                <View className="btn group-detail__join" onClick={() => void goGroupCheckout(offer, group)} data-testid="group-join-this">
                  {t.group.join}
                </View>
              )}
              {group.myOrderId && (
                <View className="row group-detail__mine">
                  {group.state === 'OPEN' && process.env.TARO_ENV !== 'weapp' && (
                    <View className="btn group-detail__join" onClick={shareH5} data-testid="group-share">
                      {t.group.invite}
                    </View>
                  )}
                  <View
                    className="btn ghost"
                    onClick={() => void Taro.navigateTo({ url: `/pages/order/index?id=${group.myOrderId}` })}
                    data-testid="group-my-order"
                  >
                    {t.group.mine}
                  </View>
                </View>
              )}
            </View>
          </View>
        )
      }
    </Loaded>
  );
}
