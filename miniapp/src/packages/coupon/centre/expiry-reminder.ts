// On a claim tap (weapp only): ask for the coupon-expiry reminder; when accepted, tell the API, which then sends one
// subscribe message before one of the shopper's coupons lapses.
import Taro from '@tarojs/taro';
import { client } from '../../../api/app-client';
import { AcceptExpiryReminderDocument } from '../generated';

declare const LINLI_COUPON_EXPIRY_TEMPLATE: string;

export function askExpiryReminder(): void {
  if (process.env.TARO_ENV !== 'weapp' || !LINLI_COUPON_EXPIRY_TEMPLATE) return;
  const tmplId = LINLI_COUPON_EXPIRY_TEMPLATE;
  Taro.requestSubscribeMessage({ tmplIds: [tmplId], entityIds: [] } as never)
    .then((res) => {
      if ((res as unknown as Record<string, string>)[tmplId] !== 'accept') return;
      return client.mutation(AcceptExpiryReminderDocument, {}).toPromise();
    })
    .catch(() => undefined);
}
