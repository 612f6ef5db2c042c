// bench:miniapp — time until the shopper app's home page shows the nearest store and its products with their
// stock there, in headless Chromium on localhost, cold (a new browser each run: no HTTP cache, no storage),
// median of 10. Against the API in its own process, on the demo network (database linli_bench_miniapp).
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, ensureChromium } from '../scripts/chromium.mjs';
import { benchUrl, ensureDatabase, numberArg, startApi } from './lib.mjs';

const runs = numberArg('--runs', 10);
const url = benchUrl('linli_bench_miniapp');
await ensureDatabase(url);
execFileSync('node', ['api/dist/scripts/seed-demo.js'], { env: { ...process.env, DATABASE_URL: url }, stdio: 'ignore' });
ensureChromium();
const api = await startApi(url);
const base = `http://127.0.0.1:${api.port}/m/`;
const times = [];
try {
  for (let i = 0; i < runs; i++) {
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const context = await browser.newContext({
      viewport: { width: 375, height: 812 },
      isMobile: true,
      geolocation: { latitude: 31.237, longitude: 121.48 },
      permissions: ['geolocation'],
    });
    const page = await context.newPage();
    const started = performance.now();
    await page.goto(base);
    // The nearest store's name, and a product row showing its stock level at that store.
    await page.locator('[data-testid="store-name"]:visible').waitFor();
    await page.locator('[data-testid="product-row"]:visible .tag').first().waitFor();
    const ms = performance.now() - started;
    times.push(ms);
    console.log(`run ${i + 1}: ${ms.toFixed(0)} ms (${await page.locator('[data-testid="store-name"]:visible').textContent()})`);
    await browser.close();
  }
} finally {
  await api.stop();
}
const sorted = [...times].sort((a, b) => a - b);
const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
console.log(`min ${sorted[0].toFixed(0)} ms, max ${sorted[sorted.length - 1].toFixed(0)} ms`);
console.log(`home page shows the nearest store and its products, cold, median of ${runs}: ${median.toFixed(0)} ms (goal < 1000 ms)`);
