import { Text, View } from '@tarojs/components';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { addressText, chosenAddress, deleteAddress, listAddresses, type Address } from '../../../state/addresses';
import { t } from '../../../strings';
import './index.scss';

export default function AddressList() {
  const { params } = useRouter();
  const selecting = params.select === '1';
  const [list, setList] = useState<Address[]>([]);
  useDidShow(() => void listAddresses().then(setList));
  return (
    <View className='addresses'>
      {list.length === 0 && <View className='empty'>{t.address.empty}</View>}
      {list.map((a) => (
        <View key={a.id} className='card addresses__item' data-testid='address-item' onClick={() => {
          if (!selecting) return;
          chosenAddress.id = a.id;
          void Taro.navigateBack();
        }}>
          <View className='grow'>
            <Text className='addresses__text'>{addressText(a)}</Text>
            <Text className='muted'>{a.contactName} {a.contactPhone} {a.isDefault ? ` · ${t.address.default}` : ''}</Text>
          </View>
          <Text className='muted addresses__del' onClick={(e) => { e.stopPropagation(); void deleteAddress(a.id).then(listAddresses).then(setList); }}>删除</Text>
        </View>
      ))}
      <View className='addresses__add'>
        <View className='btn' data-testid='add-address' onClick={() => Taro.navigateTo({ url: `/packages/address/edit/index${selecting ? '?select=1' : ''}` })}>{t.address.add}</View>
      </View>
    </View>
  );
}
