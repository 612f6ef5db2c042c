// Catalog queries and the relations between categories, products and SKUs (through DataLoaders).
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../common/viewer';
import { SkuPriceChange } from './catalog-admin.types';
import { compareAtToShow, priceAt } from './price-timeline';
import { toPicture } from './picture.service';
import { PictureFileFormat, ProductPicture } from './picture.types';
import type { Context } from './catalog.context';
import { Category, Product, Sku, SkuAttribute } from './catalog.entity';
import { bestLevel } from './catalog.service';
import { ProductConnection, ProductListArgs, SkuStock, StockAvailability } from './catalog.types';

async function skuStock(ctx: Context, storeId: string, sku: Sku): Promise<SkuStock> {
  const available = sku.active ? await ctx.loaders.available.load(`${storeId}:${sku.id}`) : 0;
  return Object.assign(new SkuStock(), {
    storeId,
    skuId: sku.id,
    available: Math.max(0, available),
    level: ctx.services.catalog.level(available),
  });
}

@Resolver(() => Product)
export class ProductResolver {
  @Query(() => [Category])
  categories(@Ctx() ctx: Context) {
    return ctx.services.catalog.categories();
  }

  @Query(() => ProductConnection, { description: 'Products by code; filter by category, name, and what a store carries' })
  products(@Args(() => ProductListArgs) args: ProductListArgs, @Ctx() ctx: Context) {
    return ctx.services.catalog.products(args, ctx.viewer, ctx.loaders);
  }

  @Query(() => [Category], { description: 'The top-level categories in order; each lists its children' })
  categoryTree(@Ctx() ctx: Context) {
    return ctx.services.catalog.categoryTree();
  }

  @Authorized(Role.CLERK, Role.HQ_ADMIN)
  @Query(() => Sku, { nullable: true, description: 'The SKU with this barcode (EAN-13 or UPC-A, as a scanner types it)' })
  skuByBarcode(@Arg('barcode', () => String) barcode: string, @Ctx() ctx: Context) {
    return ctx.services.catalog.skuByBarcode(barcode);
  }

  @Query(() => Product, { nullable: true })
  product(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.product.load(id);
  }

  @Query(() => Sku, { nullable: true })
  sku(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.sku.load(id);
  }

  @FieldResolver(() => Category)
  category(@Root() product: Product, @Ctx() ctx: Context) {
    return ctx.loaders.category.load(product.categoryId);
  }

  @FieldResolver(() => [Sku], { description: 'Its SKUs; one dropped from the spec matrix stays (for old orders) with active false' })
  skus(@Root() product: Product, @Ctx() ctx: Context) {
    return ctx.loaders.skusByProduct.load(product.id);
  }

  @FieldResolver(() => String, {
    description: 'Picture URL (absolute); drawn by the API when the catalog has none. Cache it: the URL changes when the picture does',
  })
  async imageUrl(@Root() product: Product, @Ctx() ctx: Context): Promise<string> {
    const [cover] = await ctx.loaders.pictures.load(product.id);
    return cover ? ctx.services.catalog.pictureUrl(cover, 400, PictureFileFormat.JPEG) : ctx.services.catalog.imageUrl(product);
  }

  @FieldResolver(() => [ProductPicture], { description: 'Up to 9, in order; the first is the cover' })
  async pictures(@Root() product: Product, @Ctx() ctx: Context): Promise<ProductPicture[]> {
    return (await ctx.loaders.pictures.load(product.id)).map(toPicture);
  }

  @FieldResolver(() => StockAvailability, { description: 'The best level of its SKUs at this store' })
  async availabilityAt(
    @Root() product: Product,
    @Arg('storeId', () => ID) storeId: string,
    @Ctx() ctx: Context,
  ): Promise<StockAvailability> {
    const skus = await ctx.loaders.skusByProduct.load(product.id);
    return bestLevel(await Promise.all(skus.map(async (s) => (await skuStock(ctx, storeId, s)).level)));
  }
}

@Resolver(() => Sku)
export class SkuResolver {
  @FieldResolver(() => Product)
  product(@Root() sku: Sku, @Ctx() ctx: Context) {
    return ctx.loaders.product.load(sku.productId);
  }

