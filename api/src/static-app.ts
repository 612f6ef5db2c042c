// Serves a built single-page app (the store app at /pos/) from the API's own origin, so the app needs no
// CORS and reaches /graphql and its WebSocket on the same host.
import express, { type Express } from 'express';
import { existsSync } from 'node:fs';
import path from 'node:path';

export const STORE_POS_DIST = process.env.STORE_POS_DIST ?? path.resolve(__dirname, '../../store-pos/dist');

export function mountStaticApp(app: Express, prefix: string, dir: string) {
  const index = path.join(dir, 'index.html');
  // Express matches /pos and /pos/ alike; only the bare prefix is sent to the trailing-slash URL.
  app.get(prefix, (req, res, next) => (req.originalUrl === prefix ? res.redirect(301, `${prefix}/`) : next()));
  app.use(
    prefix,
    express.static(dir, {
      index: false,
      setHeaders(res, file) {
        // Hashed bundles never change; the shell, manifest and service worker must be revalidated.
        res.setHeader('cache-control', file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    }),
  );
  // Client-side routes (/pos/counter, /pos/queue ...) all get the shell.
  app.get([`${prefix}/`, `${prefix}/{*rest}`], (_req, res) => {
    if (!existsSync(index)) {
      res.status(404).type('text').send(`The app is not built: run \`npm run build -w store-pos\` (looked in ${dir})`);
      return;
    }
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(index);
  });
}
