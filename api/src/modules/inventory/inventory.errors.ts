// Typed outcomes of stock changes.
import { Field, Int, ObjectType } from 'type-graphql';
import { ErrorCode, ErrorResult, errorResult } from '../../common/errors';

@ObjectType({ implements: ErrorResult })
export class UnknownSkuError extends ErrorResult {
  @Field(() => [String]) skuIds!: string[];
  static of(skuIds: string[]) {
    return Object.assign(errorResult(new UnknownSkuError(), ErrorCode.UNKNOWN_SKU, `Unknown SKU: ${skuIds.join(', ')}`), { skuIds });
  }
}

@ObjectType({ implements: ErrorResult, description: 'The change would take available stock below zero' })
export class InsufficientStockError extends ErrorResult {
  @Field(() => String) skuId!: string;
  @Field(() => Int, { description: 'Units that can still be removed (on hand minus reserved)' }) available!: number;
  static of(skuId: string, available: number) {
    return Object.assign(
      errorResult(new InsufficientStockError(), ErrorCode.INSUFFICIENT_STOCK, `Only ${available} available for ${skuId}`),
      { skuId, available },
    );
  }
}
