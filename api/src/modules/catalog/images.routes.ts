// GET /images/products/<code>.svg: the drawn product tiles, cached by phones for a year (the URL carries the version).
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Express } from 'express';
import { productByCode } from './catalog.repository';
import { productImage } from './product-image';

export function mountImageRoutes(app: Express, orm: MikroORM): void {
  app.get('/images/products/:file', async (req, res, next) => {
    try {
      const match = /^([A-Za-z0-9_-]{1,64})\.svg$/.exec(req.params.file);
      const product = match ? await productByCode(orm.em.fork() as EntityManager, match[1]!) : undefined;
      if (!product) {
        res.status(404).type('text/plain').send('no such product image');
        return;
      }
      const image = productImage(product.code, product.name);
      res.set({
        'Cache-Control': 'public, max-age=31536000, immutable',
        ETag: image.etag,
        'Content-Type': 'image/svg+xml; charset=utf-8',
        // An SVG opened directly must not run anything: ours has no script, and this says so to the browser too.
        'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
        'X-Content-Type-Options': 'nosniff',
      });
      if (req.headers['if-none-match'] === image.etag) {
        res.status(304).end();
        return;
      }
      res.send(image.svg);
    } catch (err) {
      next(err);
    }
  });
}
