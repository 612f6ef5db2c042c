#!/usr/bin/env node
// Draws the tab bar icons (81×81 PNG, as WeChat asks) from inline SVG in headless Chromium; run once, commit the PNGs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';

const shapes = {
  home: '<path d="M12 38 L40 14 L68 38 V66 a4 4 0 0 1 -4 4 H50 V50 H30 V70 H16 a4 4 0 0 1 -4 -4 Z" />',
  category:
    '<rect x="12" y="12" width="24" height="24" rx="5"/><rect x="44" y="12" width="24" height="24" rx="12"/><rect x="12" y="44" width="24" height="24" rx="5"/><rect x="44" y="44" width="24" height="24" rx="5"/>',
  cart: '<path d="M8 14 H18 L26 52 H62 L70 24 H22" /><circle cx="30" cy="64" r="5"/><circle cx="58" cy="64" r="5"/>',
  orders: '<rect x="16" y="10" width="48" height="60" rx="6"/><path d="M27 28 H53 M27 40 H53 M27 52 H43"/>',
  me: '<circle cx="40" cy="28" r="14"/><path d="M14 70 c2 -16 14 -24 26 -24 s24 8 26 24"/>',
};
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 81, height: 81 } });
for (const [name, body] of Object.entries(shapes)) {
  for (const [suffix, color] of [
    ['', '#8a8f99'],
    ['-on', '#0a9d58'],
  ]) {
    const fill = suffix && name !== 'orders' && name !== 'cart' ? color : 'none';
    await page.setContent(
      `<html><body style="margin:0;background:transparent"><svg width="81" height="81" viewBox="0 0 80 80" fill="${fill}" stroke="${color}" stroke-width="6" stroke-linejoin="round" stroke-linecap="round">${body}</svg></body></html>`,
    );
    writeFileSync(new URL(`../src/assets/tab/${name}${suffix}.png`, import.meta.url), await page.screenshot({ omitBackground: true }));
  }
}
// The store marker on the weapp map (56×68, tip at the bottom centre).
await page.setViewportSize({ width: 56, height: 68 });
await page.setContent(
  `<html><body style="margin:0;background:transparent"><svg width="56" height="68" viewBox="0 0 56 68"><path d="M28 66 C28 66 4 40 4 26 A24 24 0 1 1 52 26 C52 40 28 66 28 66 Z" fill="#0a9d58" stroke="#fff" stroke-width="4"/><circle cx="28" cy="26" r="9" fill="#fff"/></svg></body></html>`,
);
mkdirSync(new URL('../src/assets/map/', import.meta.url), { recursive: true });
writeFileSync(new URL('../src/assets/map/store-pin.png', import.meta.url), await page.screenshot({ omitBackground: true }));
// The H5 app's favicon: a 64×64 PNG in an .ico container (browsers read PNG inside ICO).
await page.setViewportSize({ width: 64, height: 64 });
await page.setContent(
  `<html><body style="margin:0;background:transparent"><svg width="64" height="64" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="#0a9d58"/><text x="32" y="45" font-size="38" text-anchor="middle" fill="#fff" font-family="sans-serif" font-weight="700">邻</text></svg></body></html>`,
);
const png = await page.screenshot({ omitBackground: true });
const ico = Buffer.alloc(22);
ico.writeUInt16LE(1, 2); // type: icon
ico.writeUInt16LE(1, 4); // one image
ico.writeUInt8(64, 6);
ico.writeUInt8(64, 7);
ico.writeUInt16LE(1, 10); // planes
ico.writeUInt16LE(32, 12); // bits per pixel
ico.writeUInt32LE(png.length, 14);
ico.writeUInt32LE(22, 18);
writeFileSync(new URL('../src/assets/favicon.ico', import.meta.url), Buffer.concat([ico, png]));
await browser.close();
