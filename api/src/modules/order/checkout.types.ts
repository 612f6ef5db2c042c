// GraphQL shapes of placing an order: the checkout input and its possible outcomes.
import { IsOptional, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { createUnionType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { UnknownSkuError } from '../inventory/inventory.errors';
import { NoStoreAvailable } from '../routing/routing.types';
import { StoreNotFoundError } from '../store/store.errors';
import { AddressNotFoundError } from '../address/address.types';
import { PickupSlotUnavailableError } from '../slots/slots.types';
import { CouponNotUsableError } from '../promotion/promotion.errors';
import { FlashSaleUnavailableError } from '../promotion/flash-sale.types';
import { GroupBuyUnavailableError } from '../promotion/group-buy.types';
import { CheckoutCart } from './checkout-quote.types';
import { Checkout, CustomerOrder } from './order.entity';
import {
  BelowMinimumOrderError,
  CheckoutSpansClustersError,
  IdempotencyKeyReusedError,
  OutOfStockError,
  PriceChangedError,
} from './order.errors';

@InputType()
export class ContactInput {
  @Field(() => String) @Length(1, 40) name!: string;
  @Field(() => String, { description: 'Mainland mobile (11 digits) or a landline with area code' })
  @Matches(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/, { message: 'phone must be an 11-digit mobile or a landline with area code' })
  phone!: string;
}

@InputType()
export class CheckoutInput extends CheckoutCart {
  @Field(() => String, { description: 'Chosen by the client per cart; a retry with the same key returns the same checkout' })
  @Matches(/^[A-Za-z0-9_-]{8,64}$/, { message: 'idempotencyKey must be 8-64 characters of A-Z a-z 0-9 _ -' })
  idempotencyKey!: string;

  @Field(() => String, { nullable: true, description: 'DELIVERY: the written address the courier reads' })
  @IsOptional()
  @Length(4, 200)
  address?: string;

  @Field(() => Date, {
    nullable: true,
    description: 'PICKUP with storeId: the start of a slot from pickupSlots; the order takes one of its places (and is scheduled then)',
  })
  pickupSlotStart?: Date;
  @Field(() => ContactInput, {
    nullable: true,
    description: "Who receives or collects it; may be left out with addressId (the address's contact)",
  })
  @IsOptional()
  @ValidateNested()
  contact?: ContactInput;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(0, 200) remark?: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The total the shopper saw; if prices moved since, the checkout is refused with the new figures',
  })
  @IsOptional()
  @Min(0)
  @Max(100_000_000)
  expectedTotalFen?: number;
}

@ObjectType({ description: 'The checkout and its orders exist, stock is held, and payment is due by paymentExpiresAt' })
export class CheckoutPlaced {
  @Field(() => Checkout) checkout!: Checkout;
  @Field(() => [CustomerOrder], { description: 'One per fulfilling store (拆单)' }) orders!: CustomerOrder[];
  @Field(() => Boolean, { description: 'True when this answers a retry of an earlier request with the same key' }) replayed!: boolean;
}

export const CheckoutResult = createUnionType({
  name: 'CheckoutResult',
  types: () =>
    [
      CheckoutPlaced,
      NoStoreAvailable,
      OutOfStockError,
      UnknownSkuError,
      StoreNotFoundError,
      PriceChangedError,
      BelowMinimumOrderError,
      IdempotencyKeyReusedError,
      AddressNotFoundError,
      PickupSlotUnavailableError,
      CouponNotUsableError,
      FlashSaleUnavailableError,
      CheckoutSpansClustersError,
      GroupBuyUnavailableError,
    ] as const,
});
