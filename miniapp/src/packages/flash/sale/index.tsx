// 秒杀: the sessions not yet over at the shopper's store, each item 即将开始 / 马上抢 / 已抢光, with a countdown that
// runs on the server's clock (the offset taken from the board's serverNow), and buying through the normal checkout.
import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useEffect, useMemo, useState } from 'react';
import { useRead } from '../../../api/use-read';
import { Loaded } from '../../../components/Loaded';
import { ShopFlashBoardDocument, type ShopFlashBoardQuery } from '../generated';
import { money } from '../../../lib/money';
import { useChosenStore } from '../../../state/stores';
import { t } from '../../../strings';
import './index.scss';

type Session = ShopFlashBoardQuery['flashBoard']['sessions'][number];
type Item = Session['items'][number];

/** 3725000 ms → "01:02:05". */
function clock(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(s / 3600))}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`;
}

/** "10:00" in Shanghai time. */
const hhmm = (iso: string) => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(11, 16);

export default function FlashSale() {
  const chosen = useChosenStore();
  const storeId = chosen?.store.id;
  const board = useRead({ query: ShopFlashBoardDocument, variables: { storeId }, pause: !storeId, requestPolicy: 'network-only' });
  // The server's time minus this phone's, taken when the board arrived: countdowns never trust the phone's clock.
  const [offset, setOffset] = useState(0);
  const serverNow = board.data?.flashBoard.serverNow;
  useEffect(() => {
    if (serverNow) setOffset(Date.parse(serverNow) - Date.now());
  }, [serverNow]);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const at = now + offset;
  const [picked, setPicked] = useState<string | null>(null);
  useDidShow(() => board.retry());

  const sessions = board.data?.flashBoard.sessions ?? [];
  const session = useMemo(() => sessions.find((s) => s.id === picked) ?? sessions[0], [sessions, picked]);

  const buy = (item: Item) => {
    // weapp has no URLSearchParams.
    const q = { flash: item.id, sku: item.skuId, price: String(item.priceFen), name: item.name };
    const query = Object.entries(q)
      .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
      .join('&');
    void Taro.navigateTo({ url: `/pages/checkout/index?${query}` });
  };

  return (
    <View className="flash">
      <Loaded read={board}>
        {() =>
          sessions.length === 0 ? (
            <View className="empty">{t.flash.none}</View>
          ) : (
            <View>
              <View className="flash__sessions">
                {sessions.map((s) => {
                  const started = at >= Date.parse(s.startsAt);
                  return (
                    <View
                      key={s.id}
                      className={`flash__session ${s.id === session?.id ? 'is-on' : ''}`}
                      onClick={() => setPicked(s.id)}
                      data-testid="flash-session"
                    >
                      <Text className="flash__session-time">{hhmm(s.startsAt)}</Text>
                      <Text className="flash__session-state">{started ? t.flash.running : t.flash.upcoming}</Text>
                    </View>
                  );
                })}
              </View>
              {session && <SessionItems session={session} at={at} onBuy={buy} />}
            </View>
          )
        }
      </Loaded>
    </View>
  );
}

function SessionItems({ session, at, onBuy }: { session: Session; at: number; onBuy: (item: Item) => void }) {
  const starts = Date.parse(session.startsAt);
  const ends = Date.parse(session.endsAt);
  const started = at >= starts;
  return (
    <View>
      <View className="flash__countdown" data-testid="flash-countdown">
        <Text>{started ? t.flash.endsIn : t.flash.startsIn}</Text>
        <Text className="flash__clock">{clock((started ? ends : starts) - at)}</Text>
      </View>
      {session.items.map((item) => {
        const soldOut = item.status === 'SOLD_OUT' || item.sold >= item.quota;
        const state = !started ? 'UPCOMING' : at >= ends ? 'ENDED' : soldOut ? 'SOLD_OUT' : 'ON';
        const left = Math.max(0, item.quota - item.sold);
        return (
          <View key={item.id} className="card flash__item" data-testid="flash-item">
            <View className="grow">
              <Text className="flash__name">{item.name}</Text>
              <View className="flash__prices">
                <Text className="price flash__price">{money(item.priceFen)}</Text>
                {item.originalPriceFen !== null && item.originalPriceFen > item.priceFen && (
                  <Text className="flash__original">
                    {t.flash.original} {money(item.originalPriceFen)}
                  </Text>
                )}
              </View>
              <View className="flash__bar">
                <View className="flash__bar-fill" style={{ width: `${Math.round((item.sold / Math.max(1, item.quota)) * 100)}%` }} />
              </View>
              <Text className="muted flash__left">{soldOut ? t.flash.soldOutHint : t.flash.left(left, item.perOrderLimit)}</Text>
            </View>
            <View className={`btn small flash__buy is-${state}`} onClick={() => state === 'ON' && onBuy(item)} data-testid="flash-buy">
              {t.flash.button[state]}
            </View>
          </View>
        );
      })}
    </View>
  );
}
