// GraphQL shapes of HQ's promotion screens: the list, the simulation over last week, the live view.
import { ArgsType, createUnionType, Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection, PageArgs } from '../../common/pagination';
import { PromotionNotFoundError } from './promotion.errors';
import { Promotion, PromotionKind, PromotionStatus } from './promotion.types';

@ObjectType()
export class PromotionConnection extends Connection(Promotion) {}

@ArgsType()
export class PromotionListArgs extends PageArgs {
  @Field(() => PromotionStatus, { nullable: true }) status?: PromotionStatus | null;
  @Field(() => PromotionKind, { nullable: true }) kind?: PromotionKind | null;
}

@ObjectType({ description: "One store's part of what a promotion gave (or would have given)" })
export class PromotionStoreCost {
  @Field(() => ID) storeId!: string;
  @Field(() => String) storeCode!: string;
  @Field(() => String) storeName!: string;
  @Field(() => Int, { description: 'Orders of this store it took money off' }) orders!: number;
  @Field(() => Int) discountFen!: number;
  @Field(() => Int, { description: 'Of the discount, what HQ bears' }) hqFen!: number;
  @Field(() => Int, { description: 'Of the discount, what the store bears' }) storeFen!: number;
}

@ObjectType({
  description:
    'The promotion priced, by the checkout pipeline and alone, onto every checkout paid in the window (at the prices they were ' +
    'sold at), in payment order so budgets and limits run out as they would have',
})
export class PromotionSimulation {
  @Field(() => Date) from!: Date;
  @Field(() => Date) to!: Date;
  @Field(() => Int, { description: 'Checkouts paid in the window' }) checkouts!: number;
  @Field(() => Int, { description: 'Checkouts it would have taken money off' }) qualifiedCheckouts!: number;
  @Field(() => Int, { description: 'Orders (one per store of a checkout) it would have taken money off' }) qualifiedOrders!: number;
  @Field(() => Int) discountFen!: number;
  @Field(() => Int) hqFen!: number;
  @Field(() => Int) storeFen!: number;
  @Field(() => [PromotionStoreCost]) byStore!: PromotionStoreCost[];
}

@ObjectType({ description: 'What a promotion has given so far, on paid orders (cancelled ones left out)' })
export class PromotionStats {
  @Field(() => Promotion) promotion!: Promotion;
  @Field(() => Int, { description: 'Coupons claimed' }) claimed!: number;
  @Field(() => Int, { description: 'Coupons used on paid orders' }) used!: number;
  @Field(() => Int, { description: 'Coupons on checkouts not paid yet' }) locked!: number;
  @Field(() => Int, { description: 'Paid orders it took money off' }) orders!: number;
  @Field(() => Int) discountFen!: number;
  @Field(() => Int) hqFen!: number;
  @Field(() => Int) storeFen!: number;
  @Field(() => Int, { nullable: true, description: 'Budget in fen still to spend; null without a fen budget' }) budgetLeftFen!:
    number | null;
  @Field(() => Int, { nullable: true, description: 'Uses still allowed; null without a budget in uses' }) usesLeft!: number | null;
  @Field(() => [PromotionStoreCost]) byStore!: PromotionStoreCost[];
  @Field(() => Date, { description: 'When these figures were read' }) at!: Date;
}

export const PromotionSimulationResult = createUnionType({
  name: 'PromotionSimulationResult',
  types: () => [PromotionSimulation, PromotionNotFoundError] as const,
});

export const PromotionStatsResult = createUnionType({
  name: 'PromotionStatsResult',
  types: () => [PromotionStats, PromotionNotFoundError] as const,
});
