import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { money } from '../../lib/money';
import { sandboxPay } from '../../state/pay';
import { t } from '../../strings';
import './index.scss';

/** h5 only: the sandbox cashier, where WeChat's payment sheet would be in the mini-program. */
export default function Cashier() {
  const { params } = useRouter();
  const [busy, setBusy] = useState(false);
  const total = Number(params.total ?? 0);
  const pay = async () => {
    if (busy) return;
    setBusy(true);
    const ok = await sandboxPay(decodeURIComponent(params.prepay ?? ''));
    setBusy(false);
    if (!ok) return void Taro.showToast({ title: t.cashier.failed, icon: 'none' });
    void Taro.showToast({ title: t.cashier.paid, icon: 'success' });
    void Taro.redirectTo({ url: `/pages/order/index?id=${params.order}&paid=1` });
  };
  return (
    <View className="cashier">
      <View className="cashier__sheet">
        <Text className="cashier__sandbox">{t.cashier.sandbox}</Text>
        <Text className="muted">{t.cashier.amount}</Text>
        <Text className="cashier__amount" data-testid="cashier-amount">
          {money(total)}
        </Text>
        <Text className="muted">邻里便利</Text>
        <View className={`btn cashier__pay ${busy ? 'disabled' : ''}`} onClick={() => void pay()} data-testid="cashier-pay">
          {t.cashier.confirm}
        </View>
        <View className="cashier__cancel" onClick={() => Taro.redirectTo({ url: `/pages/order/index?id=${params.order}` })}>
          {t.cashier.cancel}
        </View>
      </View>
    </View>
  );
}
