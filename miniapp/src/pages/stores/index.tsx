import { Map as WxMap, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { distance, storeMoment } from '../../lib/format';
import { Loaded } from '../../components/Loaded';
import { usePlace } from '../../state/place';
import { chooseStore, retryNearby, useChosenStore, useStores } from '../../state/stores';
import { t } from '../../strings';
import './index.scss';

/** Stores sorted by distance (as the API gives them); in weapp a map with a marker per store, in GCJ-02. */
export default function Stores() {
  const here = usePlace().place;
  const { nearby, loading, failed } = useStores();
  const current = useChosenStore();
  const choose = async (id: string) => {
    await chooseStore(id);
    void Taro.navigateBack();
  };
  // The list is the one the home page read; a failure there shows here too, with the same retry.
  const read = { data: loading && nearby.length === 0 ? undefined : nearby, fetching: loading, failed, retry: retryNearby };
  return (
    <View className="stores">
      {process.env.TARO_ENV === 'weapp' && here && nearby.length > 0 && (
        <WxMap
          className="stores__map"
          latitude={current?.store.location.lat ?? nearby[0]!.store.location.lat}
          longitude={current?.store.location.lng ?? nearby[0]!.store.location.lng}
          scale={14}
          showLocation
          markers={nearby.map((n, i) => ({
            id: i,
            latitude: n.store.location.lat,
            longitude: n.store.location.lng,
            title: n.store.name,
            width: 28,
            height: 34,
            iconPath: '/assets/map/store-pin.png',
          }))}
          onMarkerTap={(e) => void choose(nearby[Number(e.detail.markerId)]!.store.id)}
          onError={() => undefined}
        />
      )}
      <Text className="stores__hint muted">{t.stores.sortedByDistance}</Text>
      <Loaded read={read}>
        {(list) =>
          list.map((n) => {
            const isCurrent = n.store.id === current?.store.id;
            const opens = !n.openNow && n.store.opensAt ? storeMoment(n.store.opensAt) : null;
            return (
              <View
                key={n.store.id}
                className={`card stores__item ${isCurrent ? 'is-current' : ''}`}
                onClick={() => void choose(n.store.id)}
                data-testid="store-option"
                data-name={n.store.name}
              >
                <View className="row between">
                  <Text className="stores__name">{n.store.name}</Text>
                  <Text className="stores__distance">{distance(n.distanceM)}</Text>
                </View>
                <Text className="stores__address">{n.store.address}</Text>
                <View className="row stores__tags">
                  <Text className={`tag ${n.openNow ? '' : 'off'}`}>
                    {n.openNow ? t.home.openNow : opens ? t.home.opensAt(opens) : t.home.closed}
                  </Text>
                  {n.deliversHere ? (
                    <Text className="tag">{t.home.deliversHere}</Text>
                  ) : (
                    <Text className="tag off">{n.store.capabilities.includes('DELIVERY') ? t.home.noDelivery : t.home.pickupOnly}</Text>
                  )}
                  {isCurrent && <Text className="tag warn">{t.stores.current}</Text>}
                </View>
              </View>
            );
          })
        }
      </Loaded>
    </View>
  );
}
