// WeChat Pay APIv3 module tests: real RSA keys, a real (openssl) certificate, and a local server standing in for WeChat.
import { execFileSync } from 'node:child_process';
import { createCipheriv, createPrivateKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildSignedNotification,
  decryptNotificationResource,
  parseNotificationBody,
  verifyNotification,
  type WechatTransaction,
} from './notification';
import { PlatformKeys } from './platform-keys';
import { WechatPayApiError, WechatPayClient } from './wechatpay-client';
import * as c from './wechatpay-crypto';

const rsa = () => generateKeyPairSync('rsa', { modulusLength: 2048 });
const merchant = rsa();
const wechat = rsa();
const PUB_KEY_ID = 'PUB_KEY_ID_0114232134912410000000000000';
const API_V3_KEY = c.randomAlphanumeric(32);
const MCH_ID = '1900009191';
const APP_ID = 'wxd678efh567hg6787';
const MERCHANT_SERIAL = '5157F09EFDC096DE15EBE81A47057A7232F1B8E1';
const NOW = new Date('2025-03-01T04:00:00Z');
const pem = (k: KeyObject) => k.export({ type: 'spki', format: 'pem' }).toString();

/** A platform certificate with a leading zero nibble in its serial, made by openssl since node cannot issue one. */
function makeCertificate(): { pem: string; key: KeyObject } | null {
  const dir = mkdtempSync(join(tmpdir(), 'wxpay-cert-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        join(dir, 'k.pem'),
        '-out',
        join(dir, 'c.pem'),
        '-subj',
        '/CN=Tenpay.com test',
        '-days',
        '2',
        '-set_serial',
        '0x0A1B2C3D4E5F60718293A4B5C6D7E8F901234567',
      ],
      { stdio: 'ignore' },
    );
    return { pem: readFileSync(join(dir, 'c.pem'), 'utf8'), key: createPrivateKey(readFileSync(join(dir, 'k.pem'))) };
  } catch {
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const cert = makeCertificate();

function keysWithPublicKey(): PlatformKeys {
  const keys = new PlatformKeys();
  keys.addPublicKey(PUB_KEY_ID, pem(wechat.publicKey));
  return keys;
}

const txn: WechatTransaction = {
  appid: APP_ID,
  mchid: MCH_ID,
  out_trade_no: 'ORDER_0001',
  transaction_id: '4200000001202503010000000001',
  trade_type: 'JSAPI',
  trade_state: 'SUCCESS',
  trade_state_desc: '支付成功',
  bank_type: 'OTHERS',
  attach: '',
  success_time: '2025-03-01T12:00:00+08:00',
  payer: { openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o' },
  amount: { total: 1234, payer_total: 1234, currency: 'CNY', payer_currency: 'CNY' },
};

describe('wechatpay-crypto', () => {
  it('signs and verifies, and any changed byte fails', () => {
    const msg = c.requestSignatureMessage('get', '/v3/certificates', '1554208460', 'NONCE', '');
    expect(msg).toBe('GET\n/v3/certificates\n1554208460\nNONCE\n\n');
    const sig = c.signSha256Rsa(merchant.privateKey, msg);
    expect(c.verifySha256Rsa(merchant.publicKey, msg, sig)).toBe(true);
    for (const i of [0, 5, msg.length - 1]) {
      expect(c.verifySha256Rsa(merchant.publicKey, msg.slice(0, i) + '#' + msg.slice(i + 1), sig)).toBe(false);
    }
    const raw = Buffer.from(sig, 'base64');
    for (const i of [0, 100, raw.length - 1]) {
      const bad = Buffer.from(raw);
      bad[i] = (bad[i] ?? 0) ^ 0x01;
      expect(c.verifySha256Rsa(merchant.publicKey, msg, bad.toString('base64'))).toBe(false);
    }
    expect(c.verifySha256Rsa(wechat.publicKey, msg, sig)).toBe(false);
    for (const junk of ['', 'not base64!!', sig.slice(0, 10) + '!' + sig.slice(10), sig + '\n']) {
      expect(c.verifySha256Rsa(merchant.publicKey, msg, junk)).toBe(false);
    }
  });

  it('builds the Authorization header over the five-line message', () => {
    const body = '{"a":1}';
    const h = c.authorizationHeader({
      mchId: MCH_ID,
      serialNo: MERCHANT_SERIAL,
      privateKey: merchant.privateKey,
      method: 'POST',
      pathWithQuery: '/v3/pay/transactions/jsapi',
      body,
    });
    const m =
      /^WECHATPAY2-SHA256-RSA2048 mchid="(\d+)",nonce_str="([0-9A-Za-z]{32})",signature="([^"]+)",timestamp="(\d+)",serial_no="(\w+)"$/.exec(
        h,
      );
    expect(m).not.toBeNull();
    const [, mchid, nonce, signature, ts, serial] = m as unknown as string[];
    expect([mchid, serial]).toEqual([MCH_ID, MERCHANT_SERIAL]);
    expect(Math.abs(Number(ts) - Date.now() / 1000)).toBeLessThan(5);
    expect(c.verifySha256Rsa(merchant.publicKey, `POST\n/v3/pay/transactions/jsapi\n${ts}\n${nonce}\n${body}\n`, signature!)).toBe(true);
  });

  it('encrypts resources as AES-256-GCM ciphertext||tag and rejects bad keys, tags and associated data', () => {
    const enc = c.encryptResource(API_V3_KEY, '{"x":"支付"}', 'transaction', 'abcdefghijkl');
    const ref = createCipheriv('aes-256-gcm', Buffer.from(API_V3_KEY), Buffer.from('abcdefghijkl'));
    ref.setAAD(Buffer.from('transaction'));
    const expected = Buffer.concat([ref.update('{"x":"支付"}', 'utf8'), ref.final(), ref.getAuthTag()]).toString('base64');
    expect(enc).toEqual({ algorithm: 'AEAD_AES_256_GCM', ciphertext: expected, associated_data: 'transaction', nonce: 'abcdefghijkl' });
    expect(c.decryptResource(API_V3_KEY, enc)).toBe('{"x":"支付"}');
    expect(c.encryptResource(API_V3_KEY, 'x', '').nonce).toMatch(/^[0-9A-Za-z]{12}$/);
    const reason = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e instanceof c.WechatPayCryptoError ? e.reason : 'other';
      }
      return 'none';
    };
    expect(reason(() => c.decryptResource('short', enc))).toBe('BAD_KEY');
    expect(reason(() => c.encryptResource(API_V3_KEY + 'x', 'p', ''))).toBe('BAD_KEY');
    expect(reason(() => c.decryptResource(c.randomAlphanumeric(32), enc))).toBe('DECRYPT_FAILED');
    expect(reason(() => c.decryptResource(API_V3_KEY, { ...enc, associated_data: 'refund' }))).toBe('DECRYPT_FAILED');
    const flipped = Buffer.from(enc.ciphertext, 'base64');
    flipped[0] = (flipped[0] ?? 0) ^ 0x80;
    expect(reason(() => c.decryptResource(API_V3_KEY, { ...enc, ciphertext: flipped.toString('base64') }))).toBe('DECRYPT_FAILED');
    expect(reason(() => c.decryptResource(API_V3_KEY, { ...enc, ciphertext: 'AAAA' }))).toBe('BAD_CIPHERTEXT');
    expect(reason(() => c.decryptResource(API_V3_KEY, { ...enc, algorithm: 'AES_128' }))).toBe('UNSUPPORTED_ALGORITHM');
  });

  it('signs wx.requestPayment params with the merchant key over the exact four lines', () => {
    const p = c.jsapiPaymentParams({ appId: APP_ID, prepayId: 'wx201410272009395522657a690389285100', privateKey: merchant.privateKey });
    expect(p).toMatchObject({ appId: APP_ID, package: 'prepay_id=wx201410272009395522657a690389285100', signType: 'RSA' });
    expect(p.nonceStr).toMatch(/^[0-9A-Za-z]{32}$/);
    expect(p.timeStamp).toMatch(/^\d{10}$/);
    const exact = `${APP_ID}\n${p.timeStamp}\n${p.nonceStr}\nprepay_id=wx201410272009395522657a690389285100\n`;
    expect(c.verifySha256Rsa(merchant.publicKey, exact, p.paySign)).toBe(true);
    expect(c.verifySha256Rsa(merchant.publicKey, exact.slice(0, -1), p.paySign)).toBe(false);
    const fixed = c.jsapiPaymentParams({
      appId: APP_ID,
      prepayId: 'p1',
      privateKey: merchant.privateKey,
      timeStamp: '1414561699',
      nonceStr: 'n',
    });
    expect(c.verifySha256Rsa(merchant.publicKey, `${APP_ID}\n1414561699\nn\nprepay_id=p1\n`, fixed.paySign)).toBe(true);
  });

  it('checks out_trade_no and formats Beijing RFC 3339 times', () => {
    for (const ok of ['123456', 'A_b-C|d*9', 'x'.repeat(32)]) expect(c.isValidOutTradeNo(ok)).toBe(true);
    for (const bad of ['12345', 'x'.repeat(33), 'abc def', 'abc/def', '订单123456', 'abc.def', 'abc@def'])
      expect(c.isValidOutTradeNo(bad)).toBe(false);
    expect(c.beijingRfc3339(new Date('2025-03-01T16:30:45.678Z'))).toBe('2025-03-02T00:30:45+08:00');
  });
});

