// The product page's pictures: a square slot the page reserves before any picture loads (nothing below it
// moves), swiped sideways, each picture loaded only when it comes near the screen.
import { Image, ScrollView, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { ProductImage } from '../../components/ProductImage';

export function Gallery({ name, pictures, fallback }: { name: string; pictures: { id: string; url: string }[]; fallback: string }) {
  const [index, setIndex] = useState(0);
  if (!pictures.length)
    return (
      <View className="product__hero">
        <ProductImage name={name} src={fallback} size={520} />
      </View>
    );
  return (
    <View className="gallery" data-testid="gallery">
      <ScrollView
        scrollX
        className="gallery__track"
        pagingEnabled
        onScroll={(e) => setIndex(Math.round(e.detail.scrollLeft / Math.max(1, e.detail.scrollWidth / pictures.length)))}
      >
        {pictures.map((p) => (
          <Image key={p.id} className="gallery__picture" src={p.url} mode="aspectFill" lazyLoad webp />
        ))}
      </ScrollView>
      {pictures.length > 1 && (
        <Text className="gallery__count">
          {index + 1}/{pictures.length}
        </Text>
      )}
    </View>
  );
}
