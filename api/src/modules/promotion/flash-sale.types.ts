// GraphQL shapes of flash sales (秒杀): sessions and items as HQ makes them, the board shoppers see (on the server's
// clock), and the refusal a flash checkout can get.
import { ArrayMaxSize, ArrayMinSize, Length, Max, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ErrorCode, ErrorResult, errorResult } from '../../common/errors';

export enum FlashItemStatus {
  UPCOMING = 'UPCOMING',
  ON = 'ON',
  SOLD_OUT = 'SOLD_OUT',
  ENDED = 'ENDED',
}
registerEnumType(FlashItemStatus, { name: 'FlashItemStatus', description: '即将开始 / 马上抢 / 已抢光 / 已结束, by the server clock' });

@ObjectType()
export class FlashItem {
  @Field(() => ID) id!: string;
  @Field(() => ID) skuId!: string;
  @Field(() => String) skuCode!: string;
  @Field(() => String) name!: string;
  @Field(() => ID, { nullable: true, description: 'The one store it sells at; none: every store' }) storeId!: string | null;
  @Field(() => Int, { description: 'The flash price (fen)' }) priceFen!: number;
  @Field(() => Int, {
    nullable: true,
    description: '原价 shown beside it: the lowest price at this store in the 7 days before the session starts (board only)',
  })
  originalPriceFen!: number | null;
  @Field(() => Int) quota!: number;
  @Field(() => Int, { description: 'Units held by placed checkouts (paid or within their payment window)' }) sold!: number;
  @Field(() => Int) perUserLimit!: number;
  @Field(() => Int) perOrderLimit!: number;
  @Field(() => FlashItemStatus) status!: FlashItemStatus;
}

@ObjectType()
export class FlashSession {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => Date) startsAt!: Date;
  @Field(() => Date) endsAt!: Date;
  @Field(() => String, { description: 'LIVE or STOPPED' }) state!: string;
  @Field(() => [FlashItem]) items!: FlashItem[];
}

@ObjectType({ description: 'The flash sessions not yet over, and the server time the countdowns run on' })
export class FlashBoard {
  @Field(() => Date) serverNow!: Date;
  @Field(() => [FlashSession]) sessions!: FlashSession[];
}

@InputType()
export class FlashItemInput {
  @Field(() => ID) skuId!: string;
  @Field(() => ID, { nullable: true, description: 'One store; omit for every store (one quota shared)' }) storeId?: string | null;
  @Field(() => Int) @Min(1) @Max(100_000_000) priceFen!: number;
  @Field(() => Int) @Min(1) @Max(1_000_000) quota!: number;
  @Field(() => Int) @Min(1) @Max(99) perUserLimit!: number;
  @Field(() => Int) @Min(1) @Max(99) perOrderLimit!: number;
}

@InputType()
export class CreateFlashSessionInput {
  @Field(() => String) @Length(1, 40) name!: string;
  @Field(() => Date, { description: 'On the minute (10:00)' }) startsAt!: Date;
  @Field(() => Date, { description: 'On the minute (10:30), after startsAt' }) endsAt!: Date;
  @Field(() => [FlashItemInput]) @ArrayMinSize(1) @ArrayMaxSize(100) @ValidateNested() items!: FlashItemInput[];
}

export enum FlashProblem {
  NOT_FOUND = 'NOT_FOUND',
  NOT_STARTED = 'NOT_STARTED',
  ENDED = 'ENDED',
  SOLD_OUT = 'SOLD_OUT',
  LIMIT_REACHED = 'LIMIT_REACHED',
  ORDER_LIMIT = 'ORDER_LIMIT',
  NOT_AT_STORE = 'NOT_AT_STORE',
  NOT_IN_CART = 'NOT_IN_CART',
  /** Buyers already in line claim every unit left: try again in a moment (a unit comes back if one of them fails). */
  BUSY = 'BUSY',
}
registerEnumType(FlashProblem, { name: 'FlashProblem', description: 'Why a flash checkout was refused' });

const FLASH_MESSAGES: Record<FlashProblem, string> = {
  NOT_FOUND: '没有这个秒杀',
  NOT_STARTED: '秒杀还没开始',
  ENDED: '秒杀已结束',
  SOLD_OUT: '已抢光',
  LIMIT_REACHED: '已达限购数量',
  ORDER_LIMIT: '超出每单限购',
  NOT_AT_STORE: '这家门店没有这个秒杀',
  NOT_IN_CART: '购物车里没有秒杀商品',
  BUSY: '抢的人太多了，稍后再试',
};

@ObjectType({ implements: ErrorResult, description: 'The flash item cannot be bought on this checkout; nothing was placed' })
export class FlashSaleUnavailableError extends ErrorResult {
  @Field(() => ID) flashItemId!: string;
  @Field(() => FlashProblem) problem!: FlashProblem;
  static of(flashItemId: string, problem: FlashProblem) {
    return Object.assign(errorResult(new FlashSaleUnavailableError(), ErrorCode.FLASH_SALE_UNAVAILABLE, FLASH_MESSAGES[problem]), {
      flashItemId,
      problem,
    });
  }
}
