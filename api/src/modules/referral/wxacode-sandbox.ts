// The mini-program code in development: a real PNG, a QR of the H5 link that opens the same page with the same
// scene (a phone's camera opens it; WeChat's round 小程序码 needs a published mini-program). Counts its calls so a
// test sees the cache at work.
import qrcode from 'qrcode-generator';
import { modulesPng } from './png';
import type { WxacodeImage, WxacodeProvider, WxacodeRequest } from './wxacode-provider';
import { WxacodeError } from './wxacode-provider';

export class SandboxWxacodes implements WxacodeProvider {
  calls = 0;

  constructor(private readonly publicUrl: string) {}

  async unlimited(req: WxacodeRequest): Promise<WxacodeImage> {
    this.calls++;
    // WeChat's own refusals for what it would refuse: 40169 an invalid scene, 41030 a page that does not exist.
    if (req.scene.length > 32 || !/^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]+$/.test(req.scene))
      throw new WxacodeError(40169, 'invalid length for scene');
    if (!/^(pages|packages\/[a-z]+)\/[a-z]+\/index$/.test(req.page)) throw new WxacodeError(41030, 'invalid page');
    const qr = qrcode(0, 'M');
    qr.addData(`${this.publicUrl}/m/?scene=${encodeURIComponent(req.scene)}#/${req.page}`);
    qr.make();
    const n = qr.getModuleCount();
    const scale = Math.max(2, Math.floor((req.width ?? 430) / (n + 8)));
    return { contentType: 'image/png', bytes: modulesPng(n, (x, y) => qr.isDark(y, x), scale, 4) };
  }
}
