// Picks the profit-sharing provider the config names: the Redis sandbox or WeChat Pay's APIv3.
import type { Redis } from 'ioredis';
import type { Clock } from '../../common/clock';
import type { Config } from '../../common/config';
import { wechatPayParts } from '../payment/wechatpay/client-from-config';
import type { ProfitSharingProvider } from './profit-sharing-provider';
import { SandboxProfitSharing } from './profit-sharing-sandbox';
import { WechatProfitSharing } from './profit-sharing-wechat';

export function createProfitSharingProvider(config: Config, redis: Redis, clock: Clock): ProfitSharingProvider {
  if (config.paymentProvider === 'sandbox') return new SandboxProfitSharing(redis, `${config.queuePrefix}:sandbox:profitsharing`);
  const { client } = wechatPayParts(config.wechatPay!, clock);
  return new WechatProfitSharing(client, config.wechatPay!.appId);
}
