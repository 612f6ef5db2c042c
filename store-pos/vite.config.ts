// The store app is served by the API under /pos/; in `vite dev` the API runs beside it (API_URL).
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const api = process.env.API_URL ?? 'http://127.0.0.1:4000';

export default defineConfig({
  base: '/pos/',
  plugins: [react()],
  // The mini-program's React 18 is hoisted to the root; packages hoisted beside it (react-router, urql) must still
  // get this app's React 19, or the bundle holds two Reacts.
  resolve: { dedupe: ['react', 'react-dom'] },
  build: { outDir: 'dist', sourcemap: false, chunkSizeWarningLimit: 400 },
  server: { proxy: { '/graphql': { target: api, ws: true } } },
});
