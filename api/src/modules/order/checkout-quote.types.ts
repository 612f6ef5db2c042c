// GraphQL shapes of the checkout quote: what the checkout would charge, every adjustment, why promotions did not
// apply, and the shopper's coupons for the cart (the best marked).
import { ArrayMaxSize, ArrayMinSize, IsOptional, Matches, ValidateNested } from 'class-validator';
import { createUnionType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { GeoPointInput } from '../../common/geo';
import { UnknownSkuError } from '../inventory/inventory.errors';
import { CouponNotUsableError, CouponProblem } from '../promotion/promotion.errors';
import { CartLineInput, FulfilmentType, MAX_CART_LINES, NoStoreAvailable } from '../routing/routing.types';
import { StoreNotFoundError } from '../store/store.errors';
import { AddressNotFoundError } from '../address/address.types';
import { FunderShare } from './order.entity';
import { BelowMinimumOrderError } from './order.errors';

/** What the checkout and its quote share: the cart, how it is fulfilled, and the promotions asked for. */
@InputType()
export class CheckoutCart {
  @Field(() => [CartLineInput]) @ArrayMinSize(1) @ArrayMaxSize(MAX_CART_LINES) @ValidateNested() lines!: CartLineInput[];
  @Field(() => FulfilmentType) fulfilment!: FulfilmentType;
  @Field(() => GeoPointInput, {
    nullable: true,
    description: 'DELIVERY: the address point. PICKUP: where the shopper is, unless storeId is given',
  })
  @ValidateNested()
  location?: GeoPointInput;
  @Field(() => ID, {
    nullable: true,
    description:
      'DELIVERY: a saved address (myAddresses); its point decides the zone, its text and contact go on the order. Instead of location + address',
  })
  addressId?: string;
  @Field(() => ID, { nullable: true, description: 'PICKUP: the store the shopper chose; omit for the nearest that has everything' })
  storeId?: string;
  @Field(() => Date, { nullable: true }) scheduledAt?: Date;
  @Field(() => ID, {
    nullable: true,
    description:
      'A coupon of the shopper (myCoupons). Checkout refuses one that does not apply with CouponNotUsableError naming why; the quote prices without it and says why in notApplied',
  })
  couponId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Pay part with points, as many as the rate and caps allow' })
  usePoints?: boolean | null;
  @Field(() => ID, {
    nullable: true,
    description:
      '秒杀: a flash item (flashBoard) its SKU line is bought at; checkout refuses with FlashSaleUnavailableError when it cannot be had',
  })
  flashItemId?: string | null;
  @Field(() => ID, {
    nullable: true,
    description:
      '拼团: the offer (groupBuyBoard) whose one unit this PICKUP cart buys at the group price; without groupId it starts a group at storeId. Refused with GroupBuyUnavailableError',
  })
  groupOfferId?: string | null;
  @Field(() => ID, { nullable: true, description: "拼团: the group to join (its share link's); the pickup store is the group's" })
  groupId?: string | null;
  @Field(() => String, {
    nullable: true,
    description: "The app's own id for this device, kept in its storage: a flash item's per-user limit holds per device too",
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{8,64}$/, { message: 'deviceId must be 8-64 characters of A-Z a-z 0-9 _ -' })
  deviceId?: string | null;
}

@InputType({ description: "The checkout's cart and choices, before placing: nothing is written" })
export class CheckoutQuoteInput extends CheckoutCart {}

@ObjectType({ description: 'One promotion (or the points) on a quoted line or delivery fee' })
export class QuoteAdjustment {
  @Field(() => String, { description: 'MEMBER_PRICE, FREE_DELIVERY (会员包邮), LINE_PRICE, FULL_REDUCTION, COUPON or POINTS' })
  kind!: string;
  @Field(() => ID, { nullable: true, description: 'The campaign or coupon template; none for points' }) promotionId!: string | null;
  @Field(() => String, { nullable: true }) promotionName!: string | null;
  @Field(() => Int) amountFen!: number;
  @Field(() => FunderShare) funder!: FunderShare;
}

@ObjectType()
export class QuoteLine {
  @Field(() => ID) skuId!: string;
  @Field(() => String) skuCode!: string;
  @Field(() => String) name!: string;
  @Field(() => Int) unitPriceFen!: number;
  @Field(() => Int) quantity!: number;
  @Field(() => Int) discountFen!: number;
  @Field(() => Int) pointsFen!: number;
  @Field(() => Int, { description: 'What the line costs in money: unit price × quantity less its discount and points' }) netFen!: number;
  @Field(() => [QuoteAdjustment]) adjustments!: QuoteAdjustment[];
}

@ObjectType({ description: 'The order one store would get (拆单)' })
export class QuoteOrder {
  @Field(() => ID) storeId!: string;
  @Field(() => Int) distanceM!: number;
  @Field(() => Int) goodsFen!: number;
  @Field(() => Int) deliveryFeeFen!: number;
  @Field(() => Int) discountFen!: number;
  @Field(() => Int) pointsFen!: number;
  @Field(() => Int) totalFen!: number;
  @Field(() => [QuoteLine]) lines!: QuoteLine[];
  @Field(() => [QuoteAdjustment], { description: '运费券 on this order’s delivery fee' }) deliveryAdjustments!: QuoteAdjustment[];
}

@ObjectType({ description: 'What one promotion (or the points) took off the whole checkout' })
export class AppliedPromotion {
  @Field(() => String) kind!: string;
  @Field(() => ID, { nullable: true }) promotionId!: string | null;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => Int) amountFen!: number;
}

@ObjectType({ description: 'A 满减 or the chosen coupon that did not apply, and why (还差 ¥12 可减 ¥10; 不适用于本店; 已过期)' })
export class PromotionNotApplied {
  @Field(() => String, { description: 'FULL_REDUCTION or COUPON' }) kind!: string;
  @Field(() => ID, { description: 'The campaign or coupon template' }) promotionId!: string;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => CouponProblem) code!: CouponProblem;
  @Field(() => String, { description: 'The reason as the shopper reads it' }) message!: string;
  @Field(() => Int, { nullable: true, description: 'BELOW_THRESHOLD: goods still to add' }) shortFen!: number | null;
  @Field(() => Int, { nullable: true, description: 'BELOW_THRESHOLD: what it would take off then' }) offFen!: number | null;
}

