// Pictures for the demo catalog that look like products: each category has its own drawing (a bottle, a chip
// bag, a milk carton, a noodle cup, fruit...), coloured per product and labelled with its brand. Drawn as SVG,
// rendered with sharp, checked and sized like any HQ upload, then stored and placed as the cover. The finished
// pictures are cached on disk (demo-picture-cache.ts), so only the first seed on a machine draws them.
import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import sharp from 'sharp';
import type { Config } from '../common/config';
import { Role, type Viewer } from '../common/viewer';
import { createPictureStorage } from '../modules/catalog/create-picture-storage';
import { processPicture } from '../modules/catalog/picture-processing';
import { PictureService } from '../modules/catalog/picture.service';
import { cachedPicture, cacheKey, DEMO_PICTURE_CACHE, keepPicture } from './demo-picture-cache';
import { productsWithoutPictures } from './demo-network.repository';

/** Fruit comes in fruit colours: red, yellow, orange, green. */
const FRUIT = ['#D7263D', '#F2C14E', '#F46036', '#7CB518', '#C0392B'];
const COLOURS = ['#E4572E', '#2E86AB', '#3BB273', '#F3A712', '#8E5EA2', '#D7263D', '#1B998B', '#F46036', '#2F4858', '#C2185B'];

const esc = (s: string) => s.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** A darker shade of a #rrggbb colour, for sides and shadows. */
function shade(hex: string, factor: number): string {
  const n = parseInt(hex.slice(1), 16);
  const c = [n >> 16, (n >> 8) & 255, n & 255].map((v) =>
    Math.min(255, Math.round(factor > 1 ? v + (255 - v) * (factor - 1) : v * factor)),
  );
  return `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

function label(text: string, x: number, y: number, width: number, size: number, ink = '#222'): string {
  return (
    `<rect x="${x - width / 2}" y="${y - size}" width="${width}" height="${size * 1.9}" rx="${size * 0.3}" fill="#fff" opacity=".92"/>` +
    `<text x="${x}" y="${y + size * 0.35}" text-anchor="middle" font-size="${size}" font-weight="700" ` +
    `font-family="Noto Sans CJK SC,PingFang SC,Microsoft YaHei,sans-serif" fill="${ink}">${esc(text)}</text>`
  );
}

type Drawing = (c: string, brand: string, name: string) => string;

const bottle: Drawing = (c, brand) =>
  `<rect x="350" y="100" width="100" height="60" rx="10" fill="${shade(c, 0.7)}"/>` +
  `<rect x="365" y="155" width="70" height="80" fill="#dfe9ef"/>` +
  `<path d="M365 230 C300 280 300 300 300 340 L300 680 Q300 710 330 710 L470 710 Q500 710 500 680 L500 340 C500 300 500 280 435 230 Z" fill="#cfe3ee" stroke="#9fbccc" stroke-width="4"/>` +
  `<rect x="300" y="400" width="200" height="170" fill="${c}"/>${label(brand, 400, 490, 170, 34)}`;

const can: Drawing = (c, brand) =>
  `<rect x="290" y="220" width="220" height="480" rx="26" fill="${c}"/>` +
  `<ellipse cx="400" cy="222" rx="110" ry="24" fill="#d9dde0" stroke="#aab" stroke-width="4"/>` +
  `<rect x="290" y="640" width="220" height="40" fill="${shade(c, 0.75)}"/>` +
  `<path d="M300 300 Q400 360 500 300 L500 340 Q400 400 300 340 Z" fill="#fff" opacity=".35"/>${label(brand, 400, 470, 180, 36)}`;

const liquor: Drawing = (c, brand) =>
  `<rect x="372" y="90" width="56" height="90" rx="8" fill="${shade(c, 0.5)}"/>` +
  `<path d="M378 170 L378 330 C320 370 320 390 320 420 L320 690 Q320 715 345 715 L455 715 Q480 715 480 690 L480 420 C480 390 480 370 422 330 L422 170 Z" fill="${shade(c, 0.45)}"/>` +
  `<rect x="330" y="470" width="140" height="150" rx="8" fill="#f6efe0"/>${label(brand, 400, 545, 120, 28, shade(c, 0.5))}`;

const chipBag: Drawing = (c, brand) => {
  const xs = Array.from({ length: 13 }, (_, i) => 230 + (i * 340) / 12);
  const top = xs.map((x, i) => `L${x} ${170 - (i % 2) * 14}`).join(' ');
  const bottom = [...xs]
    .reverse()
    .map((x, i) => `L${x} ${650 + (i % 2) * 14}`)
    .join(' ');
  return (
    `<path d="M230 170 ${top} Q600 410 570 650 ${bottom} Q200 410 230 170 Z" fill="${c}"/>` +
    `<path d="M250 200 L550 200 L552 230 L248 230 Z" fill="${shade(c, 0.75)}"/>` +
    `<ellipse cx="400" cy="520" rx="110" ry="70" fill="#fff3c4"/>` +
    `<circle cx="365" cy="515" r="34" fill="#f2c14e"/><circle cx="425" cy="530" r="30" fill="#e8a93a"/>` +
    `${label(brand, 400, 340, 220, 40)}`
  );
};

const carton: Drawing = (c, brand) =>
  `<path d="M290 280 L400 170 L510 280 Z" fill="#f4f4f4" stroke="#ccc" stroke-width="4"/>` +
  `<rect x="385" y="140" width="30" height="40" fill="#ddd"/>` +
  `<path d="M510 280 L580 240 L580 650 L510 690 Z" fill="${shade(c, 0.7)}"/>` +
  `<rect x="290" y="280" width="220" height="410" fill="#fff" stroke="#ddd" stroke-width="4"/>` +
  `<path d="M290 520 Q400 470 510 520 L510 690 L290 690 Z" fill="${c}"/>${label(brand, 400, 390, 190, 34, shade(c, 0.6))}`;

const noodleCup: Drawing = (c, brand) =>
  `<path d="M330 120 Q350 80 330 40 M400 120 Q420 80 400 40 M470 120 Q490 80 470 40" stroke="#bbb" stroke-width="8" fill="none" opacity=".6"/>` +
  `<path d="M230 260 L570 260 L520 690 L280 690 Z" fill="${c}"/>` +
  `<ellipse cx="400" cy="260" rx="170" ry="36" fill="#f7f1e1" stroke="${shade(c, 0.7)}" stroke-width="6"/>` +
  `<path d="M250 420 L550 420 L540 500 L260 500 Z" fill="#fff" opacity=".9"/>${label(brand, 400, 462, 200, 34)}`;

const bread: Drawing = (c, brand) =>
  `<path d="M170 560 Q160 300 400 280 Q640 300 630 560 Q630 640 560 640 L240 640 Q170 640 170 560 Z" fill="#d99a4e"/>` +
  `<path d="M170 560 Q160 330 400 310 Q640 330 630 560" fill="#e8b26a"/>` +
  `<path d="M290 360 Q330 420 310 480 M400 340 Q440 410 420 480 M510 360 Q550 420 530 480" stroke="#b87333" stroke-width="12" fill="none" stroke-linecap="round"/>` +
  `<rect x="250" y="560" width="300" height="60" rx="10" fill="${c}" opacity=".85"/>${label(brand, 400, 596, 200, 28)}`;

const box: Drawing = (c, brand) =>
  `<path d="M200 300 L400 220 L600 300 L400 380 Z" fill="${shade(c, 1.35)}"/>` +
  `<path d="M200 300 L400 380 L400 680 L200 600 Z" fill="${c}"/>` +
  `<path d="M600 300 L400 380 L400 680 L600 600 Z" fill="${shade(c, 0.7)}"/>` +
  `<path d="M330 270 Q400 240 470 270" stroke="#fff" stroke-width="14" fill="none" stroke-linecap="round"/>${label(brand, 300, 500, 150, 26)}`;

const pump: Drawing = (c, brand) =>
  `<rect x="380" y="150" width="40" height="110" fill="#eee" stroke="#bbb" stroke-width="4"/>` +
  `<path d="M360 150 L500 150 L500 180 L380 180 Z" fill="#eee" stroke="#bbb" stroke-width="4"/>` +
  `<rect x="340" y="255" width="120" height="50" rx="10" fill="#e4e4e4"/>` +
  `<rect x="300" y="300" width="200" height="400" rx="50" fill="${c}"/>` +
  `<rect x="320" y="420" width="160" height="150" rx="16" fill="#fff" opacity=".92"/>${label(brand, 400, 495, 140, 28, shade(c, 0.6))}`;

const fruit: Drawing = (c, brand) =>
  `<ellipse cx="250" cy="480" rx="150" ry="145" fill="${shade(c, 0.9)}"/>` +
  `<circle cx="470" cy="450" r="190" fill="${c}"/>` +
  `<ellipse cx="410" cy="380" rx="50" ry="30" fill="#fff" opacity=".35"/>` +
  `<path d="M470 265 Q480 210 500 190" stroke="#6b4f2a" stroke-width="12" fill="none"/>` +
  `<path d="M500 215 Q580 170 620 230 Q560 260 500 215 Z" fill="#3d9a3d"/>` +
  `<rect x="290" y="660" width="220" height="70" rx="12" fill="#fff" opacity=".9"/>${label(brand, 400, 700, 200, 30)}`;

const shirt: Drawing = (c, brand) =>
  `<path d="M300 170 Q400 230 500 170 L640 250 L590 360 L530 330 L530 690 L270 690 L270 330 L210 360 L160 250 Z" fill="${c}"/>` +
  `<path d="M340 175 Q400 250 460 175" stroke="${shade(c, 0.7)}" stroke-width="10" fill="none"/>${label(brand, 400, 430, 170, 32)}`;

const BY_CATEGORY: Record<string, Drawing> = {
  DRINK: bottle,
  LIQUOR: liquor,
  SNACK: chipBag,
  DAIRY: carton,
  INSTANT: noodleCup,
  BAKERY: bread,
  HOUSEHOLD: box,
  CARE: pump,
  FRESH: fruit,
  APPAREL: shirt,
};

/** The drawing of one product: its category's shape in its own colour, with its brand (first word) on it. */
export function productSvg(code: string, name: string, categoryCode: string): string {
  const digest = createHash('sha256').update(code).digest();
  const palette = categoryCode === 'FRESH' ? FRUIT : COLOURS;
  const colour = /香蕉/.test(name) ? '#F2C14E' : palette[digest[0]! % palette.length]!;
  const brand = [...(name.split(/\s+/)[0] ?? name)].slice(0, 5).join('');
  const canned = (categoryCode === 'DRINK' || categoryCode === 'LIQUOR') && /罐/.test(name);
  const draw = canned ? can : (BY_CATEGORY[categoryCode] ?? box);
  const tint = shade(colour, 1.87);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="800" viewBox="0 0 800 800">` +
    `<defs><radialGradient id="bg" cx="50%" cy="40%" r="70%"><stop offset="0" stop-color="#ffffff"/><stop offset="1" stop-color="${tint}"/></radialGradient></defs>` +
    `<rect width="800" height="800" fill="url(#bg)"/>` +
    `<ellipse cx="400" cy="730" rx="230" ry="26" fill="#000" opacity=".10"/>` +
    draw(colour, brand, name) +
    `</svg>`
  );
}

