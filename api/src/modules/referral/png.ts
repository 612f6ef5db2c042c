// A black-and-white PNG from a grid of dark modules (the sandbox's QR): 8-bit greyscale, one IDAT, no library.
import { crc32, deflateSync } from 'node:zlib';
import qrcode from 'qrcode-generator';

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** `dark(x, y)` over `modules`², each module `scale` pixels, with a white border of `margin` modules. */
export function modulesPng(modules: number, dark: (x: number, y: number) => boolean, scale: number, margin: number): Buffer {
  const side = (modules + 2 * margin) * scale;
  const raw = Buffer.alloc((side + 1) * side, 255);
  for (let y = 0; y < side; y++) {
    raw[y * (side + 1)] = 0; // filter: none
    const my = Math.floor(y / scale) - margin;
    for (let x = 0; x < side; x++) {
      const mx = Math.floor(x / scale) - margin;
      if (mx >= 0 && my >= 0 && mx < modules && my < modules && dark(mx, my)) raw[y * (side + 1) + 1 + x] = 0;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(side, 0);
  ihdr.writeUInt32BE(side, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A QR of `text` as a PNG data URL (the store app shows it as is: no QR library in the tablet's bundle). */
export function qrPngDataUrl(text: string, scale = 6): string {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const n = qr.getModuleCount();
  return `data:image/png;base64,${modulesPng(n, (x, y) => qr.isDark(y, x), scale, 4).toString('base64')}`;
}
