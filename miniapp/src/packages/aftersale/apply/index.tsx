import { Text, Textarea, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { client } from '../../../api/app-client';
import { describeRefusal, type RefusalLike } from '../../../api/errors';
import { useRead } from '../../../api/use-read';
import { Loaded } from '../../../components/Loaded';
import { Stepper } from '../../../components/Stepper';
import { OrderByIdDocument, type AfterSaleReason, type OrderDetailFragment } from '../../../generated/graphql';
import { RequestAfterSaleDocument } from '../generated';
import { money } from '../../../lib/money';
import { t } from '../../../strings';
import './index.scss';

/** 申请售后: which lines and how many, why, a note. The store decides; the order page shows the outcome live. */
export default function AfterSale() {
  const { params } = useRouter();
  const read = useRead({ query: OrderByIdDocument, variables: { id: params.order ?? '' }, signedIn: true });
  return (
    <Loaded read={read}>
      {(data) => (data.order ? <AfterSaleForm order={data.order} /> : <View className="empty">{t.common.unknownError}</View>)}
    </Loaded>
  );
}

function AfterSaleForm({ order }: { order: OrderDetailFragment }) {
  const [qty, setQty] = useState<Record<string, number>>({});
  const [reason, setReason] = useState<AfterSaleReason | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const chosen = order.lines.filter((l) => (qty[l.id] ?? 0) > 0);
  const requested = chosen.reduce((n, l) => n + l.unitPriceFen * qty[l.id]!, 0);
  const ready = chosen.length > 0 && reason !== null && !busy;
  const submit = async () => {
    if (!ready) return;
    setBusy(true);
    const res = await client
      .mutation(RequestAfterSaleDocument, {
        input: {
          orderId: order.id,
          reason: reason!,
          note: note.trim() || null,
          lines: chosen.map((l) => ({ lineId: l.id, quantity: qty[l.id]! })),
        },
      })
      .toPromise();
    setBusy(false);
    const r = res.data?.requestAfterSale;
    if (r?.__typename === 'AfterSale') {
      await Taro.showToast({ title: t.afterSale.submitted, icon: 'success' });
      void Taro.navigateBack();
    } else {
      const words = r ? describeRefusal(r as RefusalLike, order.fulfilment) : { title: t.common.networkError };
      void Taro.showModal({ title: words.title, content: r && 'message' in r ? r.message : '', showCancel: false });
    }
  };
  return (
    <View className="after-sale">
      <View className="card">
        <Text className="after-sale__title">{t.afterSale.chooseLines}</Text>
        {order.lines.map((l) => {
          const left = l.quantity - l.refundedQuantity;
          return (
            <View key={l.id} className="row between after-sale__line" data-testid="after-sale-line">
              <View className="grow">
                <Text className="after-sale__name">{l.name}</Text>
                <Text className="muted">
                  {money(l.unitPriceFen)} × {l.quantity}
                </Text>
              </View>
              {left > 0 && <Stepper value={qty[l.id] ?? 0} max={left} onChange={(n) => setQty({ ...qty, [l.id]: Math.max(0, n) })} />}
            </View>
          );
        })}
      </View>
      <View className="card">
        <Text className="after-sale__title">{t.afterSale.reason}</Text>
        <View>
          {Object.entries(t.afterSale.reasons).map(([code, label]) => (
            <Text
              key={code}
              className={`chip ${reason === code ? 'is-on' : ''}`}
              onClick={() => setReason(code as AfterSaleReason)}
              data-testid="after-sale-reason"
            >
              {label}
            </Text>
          ))}
        </View>
        <Text className="after-sale__title">{t.afterSale.note}</Text>
        <Textarea
          className="after-sale__note"
          value={note}
          placeholder={t.afterSale.notePlaceholder}
          onInput={(e) => setNote(e.detail.value)}
          data-testid="after-sale-note"
        />
      </View>
      <View className="after-sale__bar">
        {requested > 0 && <Text className="muted after-sale__sum">{t.afterSale.requestedFen(requested)}</Text>}
        <View className={`btn ${ready ? '' : 'disabled'}`} onClick={() => void submit()} data-testid="after-sale-submit">
          {t.afterSale.submit}
        </View>
      </View>
    </View>
  );
}
