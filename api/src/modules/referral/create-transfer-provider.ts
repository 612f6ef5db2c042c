// Picks the transfer provider the config names: the Redis sandbox or WeChat Pay's APIv3.
import type { Redis } from 'ioredis';
import type { Clock } from '../../common/clock';
import type { Config } from '../../common/config';
import { wechatPayParts } from '../payment/wechatpay/client-from-config';
import type { TransferProvider } from './transfer-provider';
import { SandboxTransfers } from './transfer-sandbox';
import { TRANSFER_NOTIFY_PATH } from './transfer-notify';
import { WechatTransfers } from './transfer-wechat';

export function createTransferProvider(config: Config, redis: Redis, clock: Clock): TransferProvider {
  if (config.paymentProvider === 'sandbox') return new SandboxTransfers(redis, `${config.queuePrefix}:sandbox:transfers`);
  const { client } = wechatPayParts(config.wechatPay!, clock);
  return new WechatTransfers(client, config.wechatPay!.appId, `${config.publicUrl}${TRANSFER_NOTIFY_PATH}`);
}
