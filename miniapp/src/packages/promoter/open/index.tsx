import { View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect } from 'react';
import { client } from '../../../api/app-client';
import { OpenShareSceneDocument } from '../generated';
import { shareWords } from '../strings';

/**
 * Where a promoter's mini-program code lands: WeChat hands the scene URL-encoded (the h5 sandbox's QR puts it in
 * the query). The launch already binds the promoter (state/referral.ts) and a store code (state/stores.ts); this
 * page only goes on to what was shared.
 */
export default function OpenShare() {
  const { params } = useRouter();
  useEffect(() => {
    const fromUrl =
      process.env.TARO_ENV === 'h5'
        ? new URLSearchParams((globalThis as { location?: Location }).location?.search ?? '').get('scene')
        : null;
    const scene = decodeURIComponent(params.scene ?? fromUrl ?? '');
    void client
      .query(OpenShareSceneDocument, { scene })
      .toPromise()
      .then((res) => {
        const productId = res.data?.shareScene?.productId;
        if (productId) void Taro.redirectTo({ url: `/pages/product/index?id=${productId}` });
        else void Taro.switchTab({ url: '/pages/home/index' });
      });
  }, [params.scene]);
  return <View className="empty">{shareWords.opening}</View>;
}