@ObjectType({ description: "One of the shopper's available coupons, tried on this cart" })
export class QuoteCoupon {
  @Field(() => ID) couponId!: string;
  @Field(() => ID) templateId!: string;
  @Field(() => String) name!: string;
  @Field(() => Boolean) usable!: boolean;
  @Field(() => Boolean, { description: 'The one that saves the most (the picker preselects it); at most one' }) best!: boolean;
  @Field(() => Int, { description: 'What it would take off this cart' }) savingFen!: number;
  @Field(() => CouponProblem, { nullable: true, description: 'Why it does not apply' }) problem!: CouponProblem | null;
  @Field(() => String, { nullable: true }) message!: string | null;
  @Field(() => Int, { nullable: true }) shortFen!: number | null;
  @Field(() => Date, { nullable: true }) validUntil!: Date | null;
}

@ObjectType({ description: 'What the checkout would charge for this cart now, priced exactly as placing it would be' })
export class CheckoutQuote {
  @Field(() => Int) goodsFen!: number;
  @Field(() => Int) deliveryFeeFen!: number;
  @Field(() => Int) discountFen!: number;
  @Field(() => Int) pointsUsed!: number;
  @Field(() => Int) pointsFen!: number;
  @Field(() => Int, { description: 'To pay in money' }) totalFen!: number;
  @Field(() => [QuoteOrder]) orders!: QuoteOrder[];
  @Field(() => [AppliedPromotion]) applied!: AppliedPromotion[];
  @Field(() => [PromotionNotApplied]) notApplied!: PromotionNotApplied[];
  @Field(() => [QuoteCoupon], { description: 'Your available coupons for this cart: usable first, most saving first' })
  coupons!: QuoteCoupon[];
  @Field(() => ID, { nullable: true, description: 'The coupon to preselect (the largest saving), if any applies' })
  bestCouponId!: string | null;
}

export const CheckoutQuoteResult = createUnionType({
  name: 'CheckoutQuoteResult',
  types: () =>
    [
      CheckoutQuote,
      NoStoreAvailable,
      UnknownSkuError,
      StoreNotFoundError,
      BelowMinimumOrderError,
      CouponNotUsableError,
      AddressNotFoundError,
    ] as const,
});
