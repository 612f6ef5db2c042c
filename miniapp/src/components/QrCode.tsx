import { Image } from '@tarojs/components';
import Taro from '@tarojs/taro';
import qrcode from 'qrcode-generator';
import { useMemo } from 'react';

/** A QR image of a token, drawn on the phone (the token is signed by the API; nothing to fetch). */
export function QrCode({ value, size = 400 }: { value: string; size?: number }) {
  const src = useMemo(() => {
    const qr = qrcode(0, 'M');
    qr.addData(value);
    qr.make();
    return qr.createDataURL(8, 4);
  }, [value]);
  return <Image src={src} style={{ width: Taro.pxTransform(size), height: Taro.pxTransform(size) }} data-testid="pickup-qr" />;
}
