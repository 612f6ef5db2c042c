// Exchanges a wx.login code for the shopper's openid. The session_key never leaves the server.
import { createHash } from 'node:crypto';

export type Code2SessionResult = { ok: true; openid: string; unionid?: string } | { ok: false; errcode: number; reason: string };

export interface Code2SessionClient {
  exchange(code: string): Promise<Code2SessionResult>;
}

/**
 * Development provider: any code "dev:<name>" yields a stable openid for <name>, so a
 * browser build of the mini-program and the tests can log in as the same shopper again.
 */
export class DevCode2SessionClient implements Code2SessionClient {
  async exchange(code: string): Promise<Code2SessionResult> {
    if (!/^dev:[\w.-]{1,64}$/.test(code)) return { ok: false, errcode: 40029, reason: 'invalid code' };
    const openid = 'dev_' + createHash('sha256').update(code.slice(4)).digest('base64url').slice(0, 24);
    return { ok: true, openid };
  }
}

const WECHAT_REASONS: Record<number, string> = {
  40029: 'invalid code (expired, used, or from another app)',
  45011: 'too many logins for this user; try again later',
  40226: 'WeChat flagged this user as high-risk',
  [-1]: 'WeChat is busy; try again',
};

/** The real jscode2session call; codes are single use and valid for 5 minutes. */
export class WechatCode2SessionClient implements Code2SessionClient {
  constructor(
    private readonly appId: string,
    private readonly appSecret: string,
    private readonly endpoint = 'https://api.weixin.qq.com/sns/jscode2session',
  ) {}

  async exchange(code: string): Promise<Code2SessionResult> {
    const url = new URL(this.endpoint);
    url.search = new URLSearchParams({
      appid: this.appId,
      secret: this.appSecret,
      js_code: code,
      grant_type: 'authorization_code',
    }).toString();
    const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
    const body = (await response.json()) as { openid?: string; unionid?: string; errcode?: number; errmsg?: string };
    if (body.openid && !body.errcode) return { ok: true, openid: body.openid, unionid: body.unionid };
    const errcode = body.errcode ?? -1;
    return { ok: false, errcode, reason: WECHAT_REASONS[errcode] ?? body.errmsg ?? 'login failed' };
  }
}

export function createCode2SessionClient(config: { loginProvider: 'dev' | 'wechat'; wechatAppId?: string; wechatAppSecret?: string }) {
  return config.loginProvider === 'wechat'
    ? new WechatCode2SessionClient(config.wechatAppId!, config.wechatAppSecret!)
    : new DevCode2SessionClient();
}
