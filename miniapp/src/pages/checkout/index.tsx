import { Input, ScrollView, Text, View } from '@tarojs/components';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { useEffect, useMemo, useRef, useState } from 'react';
import { client } from '../../api/app-client';
import { describeFault, describeRefusal, type NextStep, type Refusal, type RefusalLike } from '../../api/errors';
import { useRead } from '../../api/use-read';
import { ReadFailed } from '../../components/Loaded';
import { RefusalSheet } from '../../components/RefusalSheet';
import {
  CheckoutQuoteDocument,
  PayCheckoutDocument,
  PickupSlotsDocument,
  PlaceCheckoutDocument,
  type CheckoutInput,
  type CheckoutQuoteInput,
  type PickupSlotsQuery,
} from '../../generated/graphql';
import { goodsFen, orderableLines, recheck } from '../../lib/cart';
import { nearDay, shanghaiDate } from '../../lib/format';
import { money } from '../../lib/money';
import { keys, load, save } from '../../lib/storage';
import { addressText, pickAddress, useAddresses } from '../../state/addresses';
import { clearCart, replaceCart, useCart } from '../../state/cart';
import { setMode as setAppMode, useMode, type Mode } from '../../state/mode';
import { payOrder } from '../../state/pay';
import { chooseStore, useChosenStore } from '../../state/stores';
import { t } from '../../strings';
import { CouponPicker, DiscountRows } from './CouponPicker';
import './index.scss';

type PickupSlot = Extract<PickupSlotsQuery['pickupSlots'], { __typename?: 'PickupSlotList' }>['slots'][number];

/** The slots still to be had on one of the store's dates (none while unread or on a failed read). */
function useSlotsOn(storeId: string | undefined, date: string, pause: boolean) {
  const read = useRead({ query: PickupSlotsDocument, variables: { storeId: storeId ?? '', date }, pause: pause || !storeId });
  const list = read.data?.pickupSlots;
  const slots = list?.__typename === 'PickupSlotList' ? list.slots.filter((s) => s.available).map((s) => ({ ...s, date: list.date })) : [];
  return { read, slots };
}

/** Each chip says its day: a slot at 10:00 tomorrow must not read like one this morning. */
function SlotChip({ on, day, time, onTap, testId }: { on: boolean; day: string; time: string; onTap: () => void; testId?: string }) {
  return (
    <View className={`chip checkout__slot ${on ? 'is-on' : ''}`} onClick={onTap} data-testid={testId}>
      <Text className="checkout__slot-day">{day}</Text>
      <Text className="checkout__slot-time">{time}</Text>
    </View>
  );
}

