// The demo pictures are deterministic (same drawing in, same bytes out), yet drawing and sizing all 48 takes
// sharp tens of seconds, paid by every `npm start` on a fresh database and every test run's global setup. So each
// finished picture is kept on this machine's disk, addressed by a hash of everything that makes its bytes: the
// SVG, sharp's and libvips' versions and the processing code itself (a change of quality or sizes misses the cache
// instead of serving stale files). A fresh machine, or an emptied cache, draws them again.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { processPicture, type PictureFormat, type ProcessedPicture } from '../modules/catalog/picture-processing';

/** data/ at the repository root (ignored by git), wherever the seed runs from: api/src or api/dist. */
export const DEMO_PICTURE_CACHE = resolve(__dirname, '../../../data/demo-picture-cache');

interface Meta {
  hash: string;
  format: PictureFormat;
  width: number;
  height: number;
  variants: string[];
}

export function cacheKey(svg: string, render: string): string {
  return createHash('sha256')
    .update(JSON.stringify([svg, render, sharp.versions, processPicture.toString()]))
    .digest('hex')
    .slice(0, 40);
}

export async function cachedPicture(dir: string, key: string): Promise<ProcessedPicture | null> {
  let meta: Meta;
  try {
    meta = JSON.parse(await readFile(join(dir, key, 'meta.json'), 'utf8')) as Meta;
  } catch {
    return null;
  }
  const files = new Map<string, Buffer>();
  try {
    for (const v of meta.variants) files.set(v, await readFile(join(dir, key, v)));
  } catch {
    return null;
  }
  return { hash: meta.hash, format: meta.format, width: meta.width, height: meta.height, files };
}

/** Written aside and renamed into place: a reader sees the whole entry or none (and a racing writer loses harmlessly). */
export async function keepPicture(dir: string, key: string, picture: ProcessedPicture): Promise<void> {
  const part = join(dir, `${key}.${process.pid}.part`);
  await mkdir(part, { recursive: true });
  for (const [variant, body] of picture.files) await writeFile(join(part, variant), body);
  const meta: Meta = { ...picture, variants: [...picture.files.keys()] };
  delete (meta as Partial<ProcessedPicture>).files;
  await writeFile(join(part, 'meta.json'), JSON.stringify(meta));
  try {
    await rename(part, join(dir, key));
  } catch {
    await rm(part, { recursive: true, force: true });
  }
}
