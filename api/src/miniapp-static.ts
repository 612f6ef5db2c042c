// Serves the shoppers' H5 app (miniapp/dist/h5, built by `npm run build -w miniapp`) at /m/.
// Hashed assets are immutable for a year; index.html is revalidated every time so a new build shows at once.
import express, { type Express } from 'express';
import { existsSync } from 'node:fs';
import path from 'node:path';

export const MINIAPP_H5_DIR = path.resolve(__dirname, '..', '..', 'miniapp', 'dist', 'h5');

export function mountMiniApp(app: Express, dir = MINIAPP_H5_DIR): void {
  // Express matches '/m' for '/m/' too (non-strict routing): redirect only the bare path.
  app.get('/m', (req, res, next) => (req.originalUrl === '/m' ? res.redirect(301, '/m/') : next()));
  // Browsers ask the origin's root for an icon whatever the page names; answer with the shopper app's.
  app.get('/favicon.ico', (_req, res, next) =>
    existsSync(path.join(dir, 'favicon.ico')) ? res.sendFile(path.join(dir, 'favicon.ico'), { maxAge: '1d' }) : next(),
  );
  app.use(
    '/m',
    express.static(dir, {
      index: 'index.html',
      setHeaders(res, file) {
        if (path.basename(file) === 'index.html') res.setHeader('Cache-Control', 'no-cache');
        else res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      },
    }),
  );
  app.use('/m', (_req, res) => {
    if (!existsSync(path.join(dir, 'index.html'))) {
      res.status(404).type('text/plain').send('The shopper app is not built: run `npm run build:h5 -w miniapp` (npm start does it).');
    } else res.status(404).type('text/plain').send('Not found');
  });
}
