import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useMemo } from 'react';
import { code128cWidths } from './code128';

/** Quiet zone each side, in modules (the standard asks for at least 10). */
const QUIET = 10;

/** A CODE128 barcode of digits, drawn as bars (Views), so weapp and h5 draw it alike with no canvas. */
export function Barcode({ digits, width = 600, height = 150 }: { digits: string; width?: number; height?: number }) {
  const widths = useMemo(() => code128cWidths(digits), [digits]);
  const modules = widths.reduce((a, b) => a + b, 0) + 2 * QUIET;
  const unit = width / modules;
  return (
    <View
      className="barcode"
      data-testid="member-barcode"
      data-modules={widths.join('')}
      style={{
        width: Taro.pxTransform(width),
        height: Taro.pxTransform(height),
        paddingLeft: Taro.pxTransform(QUIET * unit),
        paddingRight: Taro.pxTransform(QUIET * unit),
      }}
    >
      {widths.map((w, i) => (
        <View key={i} className={i % 2 === 0 ? 'barcode__bar' : 'barcode__space'} style={{ width: Taro.pxTransform(w * unit) }} />
      ))}
    </View>
  );
}
