// Paying for a 付费会员 plan: wx.requestPayment in weapp; in h5 the API's sandbox stands in for WeChat's cashier. The
// membership starts when WeChat's notification reaches the API, so the caller reads the centre again afterwards.
import Taro from '@tarojs/taro';
import type { BuyMembershipMutation } from '../generated';
import { sandboxPay } from '../../../state/pay';

type Params = Extract<BuyMembershipMutation['buyMembershipPlan'], { __typename?: 'MembershipPaymentParams' }>;

/** True when the payment went through (a cancelled WeChat sheet is false). */
export async function payMembership(params: Params): Promise<boolean> {
  if (process.env.TARO_ENV === 'weapp') {
    try {
      await Taro.requestPayment({
        timeStamp: params.timeStamp,
        nonceStr: params.nonceStr,
        package: params.package,
        signType: params.signType as 'RSA',
        paySign: params.paySign,
      });
      return true;
    } catch {
      return false;
    }
  }
  return sandboxPay(params.package.replace(/^prepay_id=/, ''));
}