const newKey = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`;

/** This device's id for flash sales' per-device limit: made once, kept in storage. */
function deviceId(): string {
  const known = load<string>(keys.deviceId, '');
  if (known) return known;
  const made = `d-${newKey()}`.slice(0, 64);
  save(keys.deviceId, made);
  return made;
}

export default function Checkout() {
  const appMode = useMode();
  const cart = useCart();
  // 秒杀 (from the flash page): one unit of the flash item instead of the cart; the quote prices it as checkout will.
  const params = useRouter().params;
  // 拼团 (from the group pages) the same way: one unit of the offer's SKU, picked up, starting a group or joining one.
  const flash =
    params.flash || params.group
      ? {
          itemId: params.flash ?? '',
          skuId: params.sku ?? '',
          priceFen: Number(params.price ?? 0),
          name: decodeURIComponent(params.name ?? ''),
        }
      : null;
  const chosen = useChosenStore();
  const [chosenMode, setMode] = useState<Mode>(appMode);
  // A group is collected at its store (邻里拼团): a group checkout is pickup there, whatever was chosen before.
  const mode: Mode = params.group ? 'PICKUP' : chosenMode;
  const addresses = useAddresses();
  const address = addresses.data ? pickAddress(addresses.data.myAddresses) : null;
  const [slot, setSlot] = useState<string | null>(null);
  const [contact, setContact] = useState(() => load(keys.contact, { name: '', phone: '' }));
  const [remark, setRemark] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  // The coupon: the quote's best until the shopper picks one (or none); points only when switched on.
  const [couponPick, setCouponPick] = useState<string | null | 'BEST'>('BEST');
  const [bestCoupon, setBestCoupon] = useState<string | null>(null);
  const [usePoints, setUsePoints] = useState(false);
  const [picking, setPicking] = useState(false);
  const couponId = couponPick === 'BEST' ? bestCoupon : couponPick;
  const key = useRef(newKey());
  const store = chosen?.store;
  const lines = flash
    ? [{ skuId: flash.skuId, productId: '', name: flash.name, spec: '', unitPriceFen: flash.priceFen, quantity: 1 }]
    : orderableLines(cart);
  const cartLines = useMemo(() => lines.map((l) => ({ skuId: l.skuId, quantity: l.quantity })), [lines]);

  // Pickup slots come from the store (its hours and how many orders a slot takes); today's, then tomorrow's.
  const [today, tomorrow] = useMemo(() => [shanghaiDate(Date.now()), shanghaiDate(Date.now(), 1)], []);
  const slotsToday = useSlotsOn(store?.id, today, mode !== 'PICKUP');
  const slotsTomorrow = useSlotsOn(store?.id, tomorrow, mode !== 'PICKUP');
  const slots: (PickupSlot & { date: string })[] = [...slotsToday.slots, ...slotsTomorrow.slots].slice(0, 16);
  const slotsFailed = slotsToday.read.failed || slotsTomorrow.read.failed;

  // Back from the address book: the chosen or a new address (the first show is the read itself).
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) addresses.retry();
    shown.current = true;
  });

  // The server prices the whole checkout with the pipeline checkout itself runs: where it goes, the delivery fee,
  // every 满减, the coupon and the points. What the page shows and charges is this quote.
  const flashAsk = useMemo(
    () =>
      params.group
        ? { groupOfferId: params.group, groupId: params.groupId }
        : flash
          ? { flashItemId: flash.itemId, deviceId: deviceId() }
          : {},
    [flash?.itemId],
  );
  const choices = { couponId, usePoints, ...flashAsk };
  const input: CheckoutQuoteInput | null =
    !store || !cartLines.length
      ? null
      : mode === 'DELIVERY'
        ? address && { fulfilment: 'DELIVERY' as const, lines: cartLines, addressId: address.id, ...choices }
        : { fulfilment: 'PICKUP' as const, lines: cartLines, storeId: store.id, scheduledAt: slot, ...choices };
  const quoteRead = useRead({ query: CheckoutQuoteDocument, variables: { input: input! }, pause: !input, signedIn: true });
  const answer = input ? (quoteRead.data?.checkoutQuote ?? null) : null;
  const quote = answer?.__typename === 'CheckoutQuote' && !quoteRead.fetching ? answer : null;
  const points = quoteRead.data?.myPoints ?? 0;
  const quoteRefusal = answer && 'errorCode' in answer ? describeRefusal(answer as RefusalLike, mode) : null;
  // Preselect the best coupon once the quote names it (and follow it while the shopper has not chosen).
  const best = answer?.__typename === 'CheckoutQuote' ? (answer.bestCouponId ?? null) : undefined;
  useEffect(() => {
    if (best !== undefined && couponPick === 'BEST' && best !== bestCoupon) setBestCoupon(best);
  }, [best, couponPick, bestCoupon]);
  const goods = flash ? flash.priceFen : goodsFen(cart);
  const couponApplied = quote?.applied.find((a) => a.kind === 'COUPON');
  const couponMiss = quote?.notApplied.find((n) => n.kind === 'COUPON');
  const usableCoupons = quote?.coupons.filter((c) => c.usable).length ?? 0;
  // Why no coupon can go on these goods at all (拼团商品不参与), as the quote says.
  const promotionPrice =
    quote?.coupons.find((c) => c.problem === 'PROMOTION_PRICE')?.message ??
    quote?.notApplied.find((n) => n.code === 'PROMOTION_PRICE')?.message;

  const act = async (step: NextStep) => {
    setRefusal(null);
    if (step.kind === 'SWITCH_TO_PICKUP') {
      setMode('PICKUP');
      setAppMode('PICKUP');
      await chooseStore(step.storeId);
    } else if (step.kind === 'SWITCH_STORE') {
      await chooseStore(step.storeId);
    } else if (step.kind === 'FIX_CART') {
      const levels = new Map(cart.lines.map((l) => [l.skuId, l.available ?? 99] as const));
      for (const a of step.available) levels.set(a.skuId, a.available);
      replaceCart(recheck(cart, levels).cart);
    } else if (step.kind === 'ACCEPT_PRICES') {
      const prices = new Map(step.prices.map((p) => [p.skuId, p.unitPriceFen]));
      replaceCart({ ...cart, lines: cart.lines.map((l) => ({ ...l, unitPriceFen: prices.get(l.skuId) ?? l.unitPriceFen })) });
      quoteRead.retry();
      key.current = newKey();
    } else if (step.kind === 'CHOOSE_SLOT') {
      setSlot(step.startsAt);
      key.current = newKey();
    } else if (step.kind === 'ADD_MORE') {
      void Taro.switchTab({ url: '/pages/category/index' });
    } else if (step.kind === 'NEW_CART' || step.kind === 'RETRY') {
      key.current = newKey();
    }
  };

  const place = async () => {
    if (busy || !store || !quote) return;
    // Delivery takes the contact from the saved address; pickup asks who collects.
    if (mode === 'DELIVERY' && !address) return void Taro.showToast({ title: t.checkout.needAddress, icon: 'none' });
    if (mode === 'PICKUP' && !contact.name.trim()) return void Taro.showToast({ title: t.checkout.invalidName, icon: 'none' });
    if (mode === 'PICKUP' && !/^1\d{10}$/.test(contact.phone)) return void Taro.showToast({ title: t.checkout.invalidPhone, icon: 'none' });
    if (mode === 'PICKUP') save(keys.contact, contact);
    // WeChat lets a mini-program ask for message consent only inside the tap: do it first.
    const consent = askForOrderMessages();
    setBusy(t.checkout.placing);
    const input: CheckoutInput = {
      idempotencyKey: key.current,
      lines: cartLines,
      fulfilment: mode,
      remark: remark.trim() || null,
      // Charged exactly what was shown: if anything moved since the quote, checkout refuses with the new figures.
      expectedTotalFen: quote.totalFen,
      couponId,
      usePoints,
      ...flashAsk,
      ...(mode === 'DELIVERY'
        ? { addressId: address!.id }
        : { storeId: store.id, pickupSlotStart: slot, contact: { name: contact.name.trim(), phone: contact.phone } }),
    };
    const res = await client.mutation(PlaceCheckoutDocument, { input }).toPromise();
    const result = res.data?.checkout;
    if (!result) {
      setBusy(null);
      return setRefusal(describeFault(res.error));
    }
    if (result.__typename !== 'CheckoutPlaced') {
      setBusy(null);
      key.current = newKey();
      quoteRead.retry();
      return setRefusal(describeRefusal(result as RefusalLike, mode));
    }
    await consent;
    setBusy(t.checkout.paying);
    const pay = await client.mutation(PayCheckoutDocument, { checkoutId: result.checkout.id }).toPromise();
    const params = pay.data?.payCheckout;
    setBusy(null);
    if (params?.__typename !== 'PaymentParams') {
      return setRefusal(params && 'errorCode' in params ? describeRefusal(params as RefusalLike, mode) : describeFault(pay.error));
    }
    if (!flash) clearCart(lines.map((l) => l.skuId));
    key.current = newKey();
    await payOrder(params, result.checkout.id, result.orders[0]!.id);
  };

  if (!store || lines.length === 0) return <View className="empty">{t.cart.empty}</View>;

  return (
    <View className="checkout">
      <View className="checkout__modes">
        {(params.group ? (['PICKUP'] as const) : (['DELIVERY', 'PICKUP'] as const)).map((m) => (
          <View key={m} className={`checkout__mode ${mode === m ? 'is-on' : ''}`} onClick={() => setMode(m)} data-testid={`checkout-${m}`}>
            {m === 'DELIVERY' ? t.checkout.delivery : t.checkout.pickup}
          </View>
        ))}
      </View>

      {mode === 'DELIVERY' ? (
        <View className="card" onClick={() => Taro.navigateTo({ url: '/packages/address/list/index?select=1' })} data-testid="address-card">
          {addresses.failed ? (
            <ReadFailed inline onRetry={addresses.retry} />
          ) : !addresses.data ? (
            <Text className="muted">{t.common.loading}</Text>
          ) : address ? (
            <View>
              <Text className="checkout__addr">{addressText(address)}</Text>
              <Text className="muted">
                {address.contactName} {address.contactPhone}
              </Text>
            </View>
          ) : (
            <Text className="checkout__add">＋ {t.checkout.addAddress}</Text>
          )}
        </View>
      ) : (
        <View className="card">
          <Text className="checkout__label">{t.checkout.pickupAt(store.name)}</Text>
          <Text className="muted">{store.address}</Text>
          {params.group && (
            <View className="muted checkout__group-only" data-testid="group-pickup-only">
              {t.checkout.groupPickupOnly}
            </View>
          )}
          <Text className="checkout__label checkout__slot-title">{t.checkout.slot}</Text>
          {slotsFailed ? (
            <ReadFailed inline onRetry={() => [slotsToday.read, slotsTomorrow.read].forEach((r) => r.failed && r.retry())} />
          ) : (
            <ScrollView scrollX className="checkout__slots">
              <SlotChip on={slot === null} day={t.checkout.asapDay} time={t.checkout.asap} onTap={() => setSlot(null)} />
              {slots.map((s) => (
                <SlotChip
                  key={s.startsAt}
                  on={slot === s.startsAt}
                  day={t.checkout.day(nearDay(s.date), s.date)}
                  time={`${s.label}${s.remaining <= 3 ? ` · ${t.checkout.slotsLeft(s.remaining)}` : ''}`}
                  onTap={() => setSlot(s.startsAt)}
                  testId="slot"
                />
              ))}
            </ScrollView>
          )}
        </View>
      )}

      {input && quoteRead.failed && (
        <View className="card">
          <ReadFailed inline onRetry={quoteRead.retry} />
        </View>
      )}

      {quoteRefusal && (
        <View className="notice" data-testid="quote-refusal" onClick={() => setRefusal(quoteRefusal)}>
          <Text>
            {quoteRefusal.title}
            {quoteRefusal.detail ? `：${quoteRefusal.detail}` : ''}
          </Text>
          {quoteRefusal.action && (
            <View className="checkout__notice-row">
              <View
                className="btn small"
                data-testid="quote-action"
                onClick={(e) => {
                  e.stopPropagation();
                  void act(quoteRefusal.action!.step);
                }}
              >
                {quoteRefusal.action.label}
              </View>
            </View>
          )}
        </View>
      )}

      <View className="card">
        {mode === 'PICKUP' && (
          <View className="checkout__field">
            <Text className="checkout__key">{t.checkout.name}</Text>
            <Input
              className="checkout__input"
              value={contact.name}
              placeholder={t.checkout.name}
              onInput={(e) => setContact({ ...contact, name: e.detail.value })}
              data-testid="contact-name"
            />
          </View>
        )}
        {mode === 'PICKUP' && (
          <View className="checkout__field">
            <Text className="checkout__key">{t.checkout.phone}</Text>
            <Input
              className="checkout__input"
              type="number"
              maxlength={11}
              value={contact.phone}
              placeholder={t.checkout.phone}
              onInput={(e) => setContact({ ...contact, phone: e.detail.value })}
              data-testid="contact-phone"
            />
          </View>
        )}
        <View className="checkout__field">
          <Text className="checkout__key">{t.checkout.remark}</Text>
          <Input
            className="checkout__input"
            value={remark}
            placeholder={t.checkout.remarkPlaceholder}
            onInput={(e) => setRemark(e.detail.value)}
          />
        </View>
      </View>

      <View className="card">
        {/* A flash line at its list price: the quote's 秒杀 row below takes the saving off, so the figures add up. */}
        {(flash && quote ? [{ ...lines[0]!, unitPriceFen: quote.goodsFen }] : lines).map((l) => (
          <View key={l.skuId} className="row between checkout__line">
            <Text className="grow checkout__line-name">
              {l.name}
              {l.spec ? ` · ${l.spec}` : ''}
            </Text>
            <Text className="muted">×{l.quantity}</Text>
            <Text className="checkout__line-sum">{money(l.unitPriceFen * l.quantity)}</Text>
          </View>
        ))}
        <View className="row between checkout__line">
          <Text>{t.checkout.goods}</Text>
          <Text data-testid="goods-total">{money(quote?.goodsFen ?? goods)}</Text>
        </View>
        {mode === 'DELIVERY' && (
          <View className="row between checkout__line">
            <Text>{t.checkout.deliveryFee}</Text>
            <Text data-testid="delivery-fee">{quote ? money(quote.deliveryFeeFen) : '—'}</Text>
          </View>
        )}
        {quote && <DiscountRows quote={quote} />}
      </View>

      <View className="card checkout__promos">
        <View className="row between checkout__promo" onClick={() => quote?.coupons.length && setPicking(true)} data-testid="coupon-row">
          <Text className="checkout__key">{t.coupon.pick}</Text>
          <Text className={`grow checkout__promo-value ${couponApplied ? 'price' : 'muted'}`} data-testid="coupon-value">
            {couponApplied
              ? t.coupon.saving(couponApplied.amountFen)
              : usableCoupons
                ? t.coupon.usableCount(usableCoupons)
                : (promotionPrice ?? t.coupon.noneUsable)}
          </Text>
          <Text className="muted">›</Text>
        </View>
        {couponMiss && (
          <Text className="checkout__promo-why" data-testid="coupon-miss">
            {couponMiss.message}
          </Text>
        )}
        <View
          className={`row between checkout__promo ${points > 0 ? '' : 'is-off'}`}
          onClick={() => points > 0 && setUsePoints(!usePoints)}
          data-testid="points-row"
        >
          <Text className="checkout__key">{t.coupon.points}</Text>
          <Text className="grow checkout__promo-value muted" data-testid="points-value">
            {usePoints && quote?.pointsFen
              ? t.coupon.pointsOff(quote.pointsUsed, quote.pointsFen)
              : points > 0
                ? t.coupon.pointsHave(points)
                : t.coupon.pointsNone}
          </Text>
          <View className={`toggle ${usePoints ? 'is-on' : ''}`} data-testid="points-switch" data-on={usePoints ? '1' : '0'}>
            <View className="toggle__knob" />
          </View>
        </View>
      </View>
      <View className="safe-bottom" />

      <View className="checkout__bar">
        <View className="grow">
          <Text>{t.checkout.total} </Text>
          <Text className="price checkout__total" data-testid="checkout-total">
            {quote ? money(quote.totalFen) : '—'}
          </Text>
          {quote && quote.discountFen + quote.pointsFen > 0 && (
            <Text className="muted checkout__saved" data-testid="checkout-saved">
              {t.coupon.discounted(quote.discountFen + quote.pointsFen)}
            </Text>
          )}
        </View>
        <View className={`btn ${busy || !quote ? 'disabled' : ''}`} onClick={() => void place()} data-testid="place-order">
          {busy ?? (quote ? t.checkout.pay(quote.totalFen) : t.common.loading)}
        </View>
      </View>
      {picking && quote && (
        <CouponPicker
          coupons={quote.coupons}
          chosen={couponId}
          onChoose={(id) => {
            setCouponPick(id);
            setPicking(false);
          }}
          onClose={() => setPicking(false)}
        />
      )}
      <RefusalSheet refusal={refusal} onAct={(s) => void act(s)} onClose={() => setRefusal(null)} />
    </View>
  );
}

declare const LINLI_SUBSCRIBE_TEMPLATES: string;

/** Ask for the order-ready / out-for-delivery / refund messages (weapp only; WeChat shows its own sheet). */
function askForOrderMessages(): Promise<unknown> {
  if (process.env.TARO_ENV !== 'weapp') return Promise.resolve();
  const tmplIds = LINLI_SUBSCRIBE_TEMPLATES.split(',').filter(Boolean).slice(0, 3);
  if (!tmplIds.length) return Promise.resolve();
  return Taro.requestSubscribeMessage({ tmplIds, entityIds: [] } as never).catch(() => undefined);
}
