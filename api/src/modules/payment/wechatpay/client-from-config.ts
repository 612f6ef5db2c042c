// The merchant's signing key, WeChat Pay's verification keys and the signed APIv3 client, from settings.
import { createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Clock } from '../../../common/clock';
import type { WechatPayConfig } from '../../../common/config';
import { PlatformKeys } from './platform-keys';
import { WechatPayClient } from './wechatpay-client';

export function wechatPayParts(w: WechatPayConfig, clock: Clock) {
  const keys = new PlatformKeys();
  if (w.publicKeyPath) keys.addPublicKey(w.publicKeyId!, readFileSync(w.publicKeyPath, 'utf8'));
  for (const path of w.platformCertPaths) keys.addCertificate(readFileSync(path, 'utf8'));
  const privateKey = createPrivateKey(readFileSync(w.privateKeyPath, 'utf8'));
  const client = new WechatPayClient({
    mchId: w.mchId,
    appId: w.appId,
    serialNo: w.serialNo,
    privateKey,
    platformKeys: keys,
    now: () => clock.now(),
  });
  return { keys, privateKey, client };
}
