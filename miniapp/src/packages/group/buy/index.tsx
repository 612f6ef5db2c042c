// 邻里拼团: one group when opened with ?id= (GroupDetail.tsx); otherwise the offers running at the shopper's store, each with its group price, size and whether it auto-forms at
// its deadline, 发起拼团, and the groups forming there now (参与拼团), with their countdowns on the server's clock.
import { Text, View } from '@tarojs/components';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { useRead } from '../../../api/use-read';
import { Loaded } from '../../../components/Loaded';
import { ShopGroupBuyBoardDocument } from '../generated';
import { money } from '../../../lib/money';
import { useChosenStore } from '../../../state/stores';
import { t } from '../strings';
import { goGroupCheckout, hms, useServerNow } from './go';
import { GroupDetail, pathOf } from './GroupDetail';
import './index.scss';

/** One page for both (a route costs the main package's H5 JS): the offers, or with ?id= one group. */
export default function GroupPage() {
  const id = useRouter().params.id;
  return id ? <GroupDetail id={id} /> : <GroupBuy />;
}

function GroupBuy() {
  const chosen = useChosenStore();
  const storeId = chosen?.store.id;
  const board = useRead({ query: ShopGroupBuyBoardDocument, variables: { storeId }, pause: !storeId, requestPolicy: 'network-only' });
  const serverNow = board.data?.groupBuyBoard.serverNow;
  const at = useServerNow(serverNow);
  useDidShow(() => board.retry());

  return (
    <View className="group">
      <Loaded read={board}>
        {(data) =>
          data.groupBuyBoard.offers.length === 0 ? (
            <View className="empty">{t.group.none}</View>
          ) : (
            <View>
              {data.groupBuyBoard.offers.map((offer) => (
                <View key={offer.id} className="card group__offer" data-testid="group-offer">
                  <View className="row between">
                    <Text className="group__name">{offer.productName}</Text>
                    <Text className="group__size">{t.group.size(offer.groupSize)}</Text>
                  </View>
                  <View className="group__prices">
                    <Text className="price group__price">{money(offer.groupPriceFen)}</Text>
                    <Text className="group__list">
                      {t.group.list} {money(offer.listPriceFen)}
                    </Text>
                  </View>
                  <Text className="muted group__rule" data-testid="group-rule">
                    {offer.autoForm ? t.group.autoForm : t.group.noAutoForm}
                  </Text>
                  <View className="btn group__start" onClick={() => void goGroupCheckout(offer)} data-testid="group-start">
                    {t.group.start}
                  </View>
                  {offer.openGroups.length > 0 && (
                    <View className="group__open">
                      <Text className="muted">{t.group.openGroups}</Text>
                      {offer.openGroups.map((g) => (
                        <View key={g.id} className="row between group__open-row" data-testid="group-open">
                          <Text>{t.group.lacking(g.size - g.joined)}</Text>
                          <Text className="group__clock">
                            {t.group.left} {hms(Date.parse(g.deadline) - at)}
                          </Text>
                          <View
                            className="btn small group__join"
                            onClick={() => void Taro.navigateTo({ url: pathOf(g.id) })}
                            data-testid="group-join"
                          >
                            {t.group.join}
                          </View>
                        </View>
                      ))}
                    </View>
                  )}
                </View>
              ))}
            </View>
          )
        }
      </Loaded>
    </View>
  );
}
