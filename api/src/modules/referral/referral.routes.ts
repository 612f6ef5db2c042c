// HTTP endpoints of referral: a promoter's mini-program code image, and WeChat Pay's 商家转账 result callback.
import express, { type Express } from 'express';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { MikroORM } from '@mikro-orm/core';
import type { Clock } from '../../common/clock';
import type { Config } from '../../common/config';
import { ReferralService, type ReferralDeps } from './referral.service';
import { ShareCodeService } from './share-code.service';
import { handleTransferNotification, TRANSFER_NOTIFY_PATH, type TransferNotifyKeys } from './transfer-notify';
import { WxacodeError, type WxacodeProvider } from './wxacode-provider';

export function mountReferralRoutes(
  app: Express,
  orm: MikroORM,
  deps: ReferralDeps & { clock: Clock; config: Config; wxacodes: WxacodeProvider; payments: TransferNotifyKeys },
): void {
  // The image is what a promoter shares, so it needs no sign-in; only a live promoter's share of a real product
  // or store is drawn, and each once (the provider's cache).
  app.get('/referral/wxacode/:scene', async (req, res) => {
    try {
      const shares = new ShareCodeService(orm.em.fork() as EntityManager, deps);
      const image = await shares.image(String(req.params.scene));
      if (!image) return void res.status(404).json({ message: 'no such share' });
      if (image instanceof WxacodeError)
        return void res.status(502).json({ message: 'WeChat did not make the code', errcode: image.errcode });
      res.set('Cache-Control', 'public, max-age=86400').type(image.contentType).send(image.bytes);
    } catch (err) {
      console.error('[referral] wxacode failed', err);
      res.status(500).json({ message: 'internal error' });
    }
  });

  // The signature covers the exact bytes, so the body must reach the verifier unparsed.
  app.post(TRANSFER_NOTIFY_PATH, express.text({ type: '*/*', limit: '64kb' }), async (req, res) => {
    try {
      const service = new ReferralService(orm.em.fork() as EntityManager, deps);
      const body = typeof req.body === 'string' ? req.body : '';
      const reply = await handleTransferNotification(service, deps.payments, req.headers, body, deps.clock.now());
      if ('body' in reply) res.status(reply.status).json(reply.body);
      else res.status(reply.status).end();
    } catch (err) {
      console.error('[referral] transfer notification failed', err);
      res.status(500).json({ code: 'FAIL', message: 'internal error; retry later' });
    }
  });
}
