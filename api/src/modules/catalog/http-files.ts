// Files over plain HTTP: a size-capped request body in, a CSV download out.
import type { Request, Response } from 'express';

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

export const sendCsv = (res: Response, name: string, body: string) =>
  res
    .status(200)
    .set({ 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(name)}` })
    .send(body);
