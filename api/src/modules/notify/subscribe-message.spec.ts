// The WeChat subscribe-message client against a stand-in for api.weixin.qq.com (its fetch): what it sends,
// and how it reads WeChat's answers.
import { describe, expect, it } from 'vitest';
import { messageData, WechatSubscribeSender, type SubscribeMessage } from './subscribe-message';

function fakeWechat(answers: Record<string, unknown>[]) {
  const calls: { url: string; body: unknown }[] = [];
  const fetchImpl = (async (url: string, init: { body: string }) => {
    calls.push({ url, body: JSON.parse(init.body) });
    const answer = url.includes('stable_token')
      ? { access_token: `token-${calls.length}`, expires_in: 7200 }
      : (answers.shift() ?? { errcode: 0 });
    return new Response(JSON.stringify(answer), { headers: { 'content-type': 'application/json' } });
  }) as unknown as typeof fetch;
  return { calls, fetchImpl };
}

const message: SubscribeMessage = {
  touser: 'o-openid',
  template_id: 'tpl-ready',
  page: 'pages/order/index?id=1',
  data: { character_string1: { value: 'LL2611180000' } },
  miniprogram_state: 'formal',
  lang: 'zh_CN',
};

describe('WechatSubscribeSender', () => {
  it('posts the message with the stable access token, fetched once and reused', async () => {
    const wechat = fakeWechat([{ errcode: 0, errmsg: 'ok' }, { errcode: 0 }]);
    const sender = new WechatSubscribeSender({ appId: 'wx-app', appSecret: 'secret' }, wechat.fetchImpl, 'https://wechat.test');
    expect(await sender.send(message)).toEqual({ ok: true });
    expect(await sender.send(message)).toEqual({ ok: true });
    expect(wechat.calls.map((c) => c.url)).toEqual([
      'https://wechat.test/cgi-bin/stable_token',
      'https://wechat.test/cgi-bin/message/subscribe/send?access_token=token-1',
      'https://wechat.test/cgi-bin/message/subscribe/send?access_token=token-1',
    ]);
    expect(wechat.calls[0]!.body).toEqual({ grant_type: 'client_credential', appid: 'wx-app', secret: 'secret' });
    expect(wechat.calls[1]!.body).toEqual(message);
  });

  it('reads a refusal as final, a fault as retryable, and an expired token as a reason to fetch a new one', async () => {
    const wechat = fakeWechat([
      { errcode: 43101, errmsg: 'user refuse to accept the msg' },
      { errcode: -1, errmsg: 'system busy' },
      { errcode: 42001 },
    ]);
    const sender = new WechatSubscribeSender({ appId: 'a', appSecret: 's' }, wechat.fetchImpl, 'https://wechat.test');
    expect(await sender.send(message)).toEqual({ ok: false, refused: true, detail: '43101 user refuse to accept the msg' });
    await expect(sender.send(message)).rejects.toThrow('system busy');
    await expect(sender.send(message)).rejects.toThrow('42001');
    await sender.send(message);
    expect(wechat.calls.filter((c) => c.url.includes('stable_token'))).toHaveLength(2);
  });

  it("fills each template within WeChat's keyword limits", () => {
    const data = messageData('ORDER_REFUNDED', {
      outTradeNo: 'LL1',
      storeName: '邻里便利店上海南京东路步行街旗舰店二号门',
      storeAddress: 'x',
      totalFen: 1000,
      refundedFen: 1205,
      pickupDeadline: null,
      at: new Date('2026-11-18T04:00:00Z'),
    });
    expect(data).toEqual({
      character_string1: { value: 'LL1' },
      amount2: { value: '12.05元' },
      time3: { value: '2026-11-18 12:00' },
      thing4: { value: '退款将原路退回' },
    });
    const ready = messageData('ORDER_READY', {
      outTradeNo: 'LL1',
      storeName: '邻里便利店上海南京东路步行街旗舰店二号门',
      storeAddress: 'x',
      totalFen: 0,
      refundedFen: 0,
      pickupDeadline: null,
      at: new Date(),
    });
    expect([...ready.thing2!.value]).toHaveLength(20);
  });
});
