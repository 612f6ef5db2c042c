// Picture files for tests: real images made with sharp, and a PNG whose header claims a pixel-bomb size.
import { crc32 } from 'node:zlib';
import sharp from 'sharp';

/** A real PNG whose header then claims width × height: what a decompression bomb looks like before decoding. */
export async function pngClaiming(width: number, height: number): Promise<Buffer> {
  const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#c33' } })
    .png()
    .toBuffer();
  // IHDR: length (4) 'IHDR' (4) width (4) height (4) ... CRC over type + data (17 bytes) at offset 29.
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)) >>> 0, 29);
  return png;
}
