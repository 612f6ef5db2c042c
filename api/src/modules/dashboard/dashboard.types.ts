// The dashboard as GraphQL: one period's figures for the chain or one store, by day, by hour, top products, stores ranked.
import { ArgsType, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { IsOptional } from 'class-validator';
import { GraphQLLocalDate, GraphQLSafeInt } from 'graphql-scalars';

@ArgsType()
export class DashboardArgs {
  @Field(() => GraphQLLocalDate, { description: "First day, in the chain's time zone (CHAIN_TIME_ZONE)" }) from!: string;
  @Field(() => GraphQLLocalDate, { description: 'Last day, included (at most 92 days after from)' }) to!: string;
  @Field(() => ID, { nullable: true, description: 'One store; the whole chain when absent' }) @IsOptional() storeId?: string;
}

@ObjectType({ description: 'Orders paid in the period, as they stand now (later refunds and hand-overs included)' })
export class DashboardFigures {
  @Field(() => Int, { description: 'Orders paid in the period' }) orders!: number;
  @Field(() => GraphQLSafeInt, { description: 'What those orders charged (goods and delivery fees), refunds not deducted' })
  gmvFen!: number;
  @Field(() => Int, { nullable: true, description: 'GMV per order, rounded to the fen; null without orders' }) averageOrderFen!:
    number | null;
  @Field(() => Int) deliveryOrders!: number;
  @Field(() => GraphQLSafeInt) deliveryGmvFen!: number;
  @Field(() => Int) pickupOrders!: number;
  @Field(() => GraphQLSafeInt) pickupGmvFen!: number;
  @Field(() => Int, { description: 'Pickup orders no longer waiting at the store (handed over, refunded or otherwise closed)' })
  pickupsSettled!: number;
  @Field(() => Int, { description: 'Pickup orders handed over no later than their pickup deadline' }) pickupsOnTime!: number;
  @Field(() => Float, { nullable: true, description: 'pickupsOnTime / pickupsSettled; null when none is settled' }) pickupOnTimeRate!:
    number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Median whole minutes from payment to acceptance (the lower median; 120 means two hours or more)',
  })
  medianMinutesToAccept!: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Median whole minutes from payment to ready for pickup or dispatched (lower median; 120 means two hours or more)',
  })
  medianMinutesToReady!: number | null;
  @Field(() => Int, { description: 'Orders turned down by a store or moved for not being accepted in time' }) reroutedOrders!: number;
  @Field(() => Float, { nullable: true, description: 'reroutedOrders / orders' }) reroutedRate!: number | null;
  @Field(() => Int, { description: 'Orders with any refund' }) refundedOrders!: number;
  @Field(() => GraphQLSafeInt) refundedFen!: number;
  @Field(() => GraphQLSafeInt, { description: "Payment provider's fee on those orders, from the ledger" }) feeFen!: number;
  @Field(() => GraphQLSafeInt, { description: "HQ's share of those orders, from the ledger (orders handed over so far)" })
  hqShareFen!: number;
  @Field(() => GraphQLSafeInt, { description: "Stores' shares (fulfilling and referring) of those orders, from the ledger" })
  storeShareFen!: number;
  @Field(() => GraphQLSafeInt, { description: 'Discounts and points HQ paid for on those orders, from the ledger' })
  hqPromotionCostFen!: number;
  @Field(() => GraphQLSafeInt, { description: 'Discounts the stores paid for on those orders, from the ledger' })
  storePromotionCostFen!: number;
}

@ObjectType()
export class DashboardDay {
  @Field(() => GraphQLLocalDate) day!: string;
  @Field(() => Int) orders!: number;
  @Field(() => GraphQLSafeInt) gmvFen!: number;
}

@ObjectType()
export class DashboardProduct {
  @Field(() => ID) skuId!: string;
  @Field(() => String) skuCode!: string;
  @Field(() => String) name!: string;
  @Field(() => GraphQLSafeInt, { description: 'Units sold, less units refunded' }) quantity!: number;
  @Field(() => GraphQLSafeInt) revenueFen!: number;
}

@ObjectType()
export class DashboardStore {
  @Field(() => Int, { description: '1 for the highest GMV' }) rank!: number;
  @Field(() => ID) storeId!: string;
  @Field(() => String) storeCode!: string;
  @Field(() => String) storeName!: string;
  @Field(() => String) city!: string;
  @Field(() => Int) orders!: number;
  @Field(() => GraphQLSafeInt) gmvFen!: number;
  @Field(() => Int, { nullable: true }) averageOrderFen!: number | null;
  @Field(() => Float, { nullable: true }) pickupOnTimeRate!: number | null;
  @Field(() => Float, { nullable: true }) reroutedRate!: number | null;
  @Field(() => GraphQLSafeInt) refundedFen!: number;
}

@ObjectType({ description: 'The business at a glance for a period' })
export class Dashboard {
  @Field(() => GraphQLLocalDate) from!: string;
  @Field(() => GraphQLLocalDate) to!: string;
  @Field(() => ID, { nullable: true }) storeId!: string | null;
  @Field(() => String, { description: 'The time zone days and hours are counted in' }) timeZone!: string;
  @Field(() => Date, {
    description: 'When the figures were last brought up to date (they lag the orders by at most DASHBOARD_MAX_AGE_SEC)',
  })
  refreshedAt!: Date;
  @Field(() => DashboardFigures) totals!: DashboardFigures;
  @Field(() => [Int], { description: 'Orders paid in each hour of the day, 0 to 23' }) ordersByHour!: number[];
  @Field(() => [DashboardDay], { description: 'Days with orders, in order' }) days!: DashboardDay[];
  @Field(() => [DashboardProduct], { description: 'The ten SKUs with the most units sold' }) topProducts!: DashboardProduct[];
  @Field(() => [DashboardStore], { description: 'Stores with orders, by GMV, highest first' }) stores!: DashboardStore[];
}

@ObjectType()
export class DashboardRefresh {
  @Field(() => Date) refreshedAt!: Date;
  @Field(() => [GraphQLLocalDate], { description: 'Days rebuilt because their orders changed' }) days!: string[];
}
