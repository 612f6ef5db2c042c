// Bulk import of the products/SKUs/prices sheet. Every row is checked (alone, against the other rows, then
// against the database) before anything is written. A sheet with errors applies nothing unless the caller asks
// for the valid rows (a product goes in whole or not at all); what is applied is one transaction with one audit
// row, and a row that matches the database writes nothing, so the same file twice changes nothing.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../common/clock';
import { transaction } from '../../common/sql';
import { actorName, type Viewer } from '../../common/viewer';
import { insertPrices, skusWithoutChainHistory, writeAudit, type PriceInsert } from './catalog-admin.repository';
import { catalogForExport, importLookups, lockSkusByCode, upsertImportedProducts, upsertImportedSkus } from './catalog-import.repository';
import {
  fenToYuan,
  formatAttributes,
  groupByProduct,
  PRODUCT_SHEET_HEADER,
  readProductSheet,
  specsOf,
  type RowError,
  type SheetRow,
} from './catalog-import-sheet';

export interface ImportReport {
  rows: number;
  errors: RowError[];
  applied: boolean;
  productsCreated: number;
  productsUpdated: number;
  skusCreated: number;
  skusUpdated: number;
}

const BEGINNING = new Date(0);

export class CatalogImportService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  template(): string[][] {
    return [
      [...PRODUCT_SHEET_HEADER],
      ['DEMO-001', '示例 矿泉水', '把这里换成分类编码', '瓶', 'DEMO-001-1', '规格=550ml', '6901234567892', '2.5'],
    ];
  }

  async exportCatalog(): Promise<string[][]> {
    const rows = await catalogForExport(this.em);
    return [
      [...PRODUCT_SHEET_HEADER],
      ...rows.map((r) => [
        r.product_code,
        r.product_name,
        r.category_code,
        r.unit,
        r.sku_code,
        formatAttributes(r.attributes),
        r.barcode ?? '',
        fenToYuan(r.price_fen),
      ]),
    ];
  }

  async importProducts(viewer: Viewer, table: string[][], applyValidRows: boolean): Promise<ImportReport | { fatal: string }> {
    const sheet = readProductSheet(table);
    if ('fatal' in sheet) return sheet;
    const now = this.clock.now();
    const actor = actorName(viewer);
    return transaction(this.em, async (tx) => {
      const found = await importLookups(tx, {
        categoryCodes: [...new Set(sheet.rows.map((r) => r.categoryCode))],
        skuCodes: sheet.rows.map((r) => r.skuCode),
        barcodes: sheet.rows.flatMap((r) => (r.barcode ? [r.barcode] : [])),
      });
      const errors = [...sheet.errors];
      const skuByCode = new Map(found.skus.map((s) => [s.code, s]));
      const skuByBarcode = new Map(found.skus.filter((s) => s.barcode).map((s) => [s.barcode!, s]));
      for (const r of sheet.rows) {
        if (!found.categories.has(r.categoryCode)) errors.push({ line: r.line, message: `没有编码为 ${r.categoryCode} 的分类` });
        const held = skuByCode.get(r.skuCode);
        if (held && held.product_code !== r.productCode)
          errors.push({ line: r.line, message: `SKU编码 ${r.skuCode} 已属于商品 ${held.product_code}` });
        const holder = r.barcode ? skuByBarcode.get(r.barcode) : undefined;
        if (holder && holder.code !== r.skuCode) errors.push({ line: r.line, message: `条码 ${r.barcode} 已被 SKU ${holder.code} 使用` });
      }
      errors.sort((a, b) => a.line - b.line);
      const report: ImportReport = {
        rows: sheet.lines,
        errors,
        applied: false,
        productsCreated: 0,
        productsUpdated: 0,
        skusCreated: 0,
        skusUpdated: 0,
      };
      if (errors.length && !applyValidRows) return report;
      // A product with any bad row stays out whole: half a spec matrix is not a product.
      const badLines = new Set(errors.map((e) => e.line));
      const groups = [...groupByProduct(sheet.rows).values()].filter((g) => !g.some((r) => badLines.has(r.line)));
      Object.assign(report, await this.apply(tx, groups, found.categories, actor, now), { applied: true });
      return report;
    });
  }

  private async apply(tx: EntityManager, groups: SheetRow[][], categories: Map<string, string>, actor: string, now: Date) {
    const rows = groups.flat();
    const before = await lockSkusByCode(
      tx,
      rows.map((r) => r.skuCode),
    );
    const products = await upsertImportedProducts(
      tx,
      groups.map((g) => ({
        code: g[0]!.productCode,
        name: g[0]!.productName,
        unit: g[0]!.unit,
        category_id: categories.get(g[0]!.categoryCode)!,
        specs: specsOf(g),
      })),
    );
    const skus = await upsertImportedSkus(
      tx,
      rows.map((r) => ({
        code: r.skuCode,
        product_code: r.productCode,
        attributes: r.attributes,
        barcode: r.barcode,
        price_fen: r.priceFen,
      })),
    );
    const priceOf = new Map(rows.map((r) => [r.skuCode, r.priceFen]));
    const oldOf = new Map(before.map((b) => [b.code, b]));
    // Like an edit: a new SKU or a changed list price starts a chain price now; an old price without history gets one first.
    const repriced = skus.filter((s) => s.inserted || oldOf.get(s.code)!.price_fen !== priceOf.get(s.code));
    const bare = await skusWithoutChainHistory(
      tx,
      repriced.filter((s) => !s.inserted).map((s) => s.id),
    );
    const prices: PriceInsert[] = [
      ...before
        .filter((b) => bare.includes(b.id))
        .map((b) => ({ skuId: b.id, storeId: null, priceFen: b.price_fen, startsAt: BEGINNING, endsAt: null, createdBy: actor })),
      ...repriced.map((s) => ({
        skuId: s.id,
        storeId: null,
        priceFen: priceOf.get(s.code)!,
        startsAt: now,
        endsAt: null,
        createdBy: actor,
      })),
    ];
    await insertPrices(tx, prices);
    const counts = {
      productsCreated: products.filter((p) => p.inserted).length,
      productsUpdated: products.filter((p) => !p.inserted).length,
      skusCreated: skus.filter((s) => s.inserted).length,
      skusUpdated: skus.filter((s) => !s.inserted).length,
    };
    if (products.length || skus.length)
      await writeAudit(tx, {
        actor,
        at: now,
        action: 'catalog.import',
        subjectId: null,
        detail: { ...counts, products: products.map((p) => p.code), skus: skus.map((s) => s.code), repriced: repriced.map((s) => s.code) },
      });
    return counts;
  }
}
