// An uploaded product picture checked before anything decodes it, then made into the sizes the apps show.
// Order matters: size, then the file's own signature, then the header's pixel count (sharp reads it without
// decoding), and only then a decode, itself capped by limitInputPixels.
import { createHash } from 'node:crypto';
import sharp from 'sharp';

export const MAX_PICTURE_BYTES = 10 * 1024 * 1024;
/** 40 megapixels: every phone photo fits, a 20,000 × 20,000 bomb (400 MP, 1.6 GB decoded) does not. */
export const MAX_PICTURE_PIXELS = 40_000_000;
export const PICTURE_SIZES = [200, 400, 800] as const;

export type PictureFormat = 'jpg' | 'png' | 'webp';

export type PictureRejection = {
  status: 413 | 415 | 422;
  errorCode: 'PICTURE_TOO_LARGE' | 'NOT_AN_IMAGE' | 'TOO_MANY_PIXELS' | 'CORRUPT_IMAGE';
  message: string;
};

export interface ProcessedPicture {
  hash: string;
  format: PictureFormat;
  width: number;
  height: number;
  /** Key suffix → bytes, e.g. `original.jpg`, `400.webp`. */
  files: Map<string, Buffer>;
}

/** The format the bytes say they are, from their signature; never from the name or the declared type. */
export function sniffFormat(bytes: Buffer): PictureFormat | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpg';
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (bytes.length >= 12 && bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP') return 'webp';
  return null;
}

const SHARP_FORMAT: Record<PictureFormat, string> = { jpg: 'jpeg', png: 'png', webp: 'webp' };

export async function processPicture(bytes: Buffer): Promise<ProcessedPicture | PictureRejection> {
  if (bytes.length > MAX_PICTURE_BYTES) return { status: 413, errorCode: 'PICTURE_TOO_LARGE', message: '图片不能超过 10 MB' };
  const format = sniffFormat(bytes);
  if (!format) return { status: 415, errorCode: 'NOT_AN_IMAGE', message: '只支持 JPEG、PNG 或 WebP 图片' };
  const options = { limitInputPixels: MAX_PICTURE_PIXELS, failOn: 'truncated' as const };
  let meta: sharp.Metadata;
  try {
    meta = await sharp(bytes, { ...options, limitInputPixels: false }).metadata();
  } catch {
    return { status: 422, errorCode: 'CORRUPT_IMAGE', message: '图片文件已损坏，无法读取' };
  }
  if (meta.format !== SHARP_FORMAT[format] || !meta.width || !meta.height)
    return { status: 422, errorCode: 'CORRUPT_IMAGE', message: '图片文件已损坏，无法读取' };
  if (meta.width * meta.height > MAX_PICTURE_PIXELS)
    return { status: 422, errorCode: 'TOO_MANY_PIXELS', message: `图片像素太多（${meta.width}×${meta.height}），请缩小到 4000 万像素以内` };

  const files = new Map<string, Buffer>([[`original.${format}`, bytes]]);
  try {
    // Decode once (EXIF orientation applied), then size from the decoded pixels.
    const { data, info } = await sharp(bytes, options).rotate().toFormat('raw').toBuffer({ resolveWithObject: true });
    const raw = { raw: { width: info.width, height: info.height, channels: info.channels } };
    for (const size of PICTURE_SIZES) {
      const sized = sharp(data, raw).resize({ width: size, height: size, fit: 'inside', withoutEnlargement: true });
      files.set(`${size}.webp`, await sized.clone().webp({ quality: 80, effort: 3 }).toBuffer());
      files.set(`${size}.jpg`, await sized.clone().flatten({ background: '#ffffff' }).jpeg({ quality: 82 }).toBuffer());
    }
    return {
      hash: createHash('sha256').update(bytes).digest('hex').slice(0, 32),
      format,
      width: info.width,
      height: info.height,
      files,
    };
  } catch {
    return { status: 422, errorCode: 'CORRUPT_IMAGE', message: '图片文件已损坏，无法读取' };
  }
}
