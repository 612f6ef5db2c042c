import { Input, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { keys, load, save } from '../../../lib/storage';
import { CITIES, type Place } from '../../../lib/places';
import { chosenAddress, saveAddress } from '../../../state/addresses';
import { t } from '../../../strings';
import './index.scss';

/** A new address: the pin decides the zone (weapp: WeChat's map picker, GCJ-02; h5: here, or a chosen area). */
export default function AddressEdit() {
  const { params } = useRouter();
  const contact = load(keys.contact, { name: '', phone: '' });
  const [name, setName] = useState(contact.name);
  const [phone, setPhone] = useState(contact.phone);
  const [detail, setDetail] = useState('');
  const [pin, setPin] = useState<Place | null>(null);
  const [city, setCity] = useState(CITIES[0]!.city);

  const pinOnMap = async () => {
    if (process.env.TARO_ENV === 'weapp') {
      const res = await Taro.chooseLocation({}).catch(() => null);
      if (res) {
        setPin({ label: res.name || res.address, lat: res.latitude, lng: res.longitude, system: 'GCJ02' });
        if (!detail) setDetail(res.address);
      }
      return;
    }
    const res = await Taro.getLocation({ type: 'wgs84' }).catch(() => null);
    if (res) setPin({ label: t.address.pinned, lat: res.latitude, lng: res.longitude, system: 'WGS84' });
    else Taro.showToast({ title: t.location.denied, icon: 'none' });
  };

  const submit = async () => {
    if (!pin) return void Taro.showToast({ title: t.address.needPin, icon: 'none' });
    if (!detail.trim()) return void Taro.showToast({ title: t.address.needDetail, icon: 'none' });
    if (!name.trim()) return void Taro.showToast({ title: t.checkout.invalidName, icon: 'none' });
    if (!/^1\d{10}$/.test(phone)) return void Taro.showToast({ title: t.checkout.invalidPhone, icon: 'none' });
    save(keys.contact, { name: name.trim(), phone });
    const saved = await saveAddress({
      contactName: name.trim(),
      contactPhone: phone,
      address: pin.label,
      detail: detail.trim(),
      lat: pin.lat,
      lng: pin.lng,
      system: pin.system,
    });
    if (typeof saved === 'string') return void Taro.showToast({ title: saved, icon: 'none' });
    if (params.select === '1') chosenAddress.id = saved.id;
    void Taro.navigateBack({ delta: params.select === '1' ? 2 : 1 });
  };

  return (
    <View className="address-edit">
      <View className="card">
        <View className="address-edit__field">
          <Text className="address-edit__key">{t.address.area}</Text>
          <Text className={pin ? '' : 'muted'} data-testid="pin-label">
            {pin ? pin.label : t.address.needPin}
          </Text>
        </View>
        <View className="btn ghost small address-edit__pin" onClick={() => void pinOnMap()}>
          {process.env.TARO_ENV === 'weapp' ? t.address.pin : t.address.pinHere}
        </View>
        {process.env.TARO_ENV !== 'weapp' && (
          <View>
            <View className="address-edit__cities">
              {CITIES.map((c) => (
                <Text key={c.city} className={`chip ${c.city === city ? 'is-on' : ''}`} onClick={() => setCity(c.city)}>
                  {c.city}
                </Text>
              ))}
            </View>
            <View className="address-edit__areas">
              {CITIES.find((c) => c.city === city)!
                .areas.concat(city === '上海' ? OUTER : [])
                .map((a) => (
                  <Text
                    key={a.label}
                    className={`chip ${pin?.label === a.label ? 'is-on' : ''}`}
                    onClick={() => setPin(a)}
                    data-testid="address-area"
                  >
                    {a.label}
                  </Text>
                ))}
            </View>
          </View>
        )}
        <View className="address-edit__field">
          <Text className="address-edit__key">{t.address.detail}</Text>
          <Input
            className="grow"
            value={detail}
            placeholder={t.address.detailPlaceholder}
            onInput={(e) => setDetail(e.detail.value)}
            data-testid="address-detail"
          />
        </View>
        <View className="address-edit__field">
          <Text className="address-edit__key">{t.checkout.name}</Text>
          <Input className="grow" value={name} onInput={(e) => setName(e.detail.value)} data-testid="address-name" />
        </View>
        <View className="address-edit__field">
          <Text className="address-edit__key">{t.checkout.phone}</Text>
          <Input
            className="grow"
            type="number"
            maxlength={11}
            value={phone}
            onInput={(e) => setPhone(e.detail.value)}
            data-testid="address-phone"
          />
        </View>
      </View>
      <View className="address-edit__save">
        <View className="btn" onClick={() => void submit()} data-testid="save-address">
          {t.address.save}
        </View>
      </View>
    </View>
  );
}

/** Areas farther out, where not every store delivers. */
const OUTER: Place[] = [
  { label: '宝山 · 大场', lat: 31.33, lng: 121.45, system: 'WGS84' },
  { label: '浦东 · 川沙', lat: 31.1937, lng: 121.7002, system: 'WGS84' },
  { label: '闵行 · 七宝', lat: 31.156, lng: 121.353, system: 'WGS84' },
];
