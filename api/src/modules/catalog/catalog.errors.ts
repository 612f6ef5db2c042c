// Typed outcomes of editing the catalog: each says what is wrong and changes nothing.
import { Field, Int, ObjectType } from 'type-graphql';
import { ErrorCode, ErrorResult, errorResult as make } from '../../common/errors';

@ObjectType({ implements: ErrorResult, description: 'Not an EAN-13/UPC-A barcode, or its check digit is wrong' })
export class InvalidBarcodeError extends ErrorResult {
  @Field(() => String) barcode!: string;
  static of(barcode: string, reason: string) {
    return Object.assign(make(new InvalidBarcodeError(), ErrorCode.INVALID_BARCODE, `${barcode}: ${reason}`), { barcode });
  }
}

@ObjectType({ implements: ErrorResult, description: 'Another SKU already has this barcode' })
export class DuplicateBarcodeError extends ErrorResult {
  @Field(() => String) barcode!: string;
  @Field(() => String, { description: 'The SKU code that has it' }) skuCode!: string;
  static of(barcode: string, skuCode: string) {
    return Object.assign(make(new DuplicateBarcodeError(), ErrorCode.DUPLICATE_BARCODE, `条码 ${barcode} 已用于 ${skuCode}`), {
      barcode,
      skuCode,
    });
  }
}

@ObjectType({ implements: ErrorResult, description: 'A product, SKU or category code is taken (or given twice)' })
export class DuplicateCodeError extends ErrorResult {
  @Field(() => String) code!: string;
  static of(code: string) {
    return Object.assign(make(new DuplicateCodeError(), ErrorCode.DUPLICATE_CODE, `编码 ${code} 已被使用`), { code });
  }
}

@ObjectType({ implements: ErrorResult, description: 'The SKUs do not match the spec dimensions one to one' })
export class SpecMatrixError extends ErrorResult {
  @Field(() => [String], { description: 'Combinations without a SKU, e.g. "规格=1L, 口味=无糖"' }) missing!: string[];
  static of(problem: string, missing: string[]) {
    return Object.assign(make(new SpecMatrixError(), ErrorCode.SPEC_MATRIX_INCOMPLETE, problem), { missing });
  }
}

@ObjectType({ implements: ErrorResult, description: 'A price must be a whole number of fen above 0' })
export class InvalidPriceError extends ErrorResult {
  @Field(() => Int) priceFen!: number;
  static of(priceFen: number, message = '价格必须大于 0') {
    return Object.assign(make(new InvalidPriceError(), ErrorCode.INVALID_PRICE, message), { priceFen });
  }
}

@ObjectType({ implements: ErrorResult, description: 'Another scheduled price of this SKU at the same place overlaps' })
export class OverlappingPriceScheduleError extends ErrorResult {
  @Field(() => Date) startsAt!: Date;
  @Field(() => Date) endsAt!: Date;
  static of(startsAt: Date, endsAt: Date) {
    return Object.assign(make(new OverlappingPriceScheduleError(), ErrorCode.OVERLAPPING_PRICE_SCHEDULE, '与已排定的价格时段重叠'), {
      startsAt,
      endsAt,
    });
  }
}

@ObjectType({ implements: ErrorResult })
export class ProductNotFoundError extends ErrorResult {
  @Field(() => String) id!: string;
  static of(id: string) {
    return Object.assign(make(new ProductNotFoundError(), ErrorCode.PRODUCT_NOT_FOUND, `没有这个商品或 SKU：${id}`), { id });
  }
}

@ObjectType({ implements: ErrorResult, description: 'No such category, or it would make the tree deeper than two levels' })
export class InvalidCategoryError extends ErrorResult {
  @Field(() => String) id!: string;
  static of(id: string, message: string) {
    return Object.assign(make(new InvalidCategoryError(), ErrorCode.INVALID_CATEGORY, message), { id });
  }
}

@ObjectType({ implements: ErrorResult, description: 'A picture id that is not one of the product’s pictures' })
export class PictureNotFoundError extends ErrorResult {
  @Field(() => String) id!: string;
  static of(id: string) {
    return Object.assign(make(new PictureNotFoundError(), ErrorCode.PICTURE_NOT_FOUND, `这个商品没有这张图片：${id}`), { id });
  }
}
