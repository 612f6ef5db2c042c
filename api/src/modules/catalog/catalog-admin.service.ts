// HQ edits the catalog: a product with its SKU matrix, categories, prices (chain and store, scheduled), listing per
// store. Every input is checked before anything is written, every change is one transaction with its audit row.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../common/clock';
import { transaction, UUID } from '../../common/sql';
import { actorName, type Viewer } from '../../common/viewer';
import { StoreGroupNotFoundError, StoreNotFoundError } from '../store/store.errors';
import { storesOfGroup } from '../store/store-group.repository';
import { normalizeBarcode } from './barcode';
import {
  auditOf,
  categoryCodeTaken,
  categoryHasChildren,
  categoryRow,
  conflictsForProduct,
  insertPrices,
  lockProductSkus,
  lockSku,
  priceRowsOf,
  replaceProductCategories,
  setShelf,
  skusForListing,
  skusWithoutChainHistory,
  storeExists,
  toPriceRow,
  upsertCategory,
  upsertProduct,
  writeAudit,
  writeSkus,
  type PriceInsert,
  type PriceRowDb,
  type SkuWrite,
} from './catalog-admin.repository';
import type { CategoryInput, ListingInput, ProductInput, SkuPriceInput } from './catalog-admin.types';
import { CatalogAuditEntry, ListingChange, SkuPriceChange } from './catalog-admin.types';
import { Category, Product } from './catalog.entity';
import {
  DuplicateBarcodeError,
  DuplicateCodeError,
  InvalidBarcodeError,
  InvalidCategoryError,
  InvalidPriceError,
  OverlappingPriceScheduleError,
  ProductNotFoundError,
  SpecMatrixError,
} from './catalog.errors';
import { overlappingWindow } from './price-timeline';
import { sanitizeDescription } from './rich-text';
import { checkSpecMatrix } from './spec-matrix';

/** Before any history, a list price held since the start of time. */
const BEGINNING = new Date(0);
const MAX_PRICE_FEN = 100_000_000;

const validPrice = (fen: number) => Number.isInteger(fen) && fen > 0 && fen <= MAX_PRICE_FEN;

export const toPriceChange = (r: PriceRowDb): SkuPriceChange =>
  Object.assign(new SkuPriceChange(), {
    id: r.id,
    skuId: r.sku_id,
    storeId: r.store_id,
    storeGroupId: r.store_group_id ?? null,
    priceFen: r.price_fen,
    startsAt: new Date(r.starts_at),
    endsAt: r.ends_at ? new Date(r.ends_at) : null,
    createdBy: r.created_by,
    createdAt: new Date(r.created_at),
  });

export class CatalogAdminService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  async saveProduct(viewer: Viewer, input: ProductInput) {
    const id = input.id ?? randomUUID();
    if (input.id && !UUID.test(input.id)) return ProductNotFoundError.of(input.id);
    const specs = input.specs.map((s) => ({ name: s.name.trim(), values: s.values.map((v) => v.trim()) }));
    const skus: SkuWrite[] = [];
    for (const s of input.skus) {
      if (!validPrice(s.priceFen)) return InvalidPriceError.of(s.priceFen);
      if (s.compareAtFen !== null && s.compareAtFen !== undefined && !validPrice(s.compareAtFen))
        return InvalidPriceError.of(s.compareAtFen, '划线价必须大于 0');
      let barcode: string | null = null;
      if (s.barcode?.trim()) {
        const check = normalizeBarcode(s.barcode);
        if (!check.ok) return InvalidBarcodeError.of(s.barcode, check.reason);
        barcode = check.ean13;
      }
      skus.push({
        code: s.code.trim(),
        attributes: Object.fromEntries(s.attributes.map((a) => [a.name.trim(), a.value.trim()])),
        barcode,
        priceFen: s.priceFen,
        compareAtFen: s.compareAtFen ?? null,
      });
    }
    const matrix = checkSpecMatrix(
      specs,
      skus.map((s) => s.attributes),
    );
    if (!matrix.ok) return SpecMatrixError.of(matrix.problem, matrix.missing);
    const codes = skus.map((s) => s.code);
    const twiceCode = codes.find((c, i) => codes.indexOf(c) !== i);
    if (twiceCode) return DuplicateCodeError.of(twiceCode);
    const barcodes = skus.flatMap((s) => (s.barcode ? [s.barcode] : []));
    const twiceBarcode = barcodes.find((b, i) => barcodes.indexOf(b) !== i);
    if (twiceBarcode) return DuplicateBarcodeError.of(twiceBarcode, skus.filter((s) => s.barcode === twiceBarcode)[1]!.code);
    const badCategory = input.categoryIds.find((c) => !UUID.test(c));
    if (badCategory) return InvalidCategoryError.of(badCategory, '没有这个分类');

