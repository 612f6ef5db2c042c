// The demo seed's pictures: drawn once per machine, then taken from the on-disk cache (a fresh database seeds in
// a moment instead of redrawing), and drawn again when the cache is empty.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../src/common/sql';
import { seedCatalog } from '../src/seeders/demo-network';
import { seedDemoPictures } from '../src/seeders/demo-pictures';
import { startTestApp, type TestApp } from './harness';

describe('demo pictures', () => {
  let t: TestApp;
  let dir: string;
  const pictures = () =>
    query<{ code: string; hash: string }>(
      t.em(),
      `SELECT p.code, pp.hash FROM product_picture pp JOIN product p ON p.id = pp.product_id ORDER BY p.code`,
      {},
    );

  beforeAll(async () => {
    t = await startTestApp();
    await seedCatalog(t.em());
    dir = await mkdtemp(join(tmpdir(), 'linli-demo-pictures-'));
    // Two products to draw keep the test short: the others get a picture row of their own first.
    await query(
      t.em(),
      `INSERT INTO product_picture (id, product_id, position, hash, format, width, height)
       SELECT gen_random_uuid(), id, 0, md5(code), 'jpg', 800, 800 FROM product WHERE code NOT IN ('P-0001', 'P-0002')`,
      {},
    );
  });

  afterAll(async () => {
    await t?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('draws into an empty cache, then takes the cached files instead of drawing again', async () => {
    const cache = join(dir, 'cache');
    const config = { pictures: { driver: 'disk' as const, dir: join(dir, 'store-1') } };
    expect(await seedDemoPictures(t.em(), config, cache)).toBe(2);
    const entries = await readdir(cache);
    expect(entries).toHaveLength(2);
    const drawn = (await pictures()).filter((p) => p.code === 'P-0001' || p.code === 'P-0002');
    expect(drawn).toHaveLength(2);

    // A cache entry altered by hand shows that the second seed read it rather than drawing.
    const entry = join(cache, entries[0]!);
    const meta = JSON.parse(await readFile(join(entry, 'meta.json'), 'utf8')) as { hash: string };
    const marked = 'f'.repeat(32);
    await writeFile(join(entry, 'meta.json'), JSON.stringify({ ...meta, hash: marked }));
    await query(t.em(), `DELETE FROM product_picture WHERE product_id IN (SELECT id FROM product WHERE code IN ('P-0001', 'P-0002'))`, {});
    const store2 = join(dir, 'store-2');
    expect(await seedDemoPictures(t.em(), { pictures: { driver: 'disk', dir: store2 } }, cache)).toBe(2);
    const again = (await pictures()).filter((p) => p.code === 'P-0001' || p.code === 'P-0002');
    expect(again.map((p) => p.hash).sort()).toEqual([marked, ...drawn.map((p) => p.hash).filter((h) => h !== meta.hash)].sort());
    // Every size is in the new storage, served from the cached files.
    expect((await readdir(join(store2, marked))).sort()).toEqual(
      ['200.jpg', '200.webp', '400.jpg', '400.webp', '800.jpg', '800.webp', 'original.jpg'].sort(),
    );
  });
});
