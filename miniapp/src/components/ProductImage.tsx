import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import './ProductImage.scss';

const TINTS = ['#e8f7ef', '#fff3e8', '#e8f3ff', '#f5e8ff', '#ffe8ec', '#fffbe6'];

/** The product's picture; until the catalog has one, a tinted tile with the product's first character. */
export function ProductImage({ name, src, size = 160 }: { name: string; src?: string | null; size?: number }) {
  const style = { width: Taro.pxTransform(size), height: Taro.pxTransform(size) };
  if (src) return <Image className="product-image" src={src} mode="aspectFill" lazyLoad style={style} />;
  const brand = name.split(/\s/)[0] ?? name;
  const tint = TINTS[[...brand].reduce((n, ch) => n + ch.charCodeAt(0), 0) % TINTS.length];
  return (
    <View className="product-image product-image--tile" style={{ ...style, background: tint }}>
      <Text className="product-image__glyph" style={{ fontSize: Taro.pxTransform(Math.round(size / 3.2)) }}>
        {[...brand].slice(0, 2).join('')}
      </Text>
    </View>
  );
}
