// Where the shopper is: the device's location (asked once per launch) or an area chosen by hand, which stays
// until they relocate.
import Taro from '@tarojs/taro';
import type { Place } from '../lib/places';
import { keys, load, save } from '../lib/storage';
import { createStore, useStore } from '../lib/store';
import { t } from '../strings';

export interface PlaceState {
  place: Place | null;
  locating: boolean;
  /** The device would not say where it is and no place is known: ask for an area. */
  denied: boolean;
}

export const placeStore = createStore<PlaceState>({ place: load<Place | null>(keys.place, null), locating: false, denied: false });

export const usePlace = () => useStore(placeStore);

async function locate(): Promise<Place | null> {
  try {
    // weapp gives GCJ-02 on request (what its maps use); a browser's geolocation is WGS-84 whatever we ask.
    const type = process.env.TARO_ENV === 'weapp' ? 'gcj02' : 'wgs84';
    const res = await Taro.getLocation({ type });
    return { label: t.location.current, lat: res.latitude, lng: res.longitude, system: type === 'gcj02' ? 'GCJ02' : 'WGS84' };
  } catch {
    return null;
  }
}

export function choosePlace(place: Place) {
  save(keys.place, place);
  placeStore.set({ place, locating: false, denied: false });
}

export function relocate() {
  placeStore.set((s) => ({ ...s, locating: true }));
  void locate().then((found) => {
    if (found) choosePlace(found);
    else placeStore.set((s) => ({ ...s, locating: false, denied: !s.place }));
  });
}

/** At launch: locate unless the shopper chose an area by hand. */
export function locateAtLaunch() {
  const { place } = placeStore.get();
  if (!place || place.label === t.location.current) relocate();
}
