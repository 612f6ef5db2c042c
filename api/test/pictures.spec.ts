// Product pictures over HTTP: HQ uploads, the API keeps the original and serves 200/400/800 px WebP and JPEG
// with immutable caching; anything that is not a sane JPEG/PNG/WebP gets a clear 4xx and changes nothing.
// Both storage drivers: the disk on its default path, and S3 against a real S3-protocol server (s3rver).
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CreateBucketCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import sharp from 'sharp';
import S3rver from 's3rver';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../src/common/sql';
import { pngClaiming } from './picture-files';
import { uniqueCode } from './fixtures';
import { ProductPicturesDocument, SaveCategoryDocument, SaveProductDocument, SetProductPicturesDocument } from './generated/graphql';
import { startTestApp, type TestApp } from './harness';

const photo = (hue: string, width = 1000, height = 750) =>
  sharp({ create: { width, height, channels: 3, background: hue } })
    .jpeg()
    .toBuffer();

async function makeProduct(t: TestApp): Promise<string> {
  const hq = t.tokens.hq();
  const cat = await t.ok(SaveCategoryDocument, { input: { code: uniqueCode('PIC'), name: '图片' } }, hq);
  if (cat.saveCategory.__typename !== 'Category') throw new Error('category');
  const code = uniqueCode('P');
  const { saveProduct } = await t.ok(
    SaveProductDocument,
    {
      input: { code, name: '有图的商品', categoryIds: [cat.saveCategory.id], skus: [{ code: `${code}-1`, attributes: [], priceFen: 100 }] },
    },
    hq,
  );
  if (saveProduct.__typename !== 'Product') throw new Error(JSON.stringify(saveProduct));
  return saveProduct.id;
}

const upload = (t: TestApp, productId: string, body: Buffer, token = t.tokens.hq()) =>
  request(t.app)
    .post(`/catalog/products/${productId}/pictures`)
    .set('authorization', `Bearer ${token}`)
    .type('application/octet-stream')
    .send(body);

describe('product pictures on the default disk storage', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('keeps the original, serves sized WebP/JPEG immutably, and makes the first the cover', async () => {
    expect(t.config.pictures).toEqual({ driver: 'disk', dir: 'data/pictures' });
    const product = await makeProduct(t);
    const res = await upload(t, product, await photo('#3a7'));
    expect(res.status).toBe(201);
    const hash = res.body.hash as string;
    expect(existsSync(resolve('data/pictures', hash, 'original.jpg'))).toBe(true);

    const { product: seen } = await t.ok(ProductPicturesDocument, { id: product });
    expect(seen!.pictures).toHaveLength(1);
    expect(seen!.imageUrl).toBe(`${t.baseUrl}/pictures/${hash}/400.jpg`);
    const webp = await request(t.app).get(new URL(seen!.pictures[0]!.url).pathname).buffer(true);
    expect(webp.status).toBe(200);
    expect(webp.headers['content-type']).toBe('image/webp');
    expect(webp.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await sharp(webp.body as Buffer).metadata()).width).toBe(400);
    const jpg = await request(t.app).get(new URL(seen!.pictures[0]!.jpg).pathname).buffer(true);
    expect((await sharp(jpg.body as Buffer).metadata()).width).toBe(200);
    // The same file again is the same picture.
    expect((await upload(t, product, await photo('#3a7'))).status).toBe(200);
  });

  it('answers a renamed executable, a truncated file, a pixel bomb, 10 MB+ and a clerk with a 4xx, changing nothing', async () => {
    const product = await makeProduct(t);
    const jpeg = await photo('#b52');
    const count = async () =>
      (await query<{ n: number }>(t.em(), `SELECT count(*)::int AS n FROM product_picture WHERE product_id = :p::uuid`, { p: product }))[0]!
        .n;
    const cases: [Buffer, number, string, string?][] = [
      [Buffer.concat([Buffer.from('MZ\x90\x00\x03'), Buffer.alloc(4000)]), 415, 'NOT_AN_IMAGE'],
      [jpeg.subarray(0, Math.floor(jpeg.length / 2)), 422, 'CORRUPT_IMAGE'],
      [await pngClaiming(20_000, 20_000), 422, 'TOO_MANY_PIXELS'],
      [Buffer.alloc(10 * 1024 * 1024 + 10, 0xff), 413, 'PICTURE_TOO_LARGE'],
      [jpeg, 403, 'FORBIDDEN', t.tokens.clerk('00000000-0000-4000-8000-000000000009')],
    ];
    for (const [body, status, errorCode, token] of cases) {
      const res = await upload(t, product, body, token);
      expect({ status: res.status, errorCode: res.body.errorCode }).toEqual({ status, errorCode });
      expect(res.body.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    expect(await count()).toBe(0);
  });

  it('holds at most 9 pictures, in the order HQ sets, and removes those left out', async () => {
    const product = await makeProduct(t);
    const ids: string[] = [];
    for (let i = 0; i < 9; i++) ids.push((await upload(t, product, await photo(`#${(i + 1) * 111}`.slice(0, 4), 300, 300))).body.id);
    const tenth = await upload(t, product, await photo('#fff', 300, 300));
    expect(tenth.status).toBe(409);
    expect(tenth.body.errorCode).toBe('TOO_MANY_PICTURES');

    const order = [ids[8]!, ids[0]!, ids[4]!];
    const { setProductPictures } = await t.ok(SetProductPicturesDocument, { productId: product, pictureIds: order }, t.tokens.hq());
    expect(setProductPictures).toMatchObject({ __typename: 'Product' });
    const { product: seen } = await t.ok(ProductPicturesDocument, { id: product });
    expect(seen!.pictures.map((p) => p.id)).toEqual(order);
    const bad = await t.ok(SetProductPicturesDocument, { productId: product, pictureIds: [ids[1]!] }, t.tokens.hq());
    expect(bad.setProductPictures).toMatchObject({ __typename: 'PictureNotFoundError', errorCode: 'PICTURE_NOT_FOUND' });
  });
});

