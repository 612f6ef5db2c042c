// Paying a placed checkout: wx.requestPayment in weapp, the API's sandbox cashier page in h5.
import Taro from '@tarojs/taro';
import type { PayCheckoutMutation } from '../generated/graphql';
import { apiUrl } from '../api/endpoint';

type Params = Extract<PayCheckoutMutation['payCheckout'], { __typename?: 'PaymentParams' }>;

export async function payOrder(params: Params, checkoutId: string, orderId: string): Promise<void> {
  if (process.env.TARO_ENV === 'weapp') {
    try {
      await Taro.requestPayment({
        timeStamp: params.timeStamp,
        nonceStr: params.nonceStr,
        package: params.package,
        signType: params.signType as 'RSA',
        paySign: params.paySign,
      });
    } catch {
      // Cancelled or failed: the order page offers to pay again until the checkout times out.
    }
    await Taro.redirectTo({ url: `/pages/order/index?id=${orderId}` });
    return;
  }
  const prepayId = params.package.replace(/^prepay_id=/, '');
  await Taro.redirectTo({
    url: `/pages/cashier/index?prepay=${encodeURIComponent(prepayId)}&total=${params.totalFen}&checkout=${checkoutId}&order=${orderId}`,
  });
}

/** The sandbox stands in for WeChat's cashier: paying posts WeChat's signed notification to our webhook. */
export async function sandboxPay(prepayId: string): Promise<boolean> {
  const base = apiUrl().replace(/\/graphql$/, '');
  const res = await Taro.request({
    url: `${base}/sandbox/wechatpay/pay`,
    method: 'POST',
    header: { 'content-type': 'application/json' },
    data: { prepayId },
  });
  return res.statusCode === 200;
}
