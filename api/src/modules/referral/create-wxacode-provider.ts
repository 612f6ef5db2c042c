// Picks the mini-program code provider the config names (WeChat or the sandbox), cached in Redis either way.
import type { Redis } from 'ioredis';
import type { Config } from '../../common/config';
import { WechatAccessToken } from '../notify/wechat-access-token';
import { CachedWxacodes, type WxacodeProvider } from './wxacode-provider';
import { SandboxWxacodes } from './wxacode-sandbox';
import { WechatWxacodes } from './wxacode-wechat';

export function createWxacodeProvider(config: Config, redis: Redis): WxacodeProvider {
  const inner =
    config.wxacodeProvider === 'wechat'
      ? new WechatWxacodes(
          new WechatAccessToken({ appId: config.wechatAppId!, appSecret: config.wechatAppSecret! }),
          config.wxacodeEnvVersion,
        )
      : new SandboxWxacodes(config.publicUrl);
  return new CachedWxacodes(inner, redis, `${config.queuePrefix}:wxacode`);
}
