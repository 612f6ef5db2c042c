import { Button, Image, Text, View } from '@tarojs/components';
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { client } from '../../../api/app-client';
import { useRead } from '../../../api/use-read';
import { useSession } from '../../../api/session';
import { Loaded } from '../../../components/Loaded';
import { ProductDocument } from '../../../generated/graphql';
import { MyShareCodeDocument, type MyShareCodeMutation } from '../generated';
import { money } from '../../../lib/money';
import { t } from '../../../strings';
import { shareWords } from '../strings';
import './index.scss';

type Share = Extract<MyShareCodeMutation['shareCode'], { __typename: 'ShareCode' }>;

/** A promoter shares a product: the weapp card, the H5 link, and a poster with their 小程序码. */
export default function ShareProduct() {
  const { params } = useRouter();
  const productId = params.productId ?? '';
  // The product page's own query: already in the cache when the share screen opens from it.
  const read = useRead({ query: ProductDocument, variables: { id: productId }, requestPolicy: 'cache-first' });
  const session = useSession();
  const [share, setShare] = useState<Share | null>(null);
  const [failed, setFailed] = useState(false);
  const [poster, setPoster] = useState(false);
  useEffect(() => {
    if (session !== 'ready') return;
    void client
      .mutation(MyShareCodeDocument, { productId })
      .toPromise()
      .then((res) => {
        const s = res.data?.shareCode;
        if (s?.__typename === 'ShareCode') setShare(s);
        else setFailed(true);
      });
  }, [session, productId]);
  useShareAppMessage(() => ({
    title: read.data?.product?.name ?? t.promoter.shareTitle,
    path: share?.path ?? `/pages/product/index?id=${productId}`,
  }));

  const copy = () =>
    share && void Taro.setClipboardData({ data: share.link }).then(() => Taro.showToast({ title: shareWords.copied, icon: 'none' }));
  const save = async () => {
    if (!share) return;
    const file = await Taro.downloadFile({ url: share.imageUrl });
    await Taro.saveImageToPhotosAlbum({ filePath: file.tempFilePath });
    void Taro.showToast({ title: shareWords.saved, icon: 'success' });
  };

  return (
    <Loaded read={read}>
      {(data) => {
        const product = data.product;
        if (!product) return <View className="empty">{t.product.notFound}</View>;
        const price = Math.min(...product.skus.map((s) => s.priceFen));
        return (
          <View className="share">
            <View className="card share__product">
              {product.imageUrl && <Image className="share__thumb" src={product.imageUrl} mode="aspectFill" />}
              <View className="share__what">
                <Text className="share__name">{product.name}</Text>
                <Text className="price">{money(price)}</Text>
              </View>
            </View>
            {failed && <Text className="muted share__hint">{shareWords.codeFailed}</Text>}
            <View className="share__actions">
              {process.env.TARO_ENV === 'h5' ? (
                <View className={share ? 'btn ghost' : 'btn ghost disabled'} aria-disabled={!share} onClick={copy} data-testid="share-copy">
                  {shareWords.copyLink}
                </View>
              ) : (
                <Button className="btn ghost" openType="share">
                  {t.promoter.shareCard}
                </Button>
              )}
              <View
                className={share ? 'btn' : 'btn disabled'}
                aria-disabled={!share}
                onClick={() => share && setPoster(true)}
                data-testid="share-poster"
              >
                {shareWords.poster}
              </View>
            </View>
            <Text className="muted share__hint">{t.promoter.shareHint}</Text>
            {poster && share && (
              <View className="share__poster" data-testid="poster">
                {product.imageUrl && <Image className="share__poster-picture" src={product.imageUrl} mode="aspectFill" />}
                <Text className="share__name">{product.name}</Text>
                <Text className="price share__poster-price">{money(price)}</Text>
                <View className="share__poster-foot">
                  <Image className="share__code" src={share.imageUrl} data-testid="poster-code" />
                  <Text className="muted share__poster-hint">{shareWords.posterHint}</Text>
                </View>
                {process.env.TARO_ENV !== 'h5' && (
                  <View className="btn" onClick={() => void save()}>
                    {shareWords.save}
                  </View>
                )}
              </View>
            )}
          </View>
        );
      }}
    </Loaded>
  );
}
