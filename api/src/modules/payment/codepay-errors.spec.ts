// How a failed 付款码 call is read for the money: open answers are queried then reversed, refusals took nothing.
import { describe, expect, it } from 'vitest';
import { WechatPayApiError } from './wechatpay/wechatpay-client';
import { codePayError } from './wechatpay-provider';

describe('codePayError', () => {
  it('keeps the trade open (query, then reverse) when WeChat may still have charged the code', () => {
    for (const [status, code] of [
      [500, 'SYSTEM_ERROR'],
      [403, 'BANK_ERROR'],
      [0, 'NETWORK_ERROR'],
      [502, 'HTTP_502'],
      [200, 'INVALID_RESPONSE_SIGNATURE'],
      [400, 'ORDER_PAID'],
    ] as const)
      expect(codePayError(new WechatPayApiError(status, code, 'x')).state, code).toBe('UNKNOWN');
    expect(codePayError(new Error('socket hang up')).state).toBe('UNKNOWN');
    expect(codePayError(new WechatPayApiError(202, 'USERPAYING', '需要用户输入支付密码'))).toEqual({ state: 'USERPAYING' });
  });

  it('is a refusal (nothing charged) for a bad code, no balance or bad parameters', () => {
    for (const code of ['NOT_ENOUGH', 'PARAM_ERROR', 'INVALID_REQUEST', 'AUTH_CODE_INVALID'])
      expect(codePayError(new WechatPayApiError(400, code, 'x'))).toMatchObject({ state: 'FAILED', code });
  });
});
