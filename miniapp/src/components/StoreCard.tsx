import { Text, View } from '@tarojs/components';
import type { NearbyStore } from '../state/stores';
import { t } from '../strings';
import { storeMoment } from '../lib/format';
import './StoreCard.scss';

/** The chosen store: name, distance, open now or when it opens, whether it delivers here. */
export function StoreCard({ nearby, onSwitch }: { nearby: NearbyStore; onSwitch: () => void }) {
  const { store } = nearby;
  const opens = !nearby.openNow && store.opensAt ? storeMoment(store.opensAt) : null;
  return (
    <View className="store-card" data-testid="store-card">
      <View className="row between">
        <Text className="store-card__name" data-testid="store-name">
          {store.name}
        </Text>
        <Text className="store-card__switch" onClick={onSwitch} data-testid="switch-store">
          {t.home.switchStore} ›
        </Text>
      </View>
      <View className="store-card__meta">
        <Text className={`tag ${nearby.openNow ? '' : 'off'}`}>
          {nearby.openNow ? t.home.openNow : opens ? t.home.opensAt(opens) : t.home.closed}
        </Text>
        <Text className={`tag ${nearby.deliversHere ? '' : 'warn'}`}>
          {nearby.deliversHere ? t.home.deliversHere : store.capabilities.includes('DELIVERY') ? t.home.noDelivery : t.home.pickupOnly}
        </Text>
        <Text className="muted" data-testid="store-distance">
          {t.home.distance(nearby.distanceM)}
        </Text>
      </View>
      <Text className="store-card__address">{store.address}</Text>
    </View>
  );
}
