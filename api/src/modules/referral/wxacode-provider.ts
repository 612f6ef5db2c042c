// What a promoter's mini-program code (小程序码) needs from WeChat: getwxacodeunlimit's image for a scene and a
// page. WeChat's client (wxacode-wechat.ts) and a sandbox that draws a QR of the H5 link (wxacode-sandbox.ts)
// implement it; CachedWxacodes keeps each image in Redis, so a promoter's code is asked of WeChat once.
import type { Redis } from 'ioredis';

export interface WxacodeRequest {
  /** ≤ 32 characters (share-scene.ts). */
  scene: string;
  /** A published page, no leading slash (pages/product/index). */
  page: string;
  /** Pixels, 280–1280. */
  width?: number;
}

export interface WxacodeImage {
  contentType: 'image/png' | 'image/jpeg';
  bytes: Buffer;
}

export interface WxacodeProvider {
  unlimited(req: WxacodeRequest): Promise<WxacodeImage>;
}

/** WeChat refused (its errcode and errmsg): no image. */
export class WxacodeError extends Error {
  constructor(
    readonly errcode: number,
    errmsg: string,
  ) {
    super(`getwxacodeunlimit: ${errcode} ${errmsg}`);
    this.name = 'WxacodeError';
  }
}

const TTL_S = 30 * 24 * 3600;

/** Caches images per scene (one scene per promoter and target); a cache miss or a lost Redis only costs a call. */
export class CachedWxacodes implements WxacodeProvider {
  constructor(
    readonly inner: WxacodeProvider,
    private readonly redis: Redis,
    private readonly ns: string,
  ) {}

  async unlimited(req: WxacodeRequest): Promise<WxacodeImage> {
    const key = `${this.ns}:${req.page}:${req.width ?? 430}:${req.scene}`;
    const hit = await this.redis.getBuffer(key).catch(() => null);
    if (hit && hit.length > 1) return { contentType: hit[0] === 1 ? 'image/png' : 'image/jpeg', bytes: hit.subarray(1) };
    const image = await this.inner.unlimited(req);
    const stored = Buffer.concat([Buffer.from([image.contentType === 'image/png' ? 1 : 2]), image.bytes]);
    await this.redis.set(key, stored, 'EX', TTL_S).catch(() => undefined);
    return image;
  }
}
