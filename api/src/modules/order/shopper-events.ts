// Live events of a shopper's own orders (myOrderEvents), over the same Redis pub/sub as the stores' events:
// every step of an order tells its shopper after commit; after-sales decisions are told the same way.
import type { SubscribeResolverData } from 'type-graphql';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { forbidden, unauthenticated } from '../../common/errors';
import type { Context } from './order.context';
import { Role } from '../auth/auth.entity';
import type { Effects } from '../../common/effects';
import { OrderEvent, OrderState } from './order-states';
import type { StepListener, StepRecord } from './order-steps';

export const SHOPPER_ORDERS_TOPIC = 'SHOPPER_ORDERS';

export enum ShopperOrderEventKind {
  /** The order moved a step (paid, accepted, ready, handed over, delivered, cancelled, refunded, moved to another store). */
  UPDATED = 'UPDATED',
  /** Part of the order was refunded; its state stays. */
  PARTLY_REFUNDED = 'PARTLY_REFUNDED',
  AFTER_SALE_REQUESTED = 'AFTER_SALE_REQUESTED',
  AFTER_SALE_APPROVED = 'AFTER_SALE_APPROVED',
  AFTER_SALE_DECLINED = 'AFTER_SALE_DECLINED',
}
registerEnumType(ShopperOrderEventKind, { name: 'ShopperOrderEventKind' });

@ObjectType({ description: 'Something happened to one of your orders; load `order` for the details' })
export class ShopperOrderEvent {
  @Field(() => ShopperOrderEventKind) kind!: ShopperOrderEventKind;
  @Field(() => ID) orderId!: string;
  @Field(() => OrderState) state!: OrderState;
  @Field(() => Date) at!: Date;
  @Field(() => ID, { nullable: true, description: 'The after-sales request, for AFTER_SALE_* events' }) afterSaleId?: string | null;
}

/** Tells the shopper of every applied step, once it has committed. */
export class ShopperEventsListener implements StepListener {
  async afterStep(_tx: EntityManager, step: StepRecord, effects: Effects): Promise<void> {
    const partial = step.transition.event === OrderEvent.REFUND && step.refund && !step.refund.whole;
    effects.shopperEvent(step.order.shopperId, {
      kind: partial ? ShopperOrderEventKind.PARTLY_REFUNDED : ShopperOrderEventKind.UPDATED,
      orderId: step.order.id,
      state: step.order.state,
      at: step.at.toISOString(),
    });
  }
}

/** A shopper follows their own orders only; the channel is chosen by the token, never by an argument. */
export function subscribeShopperOrders({ context }: SubscribeResolverData<unknown, object, Context>) {
  if (context.viewer.role === null) throw unauthenticated();
  if (context.viewer.role !== Role.SHOPPER) throw forbidden('Only shoppers follow their own orders');
  return context.pubSub.subscribe(SHOPPER_ORDERS_TOPIC, context.viewer.shopperId);
}