  @FieldResolver(() => [SkuAttribute], { description: "Spec values of this SKU, e.g. 颜色 = 红, in the order of the product's specs" })
  async attributes(@Root() sku: Sku, @Ctx() ctx: Context): Promise<SkuAttribute[]> {
    // jsonb keeps keys in its own order (shortest first), not the catalog's; the product's specs give the order.
    const specs = (await ctx.loaders.product.load(sku.productId))?.specs ?? [];
    const rank = (name: string) => {
      const i = specs.findIndex((s) => s.name === name);
      return i < 0 ? specs.length : i;
    };
    return Object.entries(sku.attributes)
      .sort(([a], [b]) => rank(a) - rank(b))
      .map(([name, value]) => ({ name, value }));
  }

  @FieldResolver(() => Int, {
    description: "What this store charges now: its own price, else its store group's, else the chain price (fen)",
  })
  async priceAt(@Root() sku: Sku, @Arg('storeId', () => ID) storeId: string, @Ctx() ctx: Context): Promise<number> {
    const [rows, groupIds] = await Promise.all([ctx.loaders.priceRows.load(sku.id), ctx.loaders.groupsOfStore.load(storeId)]);
    return priceAt(rows, sku.priceFen, { storeId, groupIds }, ctx.clock.now());
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: '划线价 at this store, only when it is the lowest price of the 7 days before the current price began',
  })
  async compareAtFenAt(@Root() sku: Sku, @Arg('storeId', () => ID) storeId: string, @Ctx() ctx: Context): Promise<number | null> {
    const [rows, groupIds] = await Promise.all([ctx.loaders.priceRows.load(sku.id), ctx.loaders.groupsOfStore.load(storeId)]);
    return compareAtToShow(rows, sku.priceFen, { storeId, groupIds }, sku.compareAtFen ?? null, ctx.clock.now());
  }

  @Authorized(Role.HQ_ADMIN)
  @FieldResolver(() => Int, { nullable: true, description: "HQ's 划线价 as entered (shoppers see compareAtFenAt)" })
  compareAtFen(@Root() sku: Sku): number | null {
    return sku.compareAtFen ?? null;
  }

  @Authorized(Role.HQ_ADMIN)
  @FieldResolver(() => [SkuPriceChange], { description: 'Every price it had and will have, chain and stores, oldest first' })
  priceHistory(@Root() sku: Sku, @Ctx() ctx: Context) {
    return ctx.services.catalogAdmin.priceHistory(sku.id);
  }

  @FieldResolver(() => Boolean, { description: 'Listed at this store and not taken off the shelf' })
  onShelfAt(@Root() sku: Sku, @Arg('storeId', () => ID) storeId: string, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.loaders.onShelf.load(`${storeId}:${sku.id}`);
  }

  @FieldResolver(() => SkuStock, { description: 'What this store can sell of it now (batched over the whole response)' })
  stockAt(@Root() sku: Sku, @Arg('storeId', () => ID) storeId: string, @Ctx() ctx: Context): Promise<SkuStock> {
    return skuStock(ctx, storeId, sku);
  }
}

@Resolver(() => Category)
export class CategoryResolver {
  @FieldResolver(() => [Category], { description: 'Second-level categories under this one, in order' })
  children(@Root() category: Category, @Ctx() ctx: Context) {
    return category.parentId ? [] : ctx.loaders.categoryChildren.load(category.id);
  }
}

/** Apart from ProductResolver because its query `categories` has the same method name. */
@Resolver(() => Product)
export class ProductCategoriesResolver {
  @FieldResolver(() => [Category], { description: 'Every category it sits in; the first is the primary one' })
  async categories(@Root() product: Product, @Ctx() ctx: Context) {
    const all = await ctx.loaders.categoriesOfProduct.load(product.id);
    return [...all.filter((c) => c.id === product.categoryId), ...all.filter((c) => c.id !== product.categoryId)];
  }
}

@Resolver(() => ProductPicture)
export class ProductPictureResolver {
  @FieldResolver(() => String, { description: 'A sized version: 200, 400 or 800 px on the longer side (never enlarged)' })
  url(
    @Root() picture: ProductPicture,
    @Arg('size', () => Int, { defaultValue: 400 }) size: number,
    @Arg('format', () => PictureFileFormat, { defaultValue: PictureFileFormat.WEBP }) format: PictureFileFormat,
    @Ctx() ctx: Context,
  ): string {
    return ctx.services.catalog.pictureUrl(picture, size, format);
  }
}