    const now = this.clock.now();
    const actor = actorName(viewer);
    return transaction(this.em, async (tx) => {
      const found = await conflictsForProduct(tx, {
        id,
        code: input.code.trim(),
        skuCodes: codes,
        barcodes,
        categoryIds: input.categoryIds,
      });
      if (input.id && !found.exists) return ProductNotFoundError.of(input.id);
      if (found.productCodeTaken) return DuplicateCodeError.of(input.code.trim());
      if (found.skuCodesTaken.length) return DuplicateCodeError.of(found.skuCodesTaken[0]!);
      const missingCategory = input.categoryIds.find((c) => !found.categoriesFound.includes(c));
      if (missingCategory) return InvalidCategoryError.of(missingCategory, '没有这个分类');
      for (const holder of found.barcodeHolders) {
        const mine = skus.find((s) => s.barcode === holder.barcode);
        if (mine && mine.code !== holder.code) return DuplicateBarcodeError.of(holder.barcode, holder.code);
      }

      const before = input.id ? await lockProductSkus(tx, id) : [];
      const row = await upsertProduct(tx, {
        id,
        code: input.code.trim(),
        name: input.name.trim(),
        subtitle: input.subtitle.trim(),
        description: sanitizeDescription(input.description),
        unit: input.unit.trim(),
        status: input.status,
        categoryId: input.categoryIds[0]!,
        specs,
      });
      await replaceProductCategories(tx, id, [...new Set(input.categoryIds)]);
      // A changed list price starts a new chain price now; the old one gets its history first if it had none.
      const changed = skus.filter((s) => {
        const old = before.find((b) => b.code === s.code);
        return old && old.price_fen !== s.priceFen;
      });
      const changedIds = changed.map((s) => before.find((b) => b.code === s.code)!.id);
      const bare = await skusWithoutChainHistory(tx, changedIds);
      const written = await writeSkus(tx, id, skus);
      const idOf = new Map(written.map((w) => [w.code, w.id]));
      const prices: PriceInsert[] = [
        ...before
          .filter((b) => bare.includes(b.id))
          .map((b) => ({ skuId: b.id, storeId: null, priceFen: b.price_fen, startsAt: BEGINNING, endsAt: null, createdBy: actor })),
        ...skus
          .filter((s) => changed.includes(s) || !before.some((b) => b.code === s.code))
          .map((s) => ({ skuId: idOf.get(s.code)!, storeId: null, priceFen: s.priceFen, startsAt: now, endsAt: null, createdBy: actor })),
      ];
      await insertPrices(tx, prices);
      await writeAudit(tx, {
        actor,
        at: now,
        action: input.id ? 'product.update' : 'product.create',
        subjectId: id,
        detail: {
          code: input.code,
          name: input.name,
          status: input.status,
          categoryIds: input.categoryIds,
          skus: skus.map((s) => ({ ...s, before: before.find((b) => b.code === s.code) ?? null })),
          removed: before.filter((b) => !codes.includes(b.code)).map((b) => b.code),
        },
      });
      return this.em.map(Product, row as never);
    });
  }

  async saveCategory(viewer: Viewer, input: CategoryInput) {
    if (input.id && !UUID.test(input.id)) return InvalidCategoryError.of(input.id, '没有这个分类');
    if (input.parentId && !UUID.test(input.parentId)) return InvalidCategoryError.of(input.parentId, '没有这个上级分类');
    const id = input.id ?? randomUUID();
    if (input.parentId === id) return InvalidCategoryError.of(id, '分类不能是自己的上级');
    const now = this.clock.now();
    return transaction(this.em, async (tx) => {
      if (input.id && !(await categoryRow(tx, input.id))) return InvalidCategoryError.of(input.id, '没有这个分类');
      if (input.parentId) {
        const parent = await categoryRow(tx, input.parentId);
        if (!parent) return InvalidCategoryError.of(input.parentId, '没有这个上级分类');
        if (parent.parent_id) return InvalidCategoryError.of(input.parentId, '分类只有两级：上级必须是一级分类');
        if (input.id && (await categoryHasChildren(tx, input.id)))
          return InvalidCategoryError.of(input.id, '这个分类下还有子分类，不能再放到别的分类下');
      }
      if (await categoryCodeTaken(tx, input.code.trim(), id)) return DuplicateCodeError.of(input.code.trim());
      const row = await upsertCategory(tx, {
        id,
        code: input.code.trim(),
        name: input.name.trim(),
        parentId: input.parentId ?? null,
        position: input.position,
        icon: input.icon.trim(),
      });
      await writeAudit(tx, {
        actor: actorName(viewer),
        at: now,
        action: input.id ? 'category.update' : 'category.create',
        subjectId: id,
        detail: input,
      });
      return this.em.map(Category, row as never);
    });
  }

  async schedulePrice(viewer: Viewer, input: SkuPriceInput) {
    if (!validPrice(input.priceFen)) return InvalidPriceError.of(input.priceFen);
    if (!UUID.test(input.skuId)) return ProductNotFoundError.of(input.skuId);
    if (input.storeId && !UUID.test(input.storeId)) return StoreNotFoundError.of(input.storeId);
    if (input.storeGroupId && !UUID.test(input.storeGroupId)) return StoreGroupNotFoundError.of(input.storeGroupId);
    if (input.storeId && input.storeGroupId) return InvalidPriceError.of(input.priceFen, '门店价和门店组价只能选一个');
    const now = this.clock.now();
    const startsAt = input.startsAt ?? now;
    const endsAt = input.endsAt ?? null;
    if (endsAt && endsAt <= startsAt) return InvalidPriceError.of(input.priceFen, '结束时间必须晚于开始时间');
    const storeId = input.storeId ?? null;
    const storeGroupId = input.storeGroupId ?? null;
    return transaction(this.em, async (tx) => {
      const sku = await lockSku(tx, input.skuId);
      if (!sku) return ProductNotFoundError.of(input.skuId);
      if (storeId && !(await storeExists(tx, storeId))) return StoreNotFoundError.of(storeId);
      if (storeGroupId && !(await storesOfGroup(tx, storeGroupId))) return StoreGroupNotFoundError.of(storeGroupId);
      if (endsAt) {
        const here = (await priceRowsOf(tx, [input.skuId])).filter((r) => r.store_id === storeId && r.store_group_id === storeGroupId);
        const clash = overlappingWindow(here.map(toPriceRow), { startsAt, endsAt });
        if (clash) return OverlappingPriceScheduleError.of(clash.startsAt, clash.endsAt!);
      }
      const actor = actorName(viewer);
      const [row] = await insertPrices(tx, [
        { skuId: input.skuId, storeId, storeGroupId, priceFen: input.priceFen, startsAt, endsAt, createdBy: actor },
      ]);
      await writeAudit(tx, { actor, at: now, action: 'price.schedule', subjectId: input.skuId, detail: { ...input, startsAt, endsAt } });
      return toPriceChange(row!);
    });
  }

  async setListing(viewer: Viewer, input: ListingInput) {
    const storeId = input.storeId ?? null;
    const storeGroupId = input.storeGroupId ?? null;
    if (!storeId && !storeGroupId) return StoreNotFoundError.of('');
    if (storeId && !UUID.test(storeId)) return StoreNotFoundError.of(storeId);
    if (storeGroupId && !UUID.test(storeGroupId)) return StoreGroupNotFoundError.of(storeGroupId);
    if (storeId && storeGroupId) return StoreNotFoundError.of(storeId);
    if (input.categoryId && !UUID.test(input.categoryId)) return InvalidCategoryError.of(input.categoryId, '没有这个分类');
    const badSku = input.skuIds?.find((s) => !UUID.test(s));
    if (badSku) return ProductNotFoundError.of(badSku);
    if (!input.skuIds && !input.categoryId) return InvalidCategoryError.of('', '请选择商品或分类');
    const now = this.clock.now();
    return transaction(this.em, async (tx) => {
      if (storeId && !(await storeExists(tx, storeId))) return StoreNotFoundError.of(storeId);
      const storeIds = storeId ? [storeId] : await storesOfGroup(tx, storeGroupId!);
      if (!storeIds) return StoreGroupNotFoundError.of(storeGroupId!);
      if (input.categoryId && !(await categoryRow(tx, input.categoryId))) return InvalidCategoryError.of(input.categoryId, '没有这个分类');
      const skuIds = await skusForListing(tx, input.skuIds ?? null, input.categoryId ?? null);
      const unknown = input.skuIds?.find((s) => !skuIds.includes(s));
      if (unknown) return ProductNotFoundError.of(unknown);
      const changed = await setShelf(tx, storeIds, skuIds, input.onShelf);
      await writeAudit(tx, {
        actor: actorName(viewer),
        at: now,
        action: input.onShelf ? 'listing.on' : 'listing.off',
        subjectId: storeId ?? storeGroupId,
        detail: { storeGroupId, categoryId: input.categoryId ?? null, skuIds: [...new Set(changed.map((c) => c.skuId))], stores: storeIds },
      });
      return Object.assign(new ListingChange(), {
        storeId,
        storeGroupId,
        onShelf: input.onShelf,
        changed: changed.length,
        stores: storeIds.length,
      });
    });
  }

  async priceHistory(skuId: string): Promise<SkuPriceChange[]> {
    return (await priceRowsOf(this.em, [skuId])).map(toPriceChange);
  }

  async audit(subjectId: string | null, first: number): Promise<CatalogAuditEntry[]> {
    if (subjectId && !UUID.test(subjectId)) return [];
    const rows = await auditOf(this.em, subjectId, Math.min(Math.max(first, 1), 100));
    return rows.map((r) =>
      Object.assign(new CatalogAuditEntry(), {
        id: r.id,
        actor: r.actor,
        at: new Date(r.at),
        action: r.action,
        subjectId: r.subject_id,
        detail: JSON.stringify(r.detail),
      }),
    );
  }
}
