// Checkout and order operations (paying is payment.resolver.ts); every body is one service call.
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { PageArgs } from '../../common/pagination';
import type { Context } from './order.context';
import { publicActor } from '../auth/shopper-ref';
import { Role } from '../auth/auth.entity';
import { Store } from '../store/store.entity';
import { CheckoutInput, CheckoutResult } from './checkout.types';
import { Checkout, CustomerOrder, OrderLine, OrderTransitionRecord, Refund } from './order.entity';
import { nextActions, OrderAction } from './order-actions';
import { actorOf } from './order.service';
import {
  ClerkDiscountNote,
  OrderConnection,
  OrderStepResult,
  RefundOrderInput,
  StoreOrderEvent,
  StoreOrdersArgs,
  StoreStepEvent,
} from './order.types';
import { subscribeStoreOrders } from './store-events';
import { ShopperOrderEvent, subscribeShopperOrders } from './shopper-events';

const shopperId = (ctx: Context) => (ctx.viewer as { shopperId: string }).shopperId;

@Resolver()
export class OrderResolver {
  @Authorized(Role.SHOPPER)
  @Mutation(() => CheckoutResult, { description: 'Place the cart: routed, priced on the server, stock held until paid or timed out' })
  checkout(@Arg('input', () => CheckoutInput) input: CheckoutInput, @Ctx() ctx: Context) {
    return ctx.services.checkout.checkout(shopperId(ctx), input);
  }

  @Authorized(Role.SHOPPER)
  @Mutation(() => OrderStepResult, { description: 'Unpaid: cancels the whole checkout. Paid and not yet accepted: refunds the order.' })
  cancelOrder(
    @Arg('orderId', () => ID) orderId: string,
    @Arg('reason', () => String, { nullable: true }) reason: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.order.cancel(ctx.viewer, orderId, reason);
  }

  @Authorized(Role.SHOPPER)
  @Mutation(() => OrderStepResult, { description: 'The shopper confirms they have the goods' })
  confirmReceipt(@Arg('orderId', () => ID) orderId: string, @Ctx() ctx: Context) {
    return ctx.services.order.confirmReceipt(ctx.viewer, orderId);
  }

  @Authorized(Role.CLERK, Role.HQ_ADMIN)
  @Mutation(() => OrderStepResult, { description: 'Move an order of your store one step on' })
  advanceOrder(
    @Arg('orderId', () => ID) orderId: string,
    @Arg('event', () => StoreStepEvent) event: StoreStepEvent,
    @Arg('reason', () => String, { nullable: true }) reason: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.order.advance(ctx.viewer, orderId, event, reason);
  }

  @Authorized(Role.CLERK, Role.HQ_ADMIN)
  @Mutation(() => OrderStepResult, { description: 'Turn down a paid order: it moves to the next store that can serve it, or is refunded' })
  rejectOrder(@Arg('orderId', () => ID) orderId: string, @Arg('reason', () => String) reason: string, @Ctx() ctx: Context) {
    return ctx.services.order.reject(ctx.viewer, orderId, reason);
  }

  @Authorized(Role.CLERK, Role.HQ_ADMIN)
  @Mutation(() => OrderStepResult, { description: 'Refund some lines or the whole order; goods not yet handed over go back on sale' })
  refundOrder(@Arg('input', () => RefundOrderInput) input: RefundOrderInput, @Ctx() ctx: Context) {
    return ctx.services.order.refund(ctx.viewer, input);
  }

  @Authorized()
  @Query(() => CustomerOrder, { nullable: true })
  order(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.order.order(ctx.viewer, id);
  }

  @Authorized(Role.SHOPPER)
  @Query(() => OrderConnection, { description: 'Your orders, newest first' })
  myOrders(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.order.myOrders(ctx.viewer, args);
  }

  @Authorized(Role.CLERK, Role.HQ_ADMIN)
  @Query(() => OrderConnection, { description: "A store's orders, newest first; by default those still to be worked on" })
  storeOrders(@Args(() => StoreOrdersArgs) args: StoreOrdersArgs, @Ctx() ctx: Context) {
    return ctx.services.order.storeOrders(ctx.viewer, args);
  }

