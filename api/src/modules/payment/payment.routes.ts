// HTTP endpoints of payment: WeChat Pay's notification webhook, and the sandbox's cashier (never in production).
import express, { type Express } from 'express';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { MikroORM } from '@mikro-orm/core';
import { SandboxWechatPay } from './sandbox-provider';
import { PaymentService, type PaymentDeps } from './payment.service';

export function mountPaymentRoutes(app: Express, orm: MikroORM, deps: PaymentDeps): void {
  // The signature covers the exact bytes, so the body must reach the verifier unparsed.
  app.post('/payments/wechat/notify', express.text({ type: '*/*', limit: '64kb' }), async (req, res) => {
    try {
      const service = new PaymentService(orm.em.fork() as EntityManager, deps);
      const reply = await service.handleNotification(req.headers, typeof req.body === 'string' ? req.body : '');
      if (reply.body) res.status(reply.status).json(reply.body);
      else res.status(reply.status).end();
    } catch (err) {
      console.error('[payment] notification failed', err);
      res.status(500).json({ code: 'FAIL', message: 'internal error; retry later' });
    }
  });

  const sandbox = deps.payments;
  if (sandbox instanceof SandboxWechatPay) {
    // Stands in for WeChat's cashier in development: the H5 build and the demo "pay" through it.
    app.post('/sandbox/wechatpay/pay', express.json(), async (req, res) => {
      const prepayId = String((req.body as { prepayId?: unknown })?.prepayId ?? '');
      const result = await sandbox.pay(prepayId);
      if (!result.ok) res.status(409).json(result);
      else res.json({ ok: true, transactionId: result.transactionId, notified: result.delivery?.status });
    });
  }
}
