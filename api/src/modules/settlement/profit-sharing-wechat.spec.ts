// The WeChat profit-sharing requests as APIv3 documents them: paths, bodies, and how answers are read.
// (Signing and verification are the shared client's, tested in payment/wechatpay.)
import { describe, expect, it } from 'vitest';
import type { WechatPayClient } from '../payment/wechatpay/wechatpay-client';
import { WechatProfitSharing } from './profit-sharing-wechat';

function fakeClient(answer: unknown) {
  const calls: [string, string, unknown][] = [];
  const client = {
    request: async (method: string, path: string, body?: unknown) => (calls.push([method, path, body]), answer),
  } as unknown as WechatPayClient;
  return { calls, ps: new WechatProfitSharing(client, 'wx0001') };
}

describe('WeChat profit sharing requests', () => {
  it('requests a split in fen to merchant receivers and reads the receivers back', async () => {
    const { calls, ps } = fakeClient({
      order_id: '3008450740201411110007820472',
      state: 'FINISHED',
      receivers: [{ account: '1900000101', amount: 888, result: 'CLOSED', fail_reason: 'NO_RELATION' }],
    });
    const res = await ps.requestSplit({
      transactionId: '4208450740201411110007820472',
      outOrderNo: 'PS0001',
      receivers: [{ account: '1900000101', amountFen: 888, description: '门店分账 SH-001' }],
      unfreezeUnsplit: true,
    });
    expect(calls).toEqual([
      [
        'POST',
        '/v3/profitsharing/orders',
        {
          appid: 'wx0001',
          transaction_id: '4208450740201411110007820472',
          out_order_no: 'PS0001',
          receivers: [{ type: 'MERCHANT_ID', account: '1900000101', amount: 888, description: '门店分账 SH-001' }],
          unfreeze_unsplit: true,
        },
      ],
    ]);
    expect(res).toEqual({
      state: 'FINISHED',
      providerOrderId: '3008450740201411110007820472',
      receivers: [{ account: '1900000101', amountFen: 888, result: 'CLOSED', failReason: 'NO_RELATION' }],
    });
    await expect(
      ps.requestSplit({ transactionId: 't', outOrderNo: 'PS0002', receivers: [], unfreezeUnsplit: true }),
    ).rejects.toBeInstanceOf(RangeError);
    await expect(
      ps.requestSplit({
        transactionId: 't',
        outOrderNo: 'bad/no',
        receivers: [{ account: '1', amountFen: 1, description: 'x' }],
        unfreezeUnsplit: true,
      }),
    ).rejects.toBeInstanceOf(RangeError);
    await expect(
      ps.requestSplit({
        transactionId: 't',
        outOrderNo: 'PS3',
        receivers: [{ account: '1', amountFen: 0, description: 'x' }],
        unfreezeUnsplit: true,
      }),
    ).rejects.toBeInstanceOf(RangeError);
  });

  it('queries, unfreezes and returns on the documented paths', async () => {
    const { calls, ps } = fakeClient({ order_id: '1', state: 'PROCESSING', result: 'PROCESSING' });
    await ps.querySplit('4208', 'PS0001');
    await ps.unfreeze({ transactionId: '4208', outOrderNo: 'PS0001', description: '解冻剩余资金' });
    await ps.requestReturn({
      outOrderNo: 'PS0001',
      outReturnNo: 'PR0001',
      account: '1900000101',
      amountFen: 100,
      description: '退款回退分账',
    });
    await ps.queryReturn('PS0001', 'PR0001');
    expect(calls).toEqual([
      ['GET', '/v3/profitsharing/orders/PS0001?transaction_id=4208', undefined],
      ['POST', '/v3/profitsharing/orders/unfreeze', { transaction_id: '4208', out_order_no: 'PS0001', description: '解冻剩余资金' }],
      [
        'POST',
        '/v3/profitsharing/return-orders',
        { out_order_no: 'PS0001', out_return_no: 'PR0001', return_mchid: '1900000101', amount: 100, description: '退款回退分账' },
      ],
      ['GET', '/v3/profitsharing/return-orders/PR0001?out_order_no=PS0001', undefined],
    ]);
    await expect(fakeClient({}).ps.querySplit('1', 'PS1')).rejects.toMatchObject({ code: 'MALFORMED_RESPONSE' });
  });
});