describe('product pictures on S3-compatible storage', () => {
  let t: TestApp;
  let server: S3rver;
  let dir: string;
  let s3: S3Client;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'linli-s3-'));
    server = new S3rver({ port: 0, address: '127.0.0.1', directory: dir, silent: true });
    const address = (await server.run()) as AddressInfo;
    const endpoint = `http://127.0.0.1:${address.port}`;
    s3 = new S3Client({
      region: 'us-east-1',
      endpoint,
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    });
    await s3.send(new CreateBucketCommand({ Bucket: 'pictures' }));
    t = await startTestApp({
      env: {
        PICTURE_STORAGE: 's3',
        PICTURE_S3_BUCKET: 'pictures',
        PICTURE_S3_ENDPOINT: endpoint,
        PICTURE_S3_ACCESS_KEY_ID: 'S3RVER',
        PICTURE_S3_SECRET_ACCESS_KEY: 'S3RVER',
      },
    });
  });
  afterAll(async () => {
    await t?.close();
    await server?.close();
    s3?.destroy();
    await rm(dir, { recursive: true, force: true });
  });

  it('writes every version to the bucket and serves them from it', async () => {
    const product = await makeProduct(t);
    const res = await upload(
      t,
      product,
      await sharp({ create: { width: 900, height: 900, channels: 4, background: '#28c8' } })
        .png()
        .toBuffer(),
    );
    expect(res.status).toBe(201);
    const hash = res.body.hash as string;
    for (const key of ['original.png', '200.webp', '400.jpg', '800.webp'])
      expect((await s3.send(new HeadObjectCommand({ Bucket: 'pictures', Key: `${hash}/${key}` }))).ContentLength).toBeGreaterThan(0);
    expect(existsSync(resolve('data/pictures', hash))).toBe(false);
    const got = await request(t.app).get(`/pictures/${hash}/800.webp`).buffer(true);
    expect(got.status).toBe(200);
    expect(got.headers['cache-control']).toContain('immutable');
    expect((await sharp(got.body as Buffer).metadata()).width).toBe(800);
    expect((await request(t.app).get(`/pictures/${hash.replace(/./, '0')}/800.webp`)).status).toBe(404);
  });
});
