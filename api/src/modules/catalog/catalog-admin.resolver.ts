// HQ's catalog mutations and the audit trail: only HQ edits; each is one service call with a typed result.
import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '../../common/viewer';
import type { Context } from './catalog.context';
import {
  CatalogAuditEntry,
  CategoryInput,
  ListingInput,
  ProductInput,
  SaveCategoryResult,
  SaveProductResult,
  SchedulePriceResult,
  SetListingResult,
  SkuPriceInput,
} from './catalog-admin.types';
import { SetProductPicturesResult } from './picture.types';

@Resolver()
export class CatalogAdminResolver {
  @Authorized(Role.HQ_ADMIN)
  @Mutation(() => SaveProductResult, { description: 'Create a product (no id) or replace one, with its whole SKU matrix' })
  saveProduct(@Arg('input', () => ProductInput) input: ProductInput, @Ctx() ctx: Context) {
    return ctx.services.catalogAdmin.saveProduct(ctx.viewer, input);
  }

  @Authorized(Role.HQ_ADMIN)
  @Mutation(() => SaveCategoryResult)
  saveCategory(@Arg('input', () => CategoryInput) input: CategoryInput, @Ctx() ctx: Context) {
    return ctx.services.catalogAdmin.saveCategory(ctx.viewer, input);
  }

  @Authorized(Role.HQ_ADMIN)
  @Mutation(() => SchedulePriceResult, { description: 'A chain or store price, now or scheduled, open-ended or a window' })
  scheduleSkuPrice(@Arg('input', () => SkuPriceInput) input: SkuPriceInput, @Ctx() ctx: Context) {
    return ctx.services.catalogAdmin.schedulePrice(ctx.viewer, input);
  }

  @Authorized(Role.HQ_ADMIN)
  @Mutation(() => SetListingResult, { description: 'Put SKUs (or a whole category) on or off the shelf at a store' })
  setListing(@Arg('input', () => ListingInput) input: ListingInput, @Ctx() ctx: Context) {
    return ctx.services.catalogAdmin.setListing(ctx.viewer, input);
  }

  @Authorized(Role.HQ_ADMIN)
  @Mutation(() => SetProductPicturesResult, {
    description:
      'The product shows exactly these pictures, in this order (the first is the cover); upload with POST /catalog/products/:id/pictures',
  })
  setProductPictures(
    @Arg('productId', () => ID) productId: string,
    @Arg('pictureIds', () => [ID]) pictureIds: string[],
    @Ctx() ctx: Context,
  ) {
    return ctx.services.pictures.setPictures(ctx.viewer, productId, pictureIds);
  }

  @Authorized(Role.HQ_ADMIN)
  @Query(() => [CatalogAuditEntry], { description: 'Catalog changes, newest first: of one product, SKU, category or store, or all' })
  catalogAudit(
    @Arg('subjectId', () => ID, { nullable: true }) subjectId: string | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.catalogAdmin.audit(subjectId ?? null, first);
  }
}
