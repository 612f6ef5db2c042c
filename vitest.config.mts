// One vitest run for the whole repo. geo-data, api-unit, store-pos-unit and miniapp (`npm run test:unit`) need
// no database, Redis, API process, build or browser and run in seconds; the others run against the real services.
import { fileURLToPath } from 'node:url';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// The API compiles with SWC because esbuild drops the decorator metadata that type-graphql and MikroORM read.
// Tests read geo-data from source, so they never run against a stale build. graphql must be the one CommonJS
// instance that type-graphql and Apollo require, not its .mjs twin (instanceof breaks across them).
const apiCompile = {
  plugins: [
    swc.vite({
      jsc: { target: 'es2022', transform: { useDefineForClassFields: false, legacyDecorator: true, decoratorMetadata: true } },
      module: { type: 'es6' },
    }),
  ],
  resolve: {
    alias: [
      { find: '@linli/geo-data', replacement: fileURLToPath(new URL('./geo-data/src/index.ts', import.meta.url)) },
      { find: /^graphql$/, replacement: fileURLToPath(new URL('./node_modules/graphql/index.js', import.meta.url)) },
    ],
  },
};

// expect.poll waits for what a user would see: an API answer and a render, which on a loaded CI machine can take
// longer than vitest's default second (a poll returns as soon as it holds; it is not a fixed wait).
const e2ePoll = { timeout: 15_000, interval: 50 };

export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'geo-data', root: 'geo-data', include: ['src/**/*.spec.ts'] },
      },
      {
        // The API's pure rules (routing choice, splits, state tables, fee tiers ...): no database, no Redis.
        ...apiCompile,
        // Property tests run 20,000 random cases: 30 s leaves room on a busy machine.
        test: { name: 'api-unit', root: 'api', include: ['src/**/*.spec.ts'], setupFiles: ['reflect-metadata'], testTimeout: 30_000 },
      },
      {
        ...apiCompile,
        test: {
          name: 'api',
          root: 'api',
          include: ['test/**/*.spec.ts'],
          globalSetup: ['test/global-setup.ts'],
          setupFiles: ['reflect-metadata'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        // The store app's pure rules (no browser, no API).
        test: { name: 'store-pos-unit', root: 'store-pos', include: ['src/**/*.spec.ts'] },
      },
      {
        // The store app in headless Chromium against the real API (its own process, database and port).
        test: {
          name: 'store-pos',
          root: 'store-pos',
          // No second chances: a browser test waits for what the clerk would see, so a failure is a finding (the
          // queue tests keep the API's log beside the screenshots).
          retry: 0,
          include: ['e2e/**/*.e2e.ts'],
          globalSetup: ['e2e/global-setup.ts'],
          // Each file runs an API process and a Chromium; one file at a time keeps them within the CPU they need.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
          expect: { poll: e2ePoll },
        },
      },
      {
        // The shoppers' app: pure rules and the request/socket adapters, no browser, no API.
        resolve: {
          alias: [{ find: /^@tarojs\/taro$/, replacement: fileURLToPath(new URL('./miniapp/test/taro-stub.ts', import.meta.url)) }],
        },
        define: { 'process.env.TARO_ENV': JSON.stringify('h5') },
        test: { name: 'miniapp', root: 'miniapp', include: ['src/**/*.spec.ts', 'test/**/*.spec.ts'] },
      },
      {
        // The shoppers' app end to end: the built h5 app in headless Chromium against the real API (a child
        // process on its own database); one file at a time, each drives a whole browser.
        test: {
          name: 'miniapp-e2e',
          root: 'miniapp',
          // A failure is a failure: no retry hides a flake.
          retry: 0,
          include: ['e2e/**/*.spec.ts'],
          globalSetup: ['e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 60_000,
          expect: { poll: e2ePoll },
        },
      },
    ],
  },
});
