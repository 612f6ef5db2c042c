// Catalog queries and the relations between categories, products and SKUs (through DataLoaders).
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Category, Product, Sku, SkuAttribute } from './catalog.entity';
import { ProductConnection, ProductListArgs } from './catalog.types';

@Resolver(() => Product)
export class ProductResolver {
  @Query(() => [Category])
  categories(@Ctx() ctx: Context) {
    return ctx.services.catalog.categories();
  }

  @Query(() => ProductConnection)
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
}

@Resolver(() => Sku)
export class SkuResolver {
  @FieldResolver(() => Product)
  product(@Root() sku: Sku, @Ctx() ctx: Context) {
    return ctx.loaders.product.load(sku.productId);
  }

  @FieldResolver(() => [SkuAttribute], { description: 'Spec values of this SKU, e.g. 颜色 = 红' })
  attributes(@Root() sku: Sku): SkuAttribute[] {
    return Object.entries(sku.attributes).map(([name, value]) => ({ name, value }));
  }
}
