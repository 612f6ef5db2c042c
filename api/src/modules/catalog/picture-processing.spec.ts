import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { pngClaiming } from '../../../test/picture-files';
import { processPicture, sniffFormat } from './picture-processing';

describe('uploaded pictures', () => {
  it('makes 200/400/800 px WebP and JPEG from a photo and keeps the original', async () => {
    const jpeg = await sharp({ create: { width: 1200, height: 900, channels: 3, background: '#4a8' } })
      .jpeg()
      .toBuffer();
    const out = await processPicture(jpeg);
    if (!('files' in out)) throw new Error(JSON.stringify(out));
    expect([...out.files.keys()].sort()).toEqual(['200.jpg', '200.webp', '400.jpg', '400.webp', '800.jpg', '800.webp', 'original.jpg']);
    expect((await sharp(out.files.get('800.webp')!).metadata()).width).toBe(800);
    expect((await sharp(out.files.get('200.jpg')!).metadata()).format).toBe('jpeg');
    expect(out.files.get('original.jpg')).toEqual(jpeg);
  });

  it('refuses a renamed executable, a truncated file and a pixel bomb with a clear reason', async () => {
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), Buffer.alloc(500)]);
    expect(await processPicture(elf)).toMatchObject({ status: 415, errorCode: 'NOT_AN_IMAGE' });
    expect(sniffFormat(Buffer.from('MZ\x90\x00 this program cannot be run in DOS mode'))).toBeNull();

    const jpeg = await sharp({ create: { width: 600, height: 600, channels: 3, background: '#a40' } })
      .jpeg()
      .toBuffer();
    expect(await processPicture(jpeg.subarray(0, Math.floor(jpeg.length / 2)))).toMatchObject({ status: 422, errorCode: 'CORRUPT_IMAGE' });

    expect(await processPicture(await pngClaiming(20_000, 20_000))).toMatchObject({ status: 422, errorCode: 'TOO_MANY_PIXELS' });
    expect(await processPicture(Buffer.alloc(10 * 1024 * 1024 + 1, 0xff))).toMatchObject({ status: 413 });
  });
});
