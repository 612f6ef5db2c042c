// Pictures for catalogs that have none (the demo chain): a square tile in a colour chosen by the product code,
// with the first character of the name. Deterministic, so its hash is a stable ETag and URL version.
import { createHash } from 'node:crypto';

/** Bump when the drawing changes, so phones that cached the old tile for a year fetch the new one. */
const STYLE = 1;

/** Soft backgrounds with a darker ink each, readable on a phone at 64 px. */
const PALETTE: [string, string][] = [
  ['#FDECC8', '#9A5B00'],
  ['#DDF3E4', '#1E6B3A'],
  ['#DCEBFB', '#1D4F8C'],
  ['#F9DEDC', '#9B2C22'],
  ['#EDE3F7', '#5B3A8C'],
  ['#FFF4C2', '#7A6200'],
  ['#DDF2F2', '#1F6666'],
  ['#F5E1EA', '#8C2F5A'],
];

const escapeXml = (s: string) => s.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

export interface ProductImage {
  svg: string;
  etag: string;
  /** Short content hash, put in the URL so a changed picture is a new URL. */
  version: string;
}

/** The first character a shopper would recognise: skip brand-neutral prefixes such as spaces and digits. */
function initialOf(name: string): string {
  const chars = [...name.trim()];
  return chars.find((c) => /[\p{L}]/u.test(c)) ?? chars[0] ?? '?';
}

export function productImage(code: string, name: string): ProductImage {
  const digest = createHash('sha256').update(`${STYLE}\n${code}\n${name}`).digest();
  const [bg, ink] = PALETTE[digest[0]! % PALETTE.length]!;
  const initial = escapeXml(initialOf(name));
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="240" viewBox="0 0 240 240">` +
    `<rect width="240" height="240" rx="24" fill="${bg}"/>` +
    `<circle cx="204" cy="36" r="14" fill="${ink}" opacity=".18"/>` +
    `<text x="120" y="120" dy=".35em" text-anchor="middle" font-size="120" font-family="PingFang SC,Hiragino Sans GB,Noto Sans CJK SC,Microsoft YaHei,sans-serif" fill="${ink}">${initial}</text>` +
    `</svg>`;
  const version = digest.subarray(0, 6).toString('hex');
  return { svg, etag: `"${version}"`, version };
}

/** The URL of a product's picture: its own when the catalog gives one, else the drawn tile under /images. */
export function productImageUrl(publicUrl: string, product: { code: string; name: string; imageUrl?: string | null }): string {
  if (product.imageUrl) return product.imageUrl;
  return `${publicUrl}/images/products/${encodeURIComponent(product.code)}.svg?v=${productImage(product.code, product.name).version}`;
}
