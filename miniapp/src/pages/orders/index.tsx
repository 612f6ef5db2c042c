import { Text, View } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { useState } from 'react';
import { MyOrdersDocument, type OrderSummaryFragment } from '../../generated/graphql';
import { dateTime } from '../../lib/format';
import { money } from '../../lib/money';
import { client } from '../../state/api';
import { ensureSignedIn } from '../../state/session';
import { t } from '../../strings';
import './index.scss';

export default function Orders() {
  const [orders, setOrders] = useState<OrderSummaryFragment[] | null>(null);
  const load = async () => {
    await ensureSignedIn(client);
    const res = await client.query(MyOrdersDocument, { first: 30 }).toPromise();
    setOrders(res.data?.myOrders.nodes ?? []);
    Taro.stopPullDownRefresh();
  };
  useDidShow(() => void load());
  usePullDownRefresh(() => void load());
  if (!orders) return <View className='empty'>{t.common.loading}</View>;
  if (orders.length === 0) return <View className='empty'>{t.orders.empty}</View>;
  return (
    <View className='orders'>
      {orders.map((o) => (
        <View key={o.id} className='card orders__item' onClick={() => Taro.navigateTo({ url: `/pages/order/index?id=${o.id}` })} data-testid='order-item'>
          <View className='row between'>
            <Text className='orders__store'>{o.store.name}</Text>
            <Text className={`orders__state state-${o.state}`}>{t.state[o.state]}</Text>
          </View>
          <Text className='orders__lines'>{o.lines.map((l) => `${l.name} ×${l.quantity}`).join('，')}</Text>
          <View className='row between'>
            <Text className='muted'>{t.mode[o.fulfilment]} · {dateTime(o.createdAt)}</Text>
            <Text className='orders__total'>{money(o.totalFen)}</Text>
          </View>
        </View>
      ))}
    </View>
  );
}
