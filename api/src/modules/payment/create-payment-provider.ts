// Picks the payment provider the config names: the sandbox (WeChat simulated in Redis) or WeChat Pay.
import type { Redis } from 'ioredis';
import type { Clock } from '../../common/clock';
import type { Config } from '../../common/config';
import { notifyUrl, type PaymentProvider } from './payment-provider';
import { SandboxWechatPay } from './sandbox-provider';
import { wechatPayParts } from './wechatpay/client-from-config';
import { WechatPayProvider } from './wechatpay-provider';

export async function createPaymentProvider(config: Config, redis: Redis, clock: Clock): Promise<PaymentProvider> {
  if (config.paymentProvider === 'sandbox')
    return SandboxWechatPay.create(redis, clock, `${config.queuePrefix}:sandbox:wechatpay`, () => notifyUrl(config));
  const w = config.wechatPay!;
  const { keys, privateKey, client } = wechatPayParts(w, clock);
  return new WechatPayProvider(client, { mchId: w.mchId, appId: w.appId, apiV3Key: w.apiV3Key, privateKey, keys });
}