/** How the SVG becomes the uploaded original (below); part of the cache key. */
const JPEG_RENDER = 'flatten #ffffff, jpeg q88';

const SEED_VIEWER: Viewer = { role: Role.HQ_ADMIN, staffId: '00000000-0000-4000-8000-00000000005e', username: 'demo-seed' };

/** A cover for every demo product that has no picture yet (idempotent: pictured products are left alone). */
export async function seedDemoPictures(
  em: EntityManager,
  config: Pick<Config, 'pictures'>,
  cacheDir = DEMO_PICTURE_CACHE,
): Promise<number> {
  const storage = createPictureStorage(config.pictures);
  const service = new PictureService(em, { now: () => new Date() });
  let made = 0;
  for (const p of await productsWithoutPictures(em)) {
    const svg = productSvg(p.code, p.name, p.category_code);
    const key = cacheKey(svg, JPEG_RENDER);
    let picture = await cachedPicture(cacheDir, key);
    if (!picture) {
      // JPEG rather than PNG: a photo-like original, and several times faster to encode for the whole catalog.
      const jpeg = await sharp(Buffer.from(svg)).flatten({ background: '#ffffff' }).jpeg({ quality: 88 }).toBuffer();
      const processed = await processPicture(jpeg);
      if ('errorCode' in processed) throw new Error(`demo picture of ${p.code} refused: ${processed.message}`);
      await keepPicture(cacheDir, key, processed);
      picture = processed;
    }
    const out = await service.place(SEED_VIEWER, p.id, picture, storage);
    if (out.status >= 300) throw new Error(`demo picture of ${p.code} refused: ${JSON.stringify(out.body)}`);
    made++;
  }
  return made;
}
