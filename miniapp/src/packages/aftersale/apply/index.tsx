import { Text, Textarea, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { OrderByIdDocument, type OrderDetailFragment } from '../../../generated/graphql';
import { client } from '../../../state/api';
import { t } from '../../../strings';
import './index.scss';

/** After-sales request: which lines, why, a note. Filing needs the API's after-sales requests (not yet there). */
export default function AfterSale() {
  const { params } = useRouter();
  const [order, setOrder] = useState<OrderDetailFragment | null>(null);
  const [lines, setLines] = useState<Record<string, boolean>>({});
  const [reason, setReason] = useState<string | null>(null);
  const [note, setNote] = useState('');
  useEffect(() => {
    void client.query(OrderByIdDocument, { id: params.order ?? '' }).toPromise().then((res) => setOrder(res.data?.order ?? null));
  }, [params.order]);
  if (!order) return <View className='empty'>{t.common.loading}</View>;
  const submit = () => {
    void Taro.showModal({ title: t.afterSale.unavailable, content: `${order.store.name} ${order.store.phone ?? ''}`, showCancel: false });
  };
  return (
    <View className='after-sale'>
      <View className='card'>
        <Text className='after-sale__title'>{t.afterSale.chooseLines}</Text>
        {order.lines.map((l) => (
          <View key={l.id} className='row between after-sale__line' onClick={() => setLines({ ...lines, [l.id]: !lines[l.id] })}>
            <Text>{lines[l.id] ? '☑' : '☐'} {l.name}</Text>
            <Text className='muted'>×{l.quantity}</Text>
          </View>
        ))}
      </View>
      <View className='card'>
        <Text className='after-sale__title'>{t.afterSale.reason}</Text>
        <View>
          {t.afterSale.reasons.map((r) => <Text key={r} className={`chip ${reason === r ? 'is-on' : ''}`} onClick={() => setReason(r)}>{r}</Text>)}
        </View>
        <Text className='after-sale__title'>{t.afterSale.note}</Text>
        <Textarea className='after-sale__note' value={note} placeholder={t.afterSale.notePlaceholder} onInput={(e) => setNote(e.detail.value)} />
      </View>
      <View className='after-sale__bar'>
        <View className={`btn ${reason && Object.values(lines).some(Boolean) ? '' : 'disabled'}`} onClick={submit}>{t.afterSale.submit}</View>
      </View>
    </View>
  );
}
