// Builds the GraphQL schema from the resolvers; the checked-in SDL is printed from this.
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, type PubSub } from 'type-graphql';
import { createPubSub } from '@graphql-yoga/subscription';
import { authChecker } from './common/auth-checker';
import { argumentValidator, rememberValidationRules } from './common/validation-metadata';
import { AuthResolver, MeFieldResolver } from './modules/auth/auth.resolver';
import { StaffResolver } from './modules/auth/staff.resolver';
import {
  CategoryResolver,
  ProductCategoriesResolver,
  ProductPictureResolver,
  ProductResolver,
  SkuResolver,
} from './modules/catalog/catalog.resolver';
import { CatalogAdminResolver } from './modules/catalog/catalog-admin.resolver';
import { StockLevelResolver, StockMovementResolver } from './modules/inventory/inventory.resolver';
import { RoutingResolver, routingStoreFieldResolvers } from './modules/routing/routing.resolver';
import { StoreResolver } from './modules/store/store.resolver';
import { StoreGroupResolver } from './modules/store/store-group.resolver';
import {
  CheckoutFieldResolver,
  CustomerOrderFieldResolver,
  OrderResolver,
  OrderTransitionFieldResolver,
  RefundFieldResolver,
} from './modules/order/order.resolver';
import { PaymentResolver } from './modules/payment/payment.resolver';
import { CounterSaleResolver } from './modules/payment/counter-sale.resolver';
import { SettlementResolver } from './modules/settlement/settlement.resolver';
import { MemberCodeResolver } from './modules/member/member.resolver';
import { MemberLevelResolver } from './modules/member/member-level.resolver';
import { PaidPlanResolver } from './modules/member/paid-plan.resolver';
import { MembershipPurchaseResolver } from './modules/payment/membership-purchase.resolver';
import { OrderProfitSharingResolver, ProfitSharingResolver } from './modules/settlement/profit-sharing.resolver';
import { PickupOrderFieldResolver, PickupResolver, PickupVerifiedFieldResolver } from './modules/pickup/pickup.resolver';
import { PointsResolver } from './modules/points/points.resolver';
import { FailedWorkResolver } from './modules/reliability/failed-work.resolver';
import { DashboardResolver } from './modules/dashboard/dashboard.resolver';
import { AddressResolver } from './modules/address/address.resolver';
import { OrderPickupSlotResolver } from './modules/order/order-pickup-slot.resolver';
import { OrderGroupBuyResolver } from './modules/order/order-group-buy.resolver';
import { CheckoutQuoteResolver } from './modules/order/checkout-quote.resolver';
import { PickupSlotResolver } from './modules/slots/slots.resolver';
import { AfterSaleResolver, OrderAfterSalesResolver } from './modules/aftersale/aftersale.resolver';
import { SubscriptionResolver } from './modules/notify/subscriptions.resolver';
import { PromotionResolver } from './modules/promotion/promotion.resolver';
import { CouponIssuanceResolver } from './modules/promotion/issuance.resolver';
import { FlashSaleResolver } from './modules/promotion/flash-sale.resolver';
import { GroupBuyResolver } from './modules/promotion/group-buy.resolver';
import { ReferralResolver } from './modules/referral/referral.resolver';

/** class-validator's options for every argument (unknown values allowed; type-graphql skips missing properties). */
const VALIDATION = { forbidUnknownValues: false };

/** The pub/sub carries subscription events; printing the schema needs none, so it gets an in-process one. */
export function buildApiSchema(pubSub: PubSub = createPubSub() as unknown as PubSub): Promise<GraphQLSchema> {
  rememberValidationRules();
  return buildSchema({
    resolvers: [
      PromotionResolver,
      CouponIssuanceResolver,
      FlashSaleResolver,
      GroupBuyResolver,
      AuthResolver,
      MeFieldResolver,
      StaffResolver,
      StoreResolver,
      StoreGroupResolver,
      ProductResolver,
      CategoryResolver,
      ProductCategoriesResolver,
      ProductPictureResolver,
      CatalogAdminResolver,
      SkuResolver,
      StockLevelResolver,
      StockMovementResolver,
      RoutingResolver,
      ...routingStoreFieldResolvers,
      OrderResolver,
      CustomerOrderFieldResolver,
      CheckoutFieldResolver,
      OrderTransitionFieldResolver,
      RefundFieldResolver,
      PaymentResolver,
      CounterSaleResolver,
      SettlementResolver,
      MemberCodeResolver,
      MemberLevelResolver,
      PaidPlanResolver,
      MembershipPurchaseResolver,
      ProfitSharingResolver,
      OrderProfitSharingResolver,
      PickupResolver,
      PickupOrderFieldResolver,
      PickupVerifiedFieldResolver,
      PointsResolver,
      FailedWorkResolver,
      DashboardResolver,
      AddressResolver,
      PickupSlotResolver,
      OrderPickupSlotResolver,
      OrderGroupBuyResolver,
      CheckoutQuoteResolver,
      AfterSaleResolver,
      OrderAfterSalesResolver,
      SubscriptionResolver,
      ReferralResolver,
    ] as unknown as [Function, ...Function[]],
    pubSub,
    authChecker,
    validate: VALIDATION,
    // type-graphql's own validation, with class-validator imported once (common/validation-metadata.ts).
    validateFn: argumentValidator(VALIDATION),
  });
}

export function printApiSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
