// The store app is served by the API under /pos/; in `vite dev` the API runs beside it (API_URL).
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const api = process.env.API_URL ?? 'http://127.0.0.1:4000';

export default defineConfig({
  base: '/pos/',
  plugins: [react()],
  build: { outDir: 'dist', sourcemap: false, chunkSizeWarningLimit: 400 },
  server: { proxy: { '/graphql': { target: api, ws: true } } },
});
