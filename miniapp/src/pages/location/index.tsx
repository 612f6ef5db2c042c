import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { CITIES } from '../../lib/places';
import { choosePlace, relocate, usePlace } from '../../state/place';
import { t } from '../../strings';
import './index.scss';

/** Choosing a city and area by hand, for shoppers who keep their location to themselves. */
export default function Location() {
  const { place } = usePlace();
  const [city, setCity] = useState(CITIES[0]!.city);
  return (
    <View className="location">
      <View
        className="card row between"
        onClick={() => {
          relocate();
          void Taro.navigateBack();
        }}
      >
        <Text>◉ {t.location.relocate}</Text>
        <Text className="muted">{t.location.why}</Text>
      </View>
      <View className="location__cities">
        {CITIES.map((c) => (
          <Text key={c.city} className={`chip ${c.city === city ? 'is-on' : ''}`} onClick={() => setCity(c.city)}>
            {c.city}
          </Text>
        ))}
      </View>
      <View className="card">
        {CITIES.find((c) => c.city === city)!.areas.map((a) => (
          <View
            key={a.label}
            className="location__area"
            data-testid="area"
            onClick={() => {
              choosePlace(a);
              void Taro.navigateBack();
            }}
          >
            <Text>{a.label}</Text>
            {place?.label === a.label && <Text className="tag">✓</Text>}
          </View>
        ))}
      </View>
    </View>
  );
}
