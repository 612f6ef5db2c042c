// The mini-program code from WeChat: POST /wxa/getwxacodeunlimit?access_token=… with {scene, page, width,
// check_path, env_version}. WeChat answers the image bytes, or JSON {errcode, errmsg} with HTTP 200 on a refusal,
// so the answer is told apart by its content type (and a leading '{'). A revoked or expired token (40001, 42001)
// is fetched again and the call made once more.
import type { WechatAccessToken } from '../notify/wechat-access-token';
import type { WxacodeImage, WxacodeProvider, WxacodeRequest } from './wxacode-provider';
import { WxacodeError } from './wxacode-provider';

export class WechatWxacodes implements WxacodeProvider {
  constructor(
    private readonly token: WechatAccessToken,
    /** release, or trial / develop for a build not yet published (check_path is then off). */
    private readonly envVersion: 'release' | 'trial' | 'develop' = 'release',
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  async unlimited(req: WxacodeRequest): Promise<WxacodeImage> {
    try {
      return await this.once(req);
    } catch (err) {
      if (!(err instanceof WxacodeError) || (err.errcode !== 40001 && err.errcode !== 42001)) throw err;
      this.token.forgetIf(err.errcode);
      return this.once(req);
    }
  }

  private async once(req: WxacodeRequest): Promise<WxacodeImage> {
    const token = await this.token.get();
    const res = await this.fetchImpl(`${this.token.baseUrl}/wxa/getwxacodeunlimit?access_token=${encodeURIComponent(token)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        scene: req.scene,
        page: req.page,
        width: req.width ?? 430,
        check_path: this.envVersion === 'release',
        env_version: this.envVersion,
      }),
      signal: AbortSignal.timeout(10_000),
    });
    const bytes = Buffer.from(await res.arrayBuffer());
    const type = res.headers.get('content-type') ?? '';
    if (!res.ok) throw new WxacodeError(-res.status, `HTTP ${res.status}`);
    if (type.includes('json') || type.startsWith('text/') || bytes[0] === 0x7b) {
      let answer: { errcode?: number; errmsg?: string } = {};
      try {
        answer = JSON.parse(bytes.toString('utf8')) as typeof answer;
      } catch {
        // Not JSON and not an image: nothing to show.
      }
      throw new WxacodeError(answer.errcode ?? -1, answer.errmsg ?? 'not an image');
    }
    if (bytes[0] === 0x89 && bytes[1] === 0x50) return { contentType: 'image/png', bytes };
    if (bytes[0] === 0xff && bytes[1] === 0xd8) return { contentType: 'image/jpeg', bytes };
    throw new WxacodeError(-1, `unknown image type ${type}`);
  }
}
