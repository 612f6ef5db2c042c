// Read-only Products and SKUs made from rows, for the shopper's pages: no identity map, no unit of work. A
// category page hydrated 20 products and 40 SKUs through the ORM per request, and that registration cost more
// CPU than the statements it ran (bench:catalog profile). Nothing here is ever flushed; edits load entities.
import { Product, Sku, type ProductStatus, type ProductSpec } from './catalog.entity';
import type { ProductRow, SkuRow } from './catalog.repository';

/**
 * The fields as the object's own data properties, under the entity's prototype (instanceof holds). Not assigned:
 * the ORM puts setters on entity prototypes that give each instance change tracking on first write.
 */
function readOnly<T extends object>(entity: new () => T, fields: Partial<T>): T {
  return Object.setPrototypeOf(fields, entity.prototype) as T;
}

export function productOf(r: ProductRow): Product {
  return readOnly(Product, {
    id: r.id,
    code: r.code,
    name: r.name,
    subtitle: r.subtitle,
    description: r.description,
    unit: r.unit,
    status: r.status as ProductStatus,
    categoryId: r.category_id,
    specs: r.specs as ProductSpec[],
    imageUrl: r.image_url,
  });
}

export function skuOf(r: SkuRow): Sku {
  return readOnly(Sku, {
    id: r.id,
    code: r.code,
    productId: r.product_id,
    attributes: r.attributes,
    priceFen: r.price_fen,
    active: r.active,
    barcode: r.barcode,
    compareAtFen: r.compare_at_fen,
  });
}