  @Subscription(() => StoreOrderEvent, {
    description: "Live events of one store's orders: new, re-routed in or out, cancelled, updated. Clerks: own store only.",
    subscribe: subscribeStoreOrders,
  })
  storeOrderEvents(@Arg('storeId', () => ID) _storeId: string, @Root() event: StoreOrderEvent): StoreOrderEvent {
    return Object.assign(new StoreOrderEvent(), event, { at: new Date(event.at) });
  }

  @Subscription(() => ShopperOrderEvent, {
    description: 'Live events of your own orders (shoppers): every step, partial refunds and after-sales decisions',
    subscribe: subscribeShopperOrders,
  })
  myOrderEvents(@Root() event: ShopperOrderEvent): ShopperOrderEvent {
    return Object.assign(new ShopperOrderEvent(), event, { at: new Date(event.at), afterSaleId: event.afterSaleId ?? null });
  }
}

@Resolver(() => CustomerOrder)
export class CustomerOrderFieldResolver {
  @FieldResolver(() => Store)
  store(@Root() order: CustomerOrder, @Ctx() ctx: Context) {
    return ctx.loaders.store.load(order.storeId);
  }

  @FieldResolver(() => [OrderAction], { description: 'What you may do with this order now, by its state, its fulfilment and who you are' })
  nextActions(@Root() order: CustomerOrder, @Ctx() ctx: Context): OrderAction[] {
    return nextActions(order, actorOf(ctx.viewer).kind);
  }

  @FieldResolver(() => [OrderLine])
  lines(@Root() order: CustomerOrder, @Ctx() ctx: Context) {
    return ctx.loaders.orderLines.load(order.id);
  }

  @Authorized(Role.CLERK, Role.HQ_ADMIN)
  @FieldResolver(() => [ClerkDiscountNote], {
    description: 'Staff: the clerk’s 改价 and 整单折扣 on this sale, who gave them, from what to what',
  })
  async clerkDiscounts(@Root() order: CustomerOrder, @Ctx() ctx: Context) {
    return ctx.services.order.clerkDiscounts(await ctx.loaders.orderLines.load(order.id));
  }

  @FieldResolver(() => [OrderTransitionRecord], { description: 'Every step so far, oldest first' })
  transitions(@Root() order: CustomerOrder, @Ctx() ctx: Context) {
    return ctx.loaders.orderTransitions.load(order.id);
  }

  @FieldResolver(() => Checkout, {
    description: 'The checkout it was paid in: its channel (ONLINE or COUNTER) and, for a counter sale, the tender and change',
  })
  async checkout(@Root() order: CustomerOrder, @Ctx() ctx: Context) {
    return (await ctx.loaders.checkouts.load(order.checkoutId))!;
  }

  @FieldResolver(() => [Refund])
  refunds(@Root() order: CustomerOrder, @Ctx() ctx: Context) {
    return ctx.loaders.orderRefunds.load(order.id);
  }
}

/** Logs staff read name shoppers by an opaque reference, never by id (see shopper-ref.ts). */
@Resolver(() => OrderTransitionRecord)
export class OrderTransitionFieldResolver {
  @FieldResolver(() => String, { description: 'Who: staff:<username>, system:<job>, or shopper:<opaque reference>' })
  actor(@Root() transition: OrderTransitionRecord): string {
    return publicActor(transition.actor);
  }
}

@Resolver(() => Refund)
export class RefundFieldResolver {
  @FieldResolver(() => String, { description: 'Who: staff:<username>, system:<job>, or shopper:<opaque reference>' })
  actor(@Root() refund: Refund): string {
    return publicActor(refund.actor);
  }
}

@Resolver(() => Checkout)
export class CheckoutFieldResolver {
  @FieldResolver(() => [CustomerOrder])
  orders(@Root() checkout: Checkout, @Ctx() ctx: Context) {
    return ctx.loaders.ordersByCheckout.load(checkout.id);
  }
}
