// The real WeChat clients of referral against a local server standing in for WeChat: getwxacodeunlimit (access
// token, POST body, an image or a JSON error with HTTP 200, a revoked token fetched again) and 商家转账 on WeChat
// Pay APIv3 (signed request, the transfer-bills body, signed answers, its states and errors).
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WechatAccessToken } from '../notify/wechat-access-token';
import { PlatformKeys } from '../payment/wechatpay/platform-keys';
import { WechatPayClient } from '../payment/wechatpay/wechatpay-client';
import * as c from '../payment/wechatpay/wechatpay-crypto';
import { classifyTransferError, TransferError, transferSettles } from './transfer-provider';
import { WechatTransfers } from './transfer-wechat';
import { WxacodeError } from './wxacode-provider';
import { WechatWxacodes } from './wxacode-wechat';

type Seen = { method: string; url: string; body: string; headers: IncomingMessage['headers'] };

async function standIn(handle: (req: IncomingMessage, body: string, res: ServerResponse) => void) {
  const seen: Seen[] = [];
  const server: Server = createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    seen.push({ method: req.method ?? '', url: req.url ?? '', body, headers: req.headers });
    handle(req, body, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { seen, server, baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108000000003a7e9b55', 'hex');
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);

describe('WechatWxacodes (getwxacodeunlimit)', () => {
  let s: Awaited<ReturnType<typeof standIn>>;
  let tokens = 0;
  beforeAll(async () => {
    s = await standIn((req, body, res) => {
      const url = new URL(req.url!, 'http://x');
      if (url.pathname === '/cgi-bin/stable_token') {
        tokens++;
        return void res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ access_token: `TOKEN${tokens}`, expires_in: 7200 }));
      }
      if (url.pathname !== '/wxa/getwxacodeunlimit') return void res.writeHead(404).end();
      const asked = JSON.parse(body) as { scene: string; page: string };
      const json = (o: object) => res.writeHead(200, { 'content-type': 'application/json; encoding=utf-8' }).end(JSON.stringify(o));
      // The first token is revoked (another server fetched a new one): 40001 once.
      if (url.searchParams.get('access_token') === 'TOKEN1')
        return json({ errcode: 40001, errmsg: 'invalid credential, access_token is invalid' });
      if (asked.page === 'pages/nope/index') return json({ errcode: 41030, errmsg: 'invalid page rid: 6743e3a1' });
      if (asked.scene.startsWith('jpeg')) return void res.writeHead(200, { 'content-type': 'image/jpeg' }).end(JPEG);
      res.writeHead(200, { 'content-type': 'image/png' }).end(PNG);
    });
  });
  afterAll(() => new Promise<void>((r) => s.server.close(() => r())));

  const client = () => new WechatWxacodes(new WechatAccessToken({ appId: 'wxapp', appSecret: 'secret' }, fetch, s.baseUrl));

  it('asks with the token and the documented body; an image comes back as bytes, a refusal as WxacodeError', async () => {
    const wx = client();
    const image = await wx.unlimited({ scene: 'abcdefghij.p.P-0001', page: 'pages/product/index' });
    expect(image).toEqual({ contentType: 'image/png', bytes: PNG });
    // A stable_token, a refused call with it, a new token, the call again.
    const calls = s.seen.map((x) => `${x.method} ${new URL(x.url, 'http://x').pathname}`);
    expect(calls).toEqual([
      'POST /cgi-bin/stable_token',
      'POST /wxa/getwxacodeunlimit',
      'POST /cgi-bin/stable_token',
      'POST /wxa/getwxacodeunlimit',
    ]);
    expect(JSON.parse(s.seen[0]!.body)).toEqual({ grant_type: 'client_credential', appid: 'wxapp', secret: 'secret' });
    const last = s.seen[3]!;
    expect(new URL(last.url, 'http://x').searchParams.get('access_token')).toBe('TOKEN2');
    expect(JSON.parse(last.body)).toEqual({
      scene: 'abcdefghij.p.P-0001',
      page: 'pages/product/index',
      width: 430,
      check_path: true,
      env_version: 'release',
    });
    expect(await wx.unlimited({ scene: 'jpeg.s.SH-001', page: 'pages/home/index' })).toEqual({ contentType: 'image/jpeg', bytes: JPEG });
    const refused = await wx.unlimited({ scene: 'abcdefghij', page: 'pages/nope/index' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(WxacodeError);
    expect(refused).toMatchObject({ errcode: 41030 });
    // No token fetched beyond the second: it is reused.
    expect(tokens).toBe(2);
  });
});

describe('WechatTransfers (商家转账, APIv3)', () => {
  const merchant = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const wechat = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const PUB_KEY_ID = 'PUB_KEY_ID_0114232134912410000000000000';
  const MCH_ID = '1900009191';
  const SERIAL = '5157F09EFDC096DE15EBE81A47057A7232F1B8E1';
  let s: Awaited<ReturnType<typeof standIn>>;
  const bills = new Map<string, object>();

  function reply(res: ServerResponse, status: number, payload: object, key: KeyObject = wechat.privateKey) {
    const body = JSON.stringify(payload);
    const ts = c.unixSeconds(new Date());
    const nonce = c.randomAlphanumeric(32);
    res
      .writeHead(status, {
        'Content-Type': 'application/json',
        'Wechatpay-Timestamp': ts,
        'Wechatpay-Nonce': nonce,
        'Wechatpay-Serial': PUB_KEY_ID,
        'Wechatpay-Signature': c.signSha256Rsa(key, `${ts}\n${nonce}\n${body}\n`),
      })
      .end(body);
  }

  // Spelled out here rather than via the module's helpers, so a bug in those cannot agree with itself.
  function authorized(req: IncomingMessage, body: string): boolean {
    const m = /^WECHATPAY2-SHA256-RSA2048 (.+)$/.exec(req.headers.authorization ?? '');
    const f = Object.fromEntries([...(m?.[1] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((x) => [x[1], x[2]]));
    return (
      f.mchid === MCH_ID &&
      f.serial_no === SERIAL &&
      c.verifySha256Rsa(merchant.publicKey, `${req.method}\n${req.url}\n${f.timestamp}\n${f.nonce_str}\n${body}\n`, f.signature ?? '')
    );
  }

  beforeAll(async () => {
    s = await standIn((req, body, res) => {
      if (!authorized(req, body)) return reply(res, 401, { code: 'SIGN_ERROR', message: '签名错误' });
      if (req.method === 'POST' && req.url === '/v3/fund-app/mch-transfer/transfer-bills') {
        const asked = JSON.parse(body) as { out_bill_no: string; openid: string; transfer_amount: number };
        if (asked.openid === 'o-poor') return reply(res, 403, { code: 'NOT_ENOUGH', message: '商户运营账户资金不足' });
        if (asked.openid === 'o-busy') return reply(res, 500, { code: 'SYSTEM_ERROR', message: '系统错误' });
        if (asked.openid === 'o-bad') return reply(res, 400, { code: 'PARAM_ERROR', message: '参数错误' });
        if (asked.out_bill_no === 'FORGED0001')
          return reply(res, 200, { out_bill_no: 'FORGED0001', transfer_bill_no: 'x', state: 'SUCCESS' }, merchant.privateKey);
        // Asking again with the same out_bill_no answers the same bill.
        const bill = bills.get(asked.out_bill_no) ?? {
          out_bill_no: asked.out_bill_no,
          transfer_bill_no: `1330000071100999991182020050700${bills.size}`,
          create_time: '2026-12-01T12:00:00+08:00',
          state: 'WAIT_USER_CONFIRM',
          package_info: 'affffddafdfafddffda==',
        };
        bills.set(asked.out_bill_no, bill);
        return reply(res, 200, bill);
      }
      const q = /^\/v3\/fund-app\/mch-transfer\/transfer-bills\/out-bill-no\/(\w+)$/.exec(req.url ?? '');
      if (req.method === 'GET' && q) {
        if (q[1] === 'FAILED0001')
          return reply(res, 200, {
            out_bill_no: 'FAILED0001',
            transfer_bill_no: '1330000071100999991182020050700',
            state: 'FAIL',
            fail_reason: 'PAYEE_ACCOUNT_ABNORMAL',
            mch_id: MCH_ID,
            transfer_amount: 100,
          });
        const bill = bills.get(q[1]!);
        if (!bill) return reply(res, 404, { code: 'NOT_FOUND', message: '记录不存在' });
        return reply(res, 200, { ...bill, state: 'SUCCESS', package_info: undefined });
      }
      reply(res, 404, { code: 'NOT_FOUND', message: '无此接口' });
    });
  });
  afterAll(() => new Promise<void>((r) => s.server.close(() => r())));

  const transfers = () => {
    const keys = new PlatformKeys();
    keys.addPublicKey(PUB_KEY_ID, wechat.publicKey.export({ type: 'spki', format: 'pem' }).toString());
    const client = new WechatPayClient({
      mchId: MCH_ID,
      appId: 'wxapp',
      serialNo: SERIAL,
      privateKey: merchant.privateKey,
      platformKeys: keys,
      baseUrl: s.baseUrl,
    });
    return new WechatTransfers(client, 'wxapp', 'https://linli.example.com/referral/wechat/transfer-notify');
  };
  const req = { outBillNo: 'cw0123456789abcdef', openid: 'o-user', amountFen: 1234, remark: '推广佣金提现' };

  it('sends the 商家转账 body, signed; WAIT_USER_CONFIRM carries package_info; the query settles it', async () => {
    const asked = await transfers().transfer(req);
    expect(asked).toEqual({
      state: 'WAIT_USER_CONFIRM',
      transferBillNo: expect.stringMatching(/^1330/),
      packageInfo: 'affffddafdfafddffda==',
    });
    expect(transferSettles(asked.state)).toBe('PENDING');
    const sent = s.seen.at(-1)!;
    expect(sent.headers['content-type']).toBe('application/json');
    expect(JSON.parse(sent.body)).toEqual({
      appid: 'wxapp',
      out_bill_no: 'cw0123456789abcdef',
      transfer_scene_id: '1005',
      openid: 'o-user',
      transfer_amount: 1234,
      transfer_remark: '推广佣金提现',
      notify_url: 'https://linli.example.com/referral/wechat/transfer-notify',
      user_recv_perception: '劳务报酬',
      transfer_scene_report_infos: [
        { info_type: '岗位类型', info_content: '推广员' },
        { info_type: '报酬说明', info_content: '推广佣金' },
      ],
    });
    // The same out_bill_no again: the same bill, never a second one.
    expect((await transfers().transfer(req)).transferBillNo).toBe(asked.transferBillNo);
    const paid = await transfers().query(req.outBillNo);
    expect(paid).toEqual({ state: 'SUCCESS', transferBillNo: asked.transferBillNo });
    expect(transferSettles(paid.state)).toBe('PAID');
    const failed = await transfers().query('FAILED0001');
    expect(failed).toEqual({ state: 'FAIL', transferBillNo: '1330000071100999991182020050700', failReason: 'PAYEE_ACCOUNT_ABNORMAL' });
    expect(transferSettles(failed.state)).toBe('FAILED');
  });

  it("raises WeChat's errors classified (final, retry after a query, no such bill) and refuses an answer it did not sign", async () => {
    await expect(transfers().transfer({ ...req, outBillNo: 'cwpoor000001', openid: 'o-poor' })).rejects.toMatchObject({
      failure: 'FINAL',
      code: 'NOT_ENOUGH',
      reason: 'NOT_ENOUGH 商户运营账户资金不足',
    });
    await expect(transfers().transfer({ ...req, outBillNo: 'cwbusy000001', openid: 'o-busy' })).rejects.toMatchObject({
      failure: 'RETRY',
      code: 'SYSTEM_ERROR',
    });
    await expect(transfers().transfer({ ...req, outBillNo: 'cwbadparam01', openid: 'o-bad' })).rejects.toMatchObject({
      failure: 'FINAL',
      code: 'PARAM_ERROR',
    });
    // A forged answer proves nothing about the bill: asked about again, never taken as final.
    await expect(transfers().transfer({ ...req, outBillNo: 'FORGED0001' })).rejects.toMatchObject({
      failure: 'RETRY',
      code: 'INVALID_RESPONSE_SIGNATURE',
    });
    await expect(transfers().query('NOSUCHBILL1')).rejects.toMatchObject({ failure: 'NOT_FOUND' });
    await expect(transfers().query('NOSUCHBILL1')).rejects.toBeInstanceOf(TransferError);
    // Checked before anything is sent.
    await expect(transfers().transfer({ ...req, outBillNo: 'a-b' })).rejects.toBeInstanceOf(RangeError);
    await expect(transfers().transfer({ ...req, amountFen: 200_000 })).rejects.toBeInstanceOf(RangeError);
  });

  it('classifies by status and code: only refusals known to make no bill are final', () => {
    expect(classifyTransferError('transfer', 403, 'NOT_ENOUGH')).toBe('FINAL');
    expect(classifyTransferError('transfer', 403, 'NO_AUTH')).toBe('FINAL');
    expect(classifyTransferError('transfer', 400, 'PARAM_ERROR')).toBe('FINAL');
    expect(classifyTransferError('transfer', 400, 'INVALID_REQUEST')).toBe('FINAL');
    expect(classifyTransferError('transfer', 500, 'SYSTEM_ERROR')).toBe('RETRY');
    expect(classifyTransferError('transfer', 503, 'HTTP_503')).toBe('RETRY');
    expect(classifyTransferError('transfer', 0, 'NETWORK_ERROR')).toBe('RETRY');
    expect(classifyTransferError('transfer', 429, 'FREQUENCY_LIMITED')).toBe('RETRY');
    // An unknown 4xx is asked about before anything: it might have made the bill.
    expect(classifyTransferError('transfer', 400, 'SOMETHING_NEW')).toBe('RETRY');
    expect(classifyTransferError('query', 404, 'NOT_FOUND')).toBe('NOT_FOUND');
    expect(classifyTransferError('query', 500, 'SYSTEM_ERROR')).toBe('RETRY');
  });
});