describe('notifications', () => {
  const build = (o: Partial<Parameters<typeof buildSignedNotification>[0]> = {}) =>
    buildSignedNotification({
      signingKey: wechat.privateKey,
      serial: PUB_KEY_ID,
      apiV3Key: API_V3_KEY,
      eventType: 'TRANSACTION.SUCCESS',
      resource: txn,
      now: NOW,
      ...o,
    });
  const verify = (n: { headers: Record<string, string>; body: string }, now = NOW, keys = keysWithPublicKey()) =>
    verifyNotification({ headers: n.headers, rawBody: n.body, keys, now });

  it('round-trips build → verify → parse → decrypt, with node-style lower-case headers too', () => {
    const n = build();
    expect(verify(n)).toEqual({ ok: true });
    const h = n.headers;
    expect(h['Wechatpay-Timestamp']).toBe('1740801600');
    expect(c.verifySha256Rsa(wechat.publicKey, `1740801600\n${h['Wechatpay-Nonce']}\n${n.body}\n`, h['Wechatpay-Signature']!)).toBe(true);
    const lower = Object.fromEntries(Object.entries(n.headers).map(([k, v]) => [k.toLowerCase(), v]));
    expect(verify({ headers: lower, body: n.body })).toEqual({ ok: true });
    const parsed = parseNotificationBody(n.body);
    expect(parsed).toMatchObject({
      create_time: '2025-03-01T12:00:00+08:00',
      event_type: 'TRANSACTION.SUCCESS',
      resource_type: 'encrypt-resource',
      summary: '支付成功',
      resource: { algorithm: 'AEAD_AES_256_GCM', associated_data: 'transaction', original_type: 'transaction' },
    });
    expect(decryptNotificationResource<WechatTransaction>(parsed, API_V3_KEY)).toEqual(txn);
    expect(parseNotificationBody(build({ eventType: 'REFUND.SUCCESS' }).body).resource).toMatchObject({
      associated_data: 'refund',
      original_type: 'refund',
    });
  });

  it('rejects tampered bodies and ciphertexts, unknown serials, other signers, SIGNTEST probes and missing headers', () => {
    const n = build();
    expect(verify({ ...n, body: n.body.replace('支付成功', '支付失败') })).toEqual({ ok: false, reason: 'BAD_SIGNATURE' });
    const parsed = parseNotificationBody(n.body);
    const ct = parsed.resource.ciphertext;
    const swapped = ct.slice(0, 4) + (ct[4] === 'A' ? 'B' : 'A') + ct.slice(5);
    expect(verify({ ...n, body: n.body.replace(ct, swapped) })).toEqual({ ok: false, reason: 'BAD_SIGNATURE' });
    expect(() => decryptNotificationResource({ ...parsed, resource: { ...parsed.resource, ciphertext: swapped } }, API_V3_KEY)).toThrow(
      expect.objectContaining({ reason: 'DECRYPT_FAILED' }),
    );
    expect(verify(build({ serial: 'PUB_KEY_ID_UNKNOWN' }))).toEqual({ ok: false, reason: 'UNKNOWN_SERIAL' });
    expect(verify(build({ signingKey: merchant.privateKey }))).toEqual({ ok: false, reason: 'BAD_SIGNATURE' });
    const probe = { ...n.headers, 'Wechatpay-Signature': 'WECHATPAY/SIGNTEST/' + n.headers['Wechatpay-Signature'] };
    expect(verify({ headers: probe, body: n.body })).toEqual({ ok: false, reason: 'BAD_SIGNATURE' });
    const { 'Wechatpay-Nonce': _nonce, ...noNonce } = n.headers;
    expect(verify({ headers: noNonce, body: n.body })).toEqual({ ok: false, reason: 'MISSING_HEADERS' });
  });

  it('rejects timestamps more than five minutes off either way', () => {
    const at = (s: number) => new Date(NOW.getTime() + s * 1000);
    expect(verify(build(), at(299))).toEqual({ ok: true });
    expect(verify(build(), at(-299))).toEqual({ ok: true });
    expect(verify(build(), at(301))).toEqual({ ok: false, reason: 'STALE_TIMESTAMP' });
    expect(verify(build(), at(-301))).toEqual({ ok: false, reason: 'STALE_TIMESTAMP' });
  });

  it('throws WechatPayCryptoError on malformed bodies', () => {
    for (const bad of [
      'nope',
      '[]',
      '{"id":"x"}',
      '{"id":"x","create_time":"t","event_type":"e","resource_type":"r","resource":{"algorithm":1}}',
    ]) {
      expect(() => parseNotificationBody(bad)).toThrow(c.WechatPayCryptoError);
    }
  });

  it.skipIf(!cert)('verifies with a platform certificate serial and a public key id side by side', () => {
    const keys = keysWithPublicKey();
    const serial = keys.addCertificate(cert!.pem);
    expect(serial).toBe('0A1B2C3D4E5F60718293A4B5C6D7E8F901234567');
    expect(keys.size).toBe(2);
    expect(verify(build({ signingKey: cert!.key, serial }), NOW, keys)).toEqual({ ok: true });
    expect(verify(build({ signingKey: cert!.key, serial: serial.slice(1).toLowerCase() }), NOW, keys)).toEqual({ ok: true });
    expect(verify(build(), NOW, keys)).toEqual({ ok: true });
    expect(verify(build({ signingKey: wechat.privateKey, serial }), NOW, keys)).toEqual({ ok: false, reason: 'BAD_SIGNATURE' });
  });
});

