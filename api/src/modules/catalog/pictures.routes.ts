// HTTP for picture bytes: HQ uploads one to a product (POST, the file as the body), anyone fetches the sized
// versions (GET, immutable: the URL names the content).
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Express, Request } from 'express';
import type { Clock } from '../../common/clock';
import { Role, type Viewer } from '../../common/viewer';
import { MAX_PICTURE_BYTES } from './picture-processing';
import { PICTURE_KEY, type PictureStorage } from './picture-storage';
import { PictureService } from './picture.service';
import { readUpTo } from './http-files';

export interface PictureRouteDeps {
  orm: MikroORM;
  storage: PictureStorage;
  clock: Clock;
  /** The caller, from the bearer token (undefined: a bad or revoked token). */
  viewerOf: (req: Request, em: EntityManager) => Promise<Viewer | undefined>;
}

export function mountPictureRoutes(app: Express, deps: PictureRouteDeps): void {
  app.post(
    '/catalog/products/:productId/pictures',
    async (req, res, next) => {
      try {
        const viewer = await deps.viewerOf(req, deps.orm.em.fork() as EntityManager);
        if (!viewer || viewer.role === null) {
          res.status(401).json({ errorCode: 'UNAUTHENTICATED', message: '请先登录' });
          return;
        }
        if (viewer.role !== Role.HQ_ADMIN) {
          res.status(403).json({ errorCode: 'FORBIDDEN', message: '只有总部可以上传商品图片' });
          return;
        }
        res.locals.viewer = viewer;
        next();
      } catch (err) {
        next(err);
      }
    },
    async (req, res, next) => {
      try {
        const bytes = await readUpTo(req, MAX_PICTURE_BYTES);
        if (!bytes) {
          res.status(413).set('Connection', 'close').json({ errorCode: 'PICTURE_TOO_LARGE', message: '图片不能超过 10 MB' });
          return;
        }
        const service = new PictureService(deps.orm.em.fork() as EntityManager, deps.clock);
        const out = await service.upload(res.locals.viewer as Viewer, req.params.productId!, bytes, deps.storage);
        res.status(out.status).json(out.body);
      } catch (err) {
        next(err);
      }
    },
  );

  app.get('/pictures/:hash/:file', async (req, res, next) => {
    try {
      const key = `${req.params.hash}/${req.params.file}`;
      const object = PICTURE_KEY.test(key) ? await deps.storage.get(key) : null;
      if (!object) {
        res.status(404).type('text/plain').send('no such picture');
        return;
      }
      res.set({
        'Cache-Control': 'public, max-age=31536000, immutable',
        'Content-Type': object.contentType,
        'X-Content-Type-Options': 'nosniff',
        ETag: `"${key.replace('/', '-')}"`,
      });
      if (req.headers['if-none-match'] === `"${key.replace('/', '-')}"`) {
        res.status(304).end();
        return;
      }
      res.send(object.body);
    } catch (err) {
      next(err);
    }
  });
}
