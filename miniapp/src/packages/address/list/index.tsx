import { Text, View } from '@tarojs/components';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { useRef } from 'react';
import { Loaded } from '../../../components/Loaded';
import { addressText, chosenAddress, deleteAddress, useAddresses } from '../../../state/addresses';
import { t } from '../../../strings';
import './index.scss';

export default function AddressList() {
  const { params } = useRouter();
  const selecting = params.select === '1';
  const addresses = useAddresses();
  // Back from adding one: read the book again (the first show is the read itself).
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) addresses.retry();
    shown.current = true;
  });
  const remove = async (id: string) => {
    if (!(await deleteAddress(id))) return void Taro.showToast({ title: t.address.deleteFailed, icon: 'none' });
    addresses.retry();
  };
  return (
    <View className="addresses">
      <Loaded read={addresses}>
        {(data) => (
          <View>
            {data.myAddresses.length === 0 && <View className="empty">{t.address.empty}</View>}
            {data.myAddresses.map((a) => (
              <View
                key={a.id}
                className="card addresses__item"
                data-testid="address-item"
                onClick={() => {
                  if (!selecting) return;
                  chosenAddress.id = a.id;
                  void Taro.navigateBack();
                }}
              >
                <View className="grow">
                  <Text className="addresses__text">{addressText(a)}</Text>
                  <Text className="muted">
                    {a.contactName} {a.contactPhone} {a.isDefault ? ` · ${t.address.default}` : ''}
                  </Text>
                </View>
                <Text
                  className="muted addresses__del"
                  onClick={(e) => {
                    e.stopPropagation();
                    void remove(a.id);
                  }}
                >
                  删除
                </Text>
              </View>
            ))}
          </View>
        )}
      </Loaded>
      <View className="addresses__add">
        <View
          className="btn"
          data-testid="add-address"
          onClick={() => Taro.navigateTo({ url: `/packages/address/edit/index${selecting ? '?select=1' : ''}` })}
        >
          {t.address.add}
        </View>
      </View>
    </View>
  );
}