describe('WechatPayClient', () => {
  type Seen = { method: string; url: string; body: string; headers: IncomingMessage['headers'] };
  const seen: Seen[] = [];
  let server: Server;
  let baseUrl = '';

  function reply(res: ServerResponse, status: number, payload?: object, mode: 'signed' | 'forged' | 'unsigned' = 'signed') {
    const body = payload === undefined ? '' : JSON.stringify(payload);
    const ts = c.unixSeconds(new Date());
    const nonce = c.randomAlphanumeric(32);
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (mode !== 'unsigned') {
      const signed = mode === 'forged' ? body.replace('SUCCESS', 'REFUND') : body;
      Object.assign(headers, {
        'Wechatpay-Timestamp': ts,
        'Wechatpay-Nonce': nonce,
        'Wechatpay-Serial': PUB_KEY_ID,
        'Wechatpay-Signature': c.signSha256Rsa(wechat.privateKey, `${ts}\n${nonce}\n${signed}\n`),
      });
    }
    res.writeHead(status, headers).end(body);
  }

  // Spelled out here rather than via the module's helpers, so a bug in those cannot agree with itself.
  function authorized(req: IncomingMessage, body: string): boolean {
    const m = /^WECHATPAY2-SHA256-RSA2048 (.+)$/.exec(req.headers.authorization ?? '');
    const f = Object.fromEntries([...(m?.[1] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((x) => [x[1], x[2]]));
    return (
      f.mchid === MCH_ID &&
      f.serial_no === MERCHANT_SERIAL &&
      c.verifySha256Rsa(merchant.publicKey, `${req.method}\n${req.url}\n${f.timestamp}\n${f.nonce_str}\n${body}\n`, f.signature ?? '')
    );
  }

  beforeAll(async () => {
    server = createServer(async (req, res) => {
      let body = '';
      for await (const chunk of req) body += chunk;
      seen.push({ method: req.method ?? '', url: req.url ?? '', body, headers: req.headers });
      if (!authorized(req, body)) return reply(res, 401, { code: 'SIGN_ERROR', message: '签名错误' });
      const route = `${req.method} ${req.url}`;
      const q = `?mchid=${MCH_ID}`;
      if (route === 'POST /v3/pay/transactions/jsapi') return reply(res, 200, { prepay_id: 'wx201410272009395522657a690389285100' });
      if (route === `GET /v3/pay/transactions/out-trade-no/ORDER_0001${q}`) return reply(res, 200, txn);
      if (route === `GET /v3/pay/transactions/out-trade-no/FORGED_01${q}`) return reply(res, 200, txn, 'forged');
      if (route === `GET /v3/pay/transactions/out-trade-no/UNSIGNED_01${q}`) return reply(res, 200, txn, 'unsigned');
      if (route === 'POST /v3/pay/transactions/out-trade-no/ORDER_0001/close') return reply(res, 204);
      if (route === 'POST /v3/pay/transactions/codepay') {
        const asked = JSON.parse(body) as { out_trade_no: string; payer: { auth_code: string } };
        if (asked.payer.auth_code.endsWith('0')) return reply(res, 403, { code: 'NOT_ENOUGH', message: '用户余额不足' });
        return reply(res, 200, { ...txn, out_trade_no: asked.out_trade_no, trade_type: 'MICROPAY' });
      }
      if (route === 'POST /v3/pay/transactions/out-trade-no/CODE_0001/reverse') return reply(res, 200, {});
      if (route === 'POST /v3/refund/domestic/refunds') {
        return reply(res, 200, {
          refund_id: '50000000382019052709732678859',
          out_refund_no: 'R_0001',
          transaction_id: txn.transaction_id,
          out_trade_no: 'ORDER_0001',
          channel: 'ORIGINAL',
          user_received_account: '支付用户零钱',
          create_time: '2025-03-01T12:05:00+08:00',
          status: 'PROCESSING',
          amount: { total: 1234, refund: 234, payer_total: 1234, payer_refund: 234, currency: 'CNY' },
        });
      }
      return reply(res, 404, { code: 'ORDER_NOT_EXIST', message: '订单不存在' });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const client = (privateKey = merchant.privateKey) =>
    new WechatPayClient({
      mchId: MCH_ID,
      appId: APP_ID,
      serialNo: MERCHANT_SERIAL,
      privateKey,
      platformKeys: keysWithPublicKey(),
      baseUrl,
    });
  const last = () => seen[seen.length - 1]!;

  it('prepays, queries, closes and refunds with signed requests and verified responses', async () => {
    const timeExpire = new Date('2025-03-01T04:30:00Z');
    await expect(
      client().jsapiPrepay({
        description: '邻里-订单',
        outTradeNo: 'ORDER_0001',
        timeExpire,
        notifyUrl: 'https://example.com/notify',
        totalFen: 1234,
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        profitSharing: true,
      }),
    ).resolves.toEqual({ prepayId: 'wx201410272009395522657a690389285100' });
    expect(JSON.parse(last().body)).toEqual({
      appid: APP_ID,
      mchid: MCH_ID,
      description: '邻里-订单',
      out_trade_no: 'ORDER_0001',
      time_expire: '2025-03-01T12:30:00+08:00',
      notify_url: 'https://example.com/notify',
      amount: { total: 1234, currency: 'CNY' },
      payer: { openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o' },
      settle_info: { profit_sharing: true },
    });
    expect(last().headers).toMatchObject({ accept: 'application/json', 'content-type': 'application/json' });
    expect(last().headers['user-agent']).toMatch(/wechatpay-apiv3/);

    await expect(client().queryByOutTradeNo('ORDER_0001')).resolves.toEqual(txn);
    await expect(client().close('ORDER_0001')).resolves.toBeUndefined();
    expect(last().body).toBe(`{"mchid":"${MCH_ID}"}`);
    const refund = await client().refund({
      outTradeNo: 'ORDER_0001',
      outRefundNo: 'R_0001',
      refundFen: 234,
      totalFen: 1234,
      reason: '缺货',
    });
    expect(refund).toMatchObject({ status: 'PROCESSING', refund_id: '50000000382019052709732678859', amount: { refund: 234 } });
    expect(JSON.parse(last().body)).toEqual({
      out_trade_no: 'ORDER_0001',
      out_refund_no: 'R_0001',
      reason: '缺货',
      amount: { refund: 234, total: 1234, currency: 'CNY' },
    });
  });

  it('charges a payment code (codepay) and reverses its trade, with the APIv3 bodies', async () => {
    const paid = await client().codePay({
      description: '邻里便利 门店收银',
      outTradeNo: 'CODE_0001',
      authCode: '134567890123456789',
      totalFen: 1234,
      storeCode: 'a1b2c3',
      profitSharing: true,
    });
    expect(paid).toMatchObject({ out_trade_no: 'CODE_0001', trade_state: 'SUCCESS', trade_type: 'MICROPAY' });
    expect(JSON.parse(last().body)).toEqual({
      appid: APP_ID,
      mchid: MCH_ID,
      description: '邻里便利 门店收银',
      out_trade_no: 'CODE_0001',
      payer: { auth_code: '134567890123456789' },
      amount: { total: 1234, currency: 'CNY' },
      scene_info: { store_info: { out_id: 'a1b2c3' }, device_ip: '127.0.0.1' },
      settle_info: { profit_sharing: true },
    });
    await expect(client().reverse('CODE_0001')).resolves.toBeUndefined();
    expect(JSON.parse(last().body)).toEqual({ appid: APP_ID, mchid: MCH_ID });
    await expect(
      client().codePay({ description: 'd', outTradeNo: 'CODE_0002', authCode: '134567890123456780', totalFen: 1, storeCode: 's' }),
    ).rejects.toMatchObject({ status: 403, code: 'NOT_ENOUGH' });
    // Not a WeChat payment code (a member code, an Alipay code): refused before anything is sent.
    const before = seen.length;
    for (const authCode of ['96123456789012345678', '281234567890123456', '16123456789012345'])
      await expect(
        client().codePay({ description: 'd', outTradeNo: 'CODE_0003', authCode, totalFen: 1, storeCode: 's' }),
      ).rejects.toBeInstanceOf(RangeError);
    expect(seen.length).toBe(before);
  });

  it('surfaces WeChat errors, refuses forged or unsigned successes, and checks input before sending', async () => {
    await expect(client().queryByOutTradeNo('MISSING_01')).rejects.toMatchObject({
      status: 404,
      code: 'ORDER_NOT_EXIST',
      message: '订单不存在',
    });
    await expect(client(rsa().privateKey).queryByOutTradeNo('ORDER_0001')).rejects.toMatchObject({ status: 401, code: 'SIGN_ERROR' });
    const forged = client().queryByOutTradeNo('FORGED_01');
    await expect(forged).rejects.toBeInstanceOf(WechatPayApiError);
    await expect(forged).rejects.toMatchObject({ code: 'INVALID_RESPONSE_SIGNATURE', message: expect.stringContaining('BAD_SIGNATURE') });
    await expect(client().queryByOutTradeNo('UNSIGNED_01')).rejects.toMatchObject({ code: 'INVALID_RESPONSE_SIGNATURE' });
    const before = seen.length;
    await expect(client().queryByOutTradeNo('bad/no')).rejects.toBeInstanceOf(RangeError);
    await expect(client().refund({ outTradeNo: 'ORDER_0001', outRefundNo: 'R1', refundFen: 2, totalFen: 1 })).rejects.toBeInstanceOf(
      RangeError,
    );
    await expect(
      client().jsapiPrepay({
        description: 'd',
        outTradeNo: 'ORDER_0001',
        timeExpire: NOW,
        notifyUrl: 'https://x',
        totalFen: 1.5,
        openid: 'o',
      }),
    ).rejects.toBeInstanceOf(RangeError);
    expect(seen.length).toBe(before);
  });
});
