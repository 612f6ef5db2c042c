import { Map as WxMap, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { distance, storeMoment } from '../../lib/format';
import { useApp } from '../../state/app-state';
import { t } from '../../strings';
import './index.scss';

/** Stores sorted by distance (as the API gives them); in weapp a map with a marker per store, in GCJ-02. */
export default function Stores() {
  const app = useApp();
  const here = app.place;
  const choose = async (id: string) => {
    await app.chooseStore(id);
    void Taro.navigateBack();
  };
  return (
    <View className='stores'>
      {process.env.TARO_ENV === 'weapp' && here && app.nearby.length > 0 && (
        <WxMap
          className='stores__map'
          latitude={app.store?.store.location.lat ?? app.nearby[0]!.store.location.lat}
          longitude={app.store?.store.location.lng ?? app.nearby[0]!.store.location.lng}
          scale={14}
          showLocation
          markers={app.nearby.map((n, i) => ({ id: i, latitude: n.store.location.lat, longitude: n.store.location.lng, title: n.store.name, width: 28, height: 34, iconPath: '/assets/map/store-pin.png' }))}
          onMarkerTap={(e) => void choose(app.nearby[Number(e.detail.markerId)]!.store.id)}
          onError={() => undefined}
        />
      )}
      <Text className='stores__hint muted'>{t.stores.sortedByDistance}</Text>
      {app.nearby.map((n) => {
        const current = n.store.id === app.store?.store.id;
        const opens = !n.openNow && n.store.opensAt ? storeMoment(n.store.opensAt) : null;
        return (
          <View key={n.store.id} className={`card stores__item ${current ? 'is-current' : ''}`} onClick={() => void choose(n.store.id)} data-testid='store-option' data-name={n.store.name}>
            <View className='row between'>
              <Text className='stores__name'>{n.store.name}</Text>
              <Text className='stores__distance'>{distance(n.distanceM)}</Text>
            </View>
            <Text className='stores__address'>{n.store.address}</Text>
            <View className='row stores__tags'>
              <Text className={`tag ${n.openNow ? '' : 'off'}`}>{n.openNow ? t.home.openNow : opens ? t.home.opensAt(opens) : t.home.closed}</Text>
              {n.deliversHere ? <Text className='tag'>{t.home.deliversHere}</Text> : <Text className='tag off'>{n.store.capabilities.includes('DELIVERY') ? t.home.noDelivery : t.home.pickupOnly}</Text>}
              {current && <Text className='tag warn'>{t.stores.current}</Text>}
            </View>
          </View>
        );
      })}
    </View>
  );
}
