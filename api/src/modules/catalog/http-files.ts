// Files over plain HTTP: a size-capped request body in, a CSV download out.
import type { Request, Response } from 'express';
import { readTable, writeTable, type SheetFormat } from './sheet-files';

/** The request body, or null as soon as it passes `limit` bytes (the rest is not buffered). */
export async function readUpTo(req: Request, limit: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

const TYPES: Record<SheetFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** ?format=xlsx or csv (the default). */
export const formatOf = (req: Request): SheetFormat => (req.query.format === 'xlsx' ? 'xlsx' : 'csv');

/** A sheet as a download named `<name>.csv` or `<name>.xlsx`. */
export async function sendSheet(req: Request, res: Response, name: string, rows: string[][]) {
  const format = formatOf(req);
  const body = await writeTable(rows, format, name);
  res
    .status(200)
    .set({
      'Content-Type': TYPES[format],
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(`${name}.${format}`)}`,
    })
    .send(body);
}

/** The uploaded sheet as rows, or null when the answer (too large, unreadable) has been sent. */
export async function receiveSheet(req: Request, res: Response, limit: number): Promise<string[][] | null> {
  const bytes = await readUpTo(req, limit);
  if (!bytes) {
    res
      .status(413)
      .set('Connection', 'close')
      .json({ errorCode: 'SHEET_TOO_LARGE', message: `文件不能超过 ${limit / 1024 / 1024} MB` });
    return null;
  }
  const table = await readTable(bytes);
  if (!table) res.status(422).json({ errorCode: 'BAD_SHEET', message: '无法读取这个 .xlsx 文件' });
  return table;
}
