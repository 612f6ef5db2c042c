// Catalog queries and the relations between categories, products and SKUs (through DataLoaders).
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
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
    return ctx.services.catalog.products(args);
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

  @FieldResolver(() => [Sku])
  skus(@Root() product: Product, @Ctx() ctx: Context) {
    return ctx.loaders.skusByProduct.load(product.id);
  }

  @FieldResolver(() => String, {
    description: 'Picture URL (absolute); drawn by the API when the catalog has none. Cache it: the URL changes when the picture does',
  })
  imageUrl(@Root() product: Product, @Ctx() ctx: Context): string {
    return ctx.services.catalog.imageUrl(product);
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

  @FieldResolver(() => SkuStock, { description: 'What this store can sell of it now (batched over the whole response)' })
  stockAt(@Root() sku: Sku, @Arg('storeId', () => ID) storeId: string, @Ctx() ctx: Context): Promise<SkuStock> {
    return skuStock(ctx, storeId, sku);
  }
}
