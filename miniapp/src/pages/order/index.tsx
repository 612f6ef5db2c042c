import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { client } from '../../api/app-client';
import { describeFault, describeRefusal, type Refusal, type RefusalLike } from '../../api/errors';
import { Loaded } from '../../components/Loaded';
import { QrCode } from '../../components/QrCode';
import { RefusalSheet } from '../../components/RefusalSheet';
import { StepBar } from '../../components/StepBar';
import { CancelOrderDocument, ConfirmReceiptDocument, type OrderDetailFragment } from '../../generated/graphql';
import { dateTime, distance, nearDay, storeMoment } from '../../lib/format';
import { money } from '../../lib/money';
import { t } from '../../strings';
import { useLiveOrder } from './live-order';
import { GroupCard } from './GroupCard';
import './index.scss';

/** Open now and until when, or when it opens next: the API reads the store's hours in its own zone. */
function openingText(store: { openNow: boolean; opensAt?: Moment | null; closesAt?: Moment | null }): string {
  // Open with no closing within the week the API looks ahead: around the clock.
  if (store.openNow) return store.closesAt ? t.orders.openUntil(storeMoment(store.closesAt)) : t.orders.openAllDay;
  return store.opensAt ? `${t.home.closed} · ${t.home.opensAt(storeMoment(store.opensAt))}` : t.home.closed;
}
type Moment = Parameters<typeof storeMoment>[0];

/** When to come: the slot chosen at checkout with its day, or as soon as the order is ready. */
function PickupTime({ slot }: { slot: OrderDetailFragment['pickupSlot'] }) {
  return (
    <View className="row between order__slot" data-testid="pickup-slot">
      <Text className="muted">{t.orders.slotTitle}</Text>
      <Text className="order__slot-time">{slot ? `${t.checkout.day(nearDay(slot.date), slot.date)} ${slot.label}` : t.orders.asap}</Text>
    </View>
  );
}

export default function OrderPage() {
  const { params } = useRouter();
  const live = useLiveOrder(params.id);
  return (
    <Loaded read={live}>
      {(data) =>
        data.order ? (
          <OrderView order={data.order} setOrder={live.setOrder} />
        ) : (
          <View className="empty">{describeRefusal({ errorCode: 'ORDER_NOT_FOUND', message: '' }, 'PICKUP').title}</View>
        )
      }
    </Loaded>
  );
}

