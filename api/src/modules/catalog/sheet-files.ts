// The sheets as files: CSV (UTF-8, with a BOM so Excel opens the Chinese right) or .xlsx (first worksheet, every
// cell as text so a barcode never becomes 6.9E+12). An upload is xlsx when it starts as a zip does.
import ExcelJS from 'exceljs';
import { parseCsv, toCsv } from './catalog-import-sheet';

export type SheetFormat = 'csv' | 'xlsx';

export const isXlsx = (bytes: Buffer) => bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50;

/** The uploaded file as rows of text cells; null when it claims to be xlsx and cannot be read as one. */
export async function readTable(bytes: Buffer): Promise<string[][] | null> {
  if (!isXlsx(bytes)) return parseCsv(bytes.toString('utf8'));
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return null;
  }
  const sheet = book.worksheets[0];
  const rows: string[][] = [];
  sheet?.eachRow({ includeEmpty: true }, (row, n) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => (cells[col - 1] = cell.text ?? ''));
    rows[n - 1] = Array.from(cells, (c) => c ?? '');
  });
  return Array.from(rows, (r) => r ?? []);
}

export async function writeTable(rows: readonly (readonly string[])[], format: SheetFormat, title: string): Promise<Buffer> {
  if (format === 'csv') return Buffer.from(toCsv(rows), 'utf8');
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(title);
  sheet.addRows(rows.map((r) => [...r]));
  sheet.eachRow((row) => row.eachCell((cell) => (cell.numFmt = '@')));
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((c) => (c.width = 16));
  return Buffer.from(await book.xlsx.writeBuffer());
}
