// Reading the catalog: the product list with its filters, stock levels at a store, picture URLs.
import type { EntityManager } from '@mikro-orm/postgresql';
import { badUserInput } from '../../common/errors';
import { decodeCursor, isKeyCursor, toPage, type Page } from '../../common/pagination';
import { UUID } from '../../common/sql';
import type { Config } from '../../common/config';
import { Role, type Viewer } from '../../common/viewer';
import { Category, Product, ProductStatus, Sku } from './catalog.entity';
import { normalizeBarcode } from './barcode';
import { skuIdByBarcode } from './catalog-admin.repository';
import { listProducts } from './catalog.repository';
import { productOf, skuOf } from './catalog-rows';
import type { CatalogLoaders } from './catalog.loaders';
import type { StoreLoaders } from '../store/store.loaders';
import { toPriceRow } from './catalog-admin.repository';
import { StockAvailability, type ProductListArgs } from './catalog.types';
import { productImageUrl } from './product-image';
import { pictureUrl } from './picture.service';
import type { PictureFileFormat } from './picture.types';
import { clusterOfStore } from '../store/store-cluster';

type CatalogConfig = Pick<Config, 'publicUrl' | 'shop'>;

export function stockLevel(available: number, lowThreshold: number): StockAvailability {
  if (available <= 0) return StockAvailability.SOLD_OUT;
  return available <= lowThreshold ? StockAvailability.LOW : StockAvailability.IN_STOCK;
}

const RANK = { [StockAvailability.SOLD_OUT]: 0, [StockAvailability.LOW]: 1, [StockAvailability.IN_STOCK]: 2 };

/** A product is as available as its best SKU. */
export function bestLevel(levels: StockAvailability[]): StockAvailability {
  return levels.reduce((best, l) => (RANK[l] > RANK[best] ? l : best), StockAvailability.SOLD_OUT);
}

export class CatalogService {
  constructor(
    private readonly em: EntityManager,
    private readonly config: CatalogConfig,
  ) {}

  categories(): Promise<Category[]> {
    return this.em.find(Category, {}, { orderBy: { code: 'asc' } });
  }

  /** The top level of the category tree, in HQ's order (children through Category.children). */
  categoryTree(): Promise<Category[]> {
    return this.em.find(Category, { parentId: null }, { orderBy: { position: 'asc', code: 'asc' } });
  }

  /** A SKU by the barcode a scanner typed (EAN-13, or UPC-A which is stored as its EAN-13). */
  async skuByBarcode(barcode: string): Promise<Sku | null> {
    const check = normalizeBarcode(barcode);
    if (!check.ok) return null;
    const id = await skuIdByBarcode(this.em, check.ean13);
    return id ? this.em.findOne(Sku, id) : null;
  }

  /** Shoppers (and anyone but HQ) see products on sale only; HQ filters by status or sees them all. */
  /**
   * A page of products. The list brings each product's SKUs, price rows and pictures and the store's groups: they
   * go into the request's loaders, so the page's fields read them without a statement of their own.
   */
  async products(
    args: ProductListArgs,
    viewer: Viewer,
    loaders: Pick<CatalogLoaders & StoreLoaders, 'skusByProduct' | 'priceRows' | 'pictures' | 'groupsOfStore'>,
  ): Promise<Page<Product>> {
    const after = decodeCursor(args.after, isKeyCursor);
    for (const [field, id] of [
      ['categoryId', args.categoryId],
      ['storeId', args.storeId],
    ] as const) {
      if (id !== undefined && id !== null && !UUID.test(id)) throw badUserInput(`${field} is not an id`, field);
    }
    if (args.inStockOnly && !args.storeId) throw badUserInput('inStockOnly needs storeId (in stock where?)', 'inStockOnly');
    const search = args.search?.trim();
    const rows = await listProducts(this.em, {
      clusterId: args.storeId ? await clusterOfStore(this.em, args.storeId) : undefined,
      after: after?.k,
      categoryId: args.categoryId ?? undefined,
      search: search || undefined,
      storeId: args.storeId ?? undefined,
      inStockOnly: args.inStockOnly,
      status: viewer.role === Role.HQ_ADMIN ? (args.status ?? undefined) : ProductStatus.ON_SALE,
      limit: args.first + 1,
    });
    for (const r of rows) {
      for (const k of r.skus) loaders.priceRows.prime(k.id, k.prices.map(toPriceRow));
      loaders.skusByProduct.prime(r.id, r.skus.map(skuOf));
      loaders.pictures.prime(r.id, r.pictures);
    }
    if (args.storeId && rows[0]?.store_groups) loaders.groupsOfStore.prime(args.storeId, rows[0].store_groups);
    const products = rows.map(productOf);
    return toPage(products, args.first, (p) => ({ k: p.code }));
  }

  pictureUrl(picture: { hash: string }, size: number, format: PictureFileFormat): string {
    return pictureUrl(this.config.publicUrl, picture, size, format);
  }

  imageUrl(product: Product): string {
    return productImageUrl(this.config.publicUrl, product);
  }

  level(available: number): StockAvailability {
    return stockLevel(available, this.config.shop.lowStockThreshold);
  }
}