function OrderView({ order, setOrder }: { order: OrderDetailFragment; setOrder: (o: OrderDetailFragment) => void }) {
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const store = order.store;
  const code = order.pickupCode;
  // 拼团 not formed (still forming, or failed and refunded): nothing to collect yet, or ever; no pickup time, no way to
  // the store, only the group's progress and what became of it.
  const groupOnly = order.groupBuy != null && order.groupBuy.state !== 'FORMED';

  const cancel = async () => {
    const { confirm } = await Taro.showModal({ title: t.orders.cancelConfirm, confirmText: t.orders.cancel, cancelText: t.common.back });
    if (!confirm) return;
    const res = await client.mutation(CancelOrderDocument, { orderId: order.id }).toPromise();
    const r = res.data?.cancelOrder;
    if (r?.__typename === 'CustomerOrder') setOrder(r);
    else if (r) setRefusal(describeRefusal(r as RefusalLike, order.fulfilment));
    else setRefusal(describeFault(res.error));
  };
  const receive = async () => {
    const res = await client.mutation(ConfirmReceiptDocument, { orderId: order.id }).toPromise();
    const r = res.data?.confirmReceipt;
    if (r?.__typename === 'CustomerOrder') setOrder(r);
    else if (r) setRefusal(describeRefusal(r as RefusalLike, order.fulfilment));
    else setRefusal(describeFault(res.error));
  };
  const navigate = () => {
    if (process.env.TARO_ENV === 'weapp') {
      void Taro.openLocation({
        latitude: store.location.lat,
        longitude: store.location.lng,
        name: store.name,
        address: store.address,
        scale: 17,
      });
    } else {
      // AMap's URI takes GCJ-02, which is what the API gave us.
      window.open(
        `https://uri.amap.com/marker?position=${store.location.lng},${store.location.lat}&name=${encodeURIComponent(store.name)}&coordinate=gaode&callnative=1`,
      );
    }
  };

  return (
    <View className="order">
      <View className={`order__head state-${order.state}`}>
        <Text className="order__state" data-testid="order-state" data-state={order.state}>
          {t.state[order.state] ?? order.state}
        </Text>
        <Text className="order__live">{t.orders.live}</Text>
        <StepBar state={order.state} fulfilment={order.fulfilment} />
      </View>

      {order.groupBuy && <GroupCard group={order.groupBuy} />}

      {code && !groupOnly && (
        <View className="card order__code" data-testid="pickup-code-card">
          <Text className="muted">{t.orders.pickupCode}</Text>
          <Text className="order__digits" data-testid="pickup-code">
            {code.display}
          </Text>
          <QrCode value={code.qrToken} size={360} />
          <PickupTime slot={order.pickupSlot} />
          <Text className="order__deadline">{t.orders.deadline(dateTime(code.expiresAt))}</Text>
          <Text className="muted">{t.orders.showAtCounter}</Text>
        </View>
      )}

      <View className="card">
        <View className="row between">
          <Text className="order__store">{store.name}</Text>
          {order.distanceM > 0 && <Text className="muted">{distance(order.distanceM)}</Text>}
        </View>
        <Text className="order__address">{store.address}</Text>
        {!groupOnly && (
          <>
            <Text className="muted" data-testid="store-opening">
              {t.orders.hours}：{openingText(store)}
            </Text>
            {order.fulfilment === 'PICKUP' && !code && <PickupTime slot={order.pickupSlot} />}
            <View className="row order__store-actions">
              <View className="btn small ghost" onClick={navigate} data-testid="store-navigate">
                {t.orders.navigate}
              </View>
              {store.phone && (
                <View className="btn small ghost" onClick={() => Taro.makePhoneCall({ phoneNumber: store.phone! })}>
                  {t.orders.call}
                </View>
              )}
            </View>
          </>
        )}
        {order.fulfilment === 'DELIVERY' && order.address && (
          <View className="order__deliver-to">
            <Text className="muted">{t.orders.address}</Text>
            <Text>{order.address}</Text>
            <Text className="muted">
              {order.contactName} {order.contactPhone}
            </Text>
          </View>
        )}
      </View>

      <View className="card">
        {order.lines.map((l) => (
          <View key={l.id} className="row between order__line">
            <Text className="grow">{l.name}</Text>
            <Text className="muted">×{l.quantity}</Text>
            <Text className="order__line-sum">{money(l.unitPriceFen * l.quantity)}</Text>
          </View>
        ))}
        {order.deliveryFeeFen > 0 && (
          <View className="row between order__line">
            <Text>{t.checkout.deliveryFee}</Text>
            <Text>{money(order.deliveryFeeFen)}</Text>
          </View>
        )}
        {order.discountFen > 0 && (
          <View className="row between order__line">
            <Text>{t.orders.discount}</Text>
            <Text data-testid="order-discount">-{money(order.discountFen)}</Text>
          </View>
        )}
        <View className="row between order__line">
          <Text>{t.checkout.total}</Text>
          <Text className="price">{money(order.totalFen)}</Text>
        </View>
        {order.refundedFen > 0 && <Text className="muted">{t.orders.refunded(order.refundedFen)}</Text>}
        <Text className="muted order__meta">{t.orders.placedAt(dateTime(order.createdAt))}</Text>
      </View>

      {order.afterSales.length > 0 && (
        <View className="card" data-testid="after-sales">
          <Text className="order__store">{t.afterSale.outcome}</Text>
          {order.afterSales.map((a) => (
            <View key={a.id} className="order__after-sale" data-testid="after-sale" data-state={a.state}>
              <View className="row between">
                <Text>
                  {t.afterSale.reasons[a.reason] ?? a.reason} · {a.lines.map((l) => `${l.name} ×${l.quantity}`).join('，')}
                </Text>
              </View>
              <Text className={`order__after-state state-${a.state}`} data-testid="after-sale-state">
                {t.afterSale.status[a.state]}
              </Text>
              <Text className="muted">
                {a.state === 'APPROVED' && a.refundedFen != null
                  ? t.afterSale.refundedFen(a.refundedFen)
                  : t.afterSale.requestedFen(a.requestedFen)}
              </Text>
              {a.declineReason && <Text className="muted">{t.afterSale.declined(a.declineReason)}</Text>}
            </View>
          ))}
        </View>
      )}

      <View className="order__actions">
        {order.nextActions.includes('CANCEL') && (
          <View className="btn danger small" onClick={() => void cancel()} data-testid="cancel-order">
            {t.orders.cancel}
          </View>
        )}
        {order.canRequestAfterSale && (
          <View
            className="btn ghost small"
            onClick={() => Taro.navigateTo({ url: `/packages/aftersale/apply/index?order=${order.id}` })}
            data-testid="after-sale"
          >
            {t.orders.afterSale}
          </View>
        )}
        {order.nextActions.includes('CONFIRM_RECEIPT') && (
          <View className="btn small" onClick={() => void receive()} data-testid="confirm-receipt">
            {t.orders.confirmReceipt}
          </View>
        )}
      </View>
      <RefusalSheet refusal={refusal} onAct={() => setRefusal(null)} onClose={() => setRefusal(null)} />
    </View>
  );
}
