// A store's stock by sheet: export what it holds, import counts on hand. Same rules as the catalog sheet: every
// row checked first, errors per row, nothing applied unless clean or the valid rows are asked for, one
// transaction, every change journaled (stock_movement, reason IMPORT), the same file twice changes nothing.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../common/clock';
import { transaction } from '../../common/sql';
import { actorName, type Viewer } from '../../common/viewer';
import { formatAttributes, type RowError } from '../catalog/catalog-import-sheet';
import { setStockCounts, stockForExport, stockLookups } from './stock-import.repository';
import { readStockSheet, STOCK_SHEET_HEADER } from './stock-sheet';

export interface StockImportReport {
  rows: number;
  errors: RowError[];
  applied: boolean;
  changed: number;
}

export class StockImportService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  template(): string[][] {
    return [[...STOCK_SHEET_HEADER], ['DEMO-001-1', '示例 矿泉水', '规格=550ml', '24']];
  }

  async exportStock(storeId: string): Promise<string[][]> {
    const rows = await stockForExport(this.em, storeId);
    return [[...STOCK_SHEET_HEADER], ...rows.map((r) => [r.code, r.name, formatAttributes(r.attributes), String(r.on_hand)])];
  }

  async importStock(
    viewer: Viewer,
    storeId: string,
    table: string[][],
    applyValidRows: boolean,
  ): Promise<StockImportReport | { fatal: string }> {
    const sheet = readStockSheet(table);
    if ('fatal' in sheet) return sheet;
    return transaction(this.em, async (tx) => {
      const found = new Map(
        (
          await stockLookups(
            tx,
            storeId,
            sheet.rows.map((r) => r.skuCode),
          )
        ).map((s) => [s.code, s]),
      );
      const errors = [...sheet.errors];
      for (const r of sheet.rows) {
        const sku = found.get(r.skuCode);
        if (!sku) errors.push({ line: r.line, message: `没有编码为 ${r.skuCode} 的 SKU` });
        else if (r.onHand < sku.reserved) errors.push({ line: r.line, message: `在库数量不能少于订单已占用的 ${sku.reserved} 件` });
      }
      errors.sort((a, b) => a.line - b.line);
      const report: StockImportReport = { rows: sheet.lines, errors, applied: false, changed: 0 };
      if (errors.length && !applyValidRows) return report;
      const bad = new Set(errors.map((e) => e.line));
      const changed = await setStockCounts(tx, {
        storeId,
        rows: sheet.rows
          .filter((r) => !bad.has(r.line))
          .map((r) => {
            const sku = found.get(r.skuCode)!;
            return { sku_id: sku.sku_id, on_hand: r.onHand, before: sku.on_hand };
          }),
        actor: actorName(viewer),
        at: this.clock.now(),
      });
      return { ...report, applied: true, changed: changed.length };
    });
  }
}
