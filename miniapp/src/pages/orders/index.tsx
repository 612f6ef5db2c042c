import { Text, View } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { useEffect, useRef } from 'react';
import { useRead } from '../../api/use-read';
import { Loaded } from '../../components/Loaded';
import { MyOrdersDocument } from '../../generated/graphql';
import { dateTime } from '../../lib/format';
import { money } from '../../lib/money';
import { t } from '../../strings';
import './index.scss';

export default function Orders() {
  const orders = useRead({ query: MyOrdersDocument, variables: { first: 30 }, signedIn: true });
  // Each time the tab comes back the states may have moved on; the first show is the read itself.
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) orders.retry();
    shown.current = true;
  });
  usePullDownRefresh(() => orders.retry());
  useEffect(() => {
    if (!orders.fetching) void Taro.stopPullDownRefresh();
  }, [orders.fetching]);
  return (
    <Loaded read={orders}>
      {(data) =>
        data.myOrders.nodes.length === 0 ? (
          <View className="empty">{t.orders.empty}</View>
        ) : (
          <View className="orders">
            {data.myOrders.nodes.map((o) => (
              <View
                key={o.id}
                className="card orders__item"
                onClick={() => Taro.navigateTo({ url: `/pages/order/index?id=${o.id}` })}
                data-testid="order-item"
              >
                <View className="row between">
                  <Text className="orders__store">{o.store.name}</Text>
                  <Text className={`orders__state state-${o.state}`}>{t.state[o.state]}</Text>
                </View>
                <Text className="orders__lines">{o.lines.map((l) => `${l.name} ×${l.quantity}`).join('，')}</Text>
                <View className="row between">
                  <Text className="muted">
                    {t.mode[o.fulfilment]} · {dateTime(o.createdAt)}
                  </Text>
                  <Text className="orders__total">{money(o.totalFen)}</Text>
                </View>
              </View>
            ))}
          </View>
        )
      }
    </Loaded>
  );
}
