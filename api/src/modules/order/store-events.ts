// Live store events over the shared pub/sub (Redis between processes): publish per store, subscribe per store,
// and only to a store the subscriber may manage.
import type { PubSub } from 'type-graphql';
import type { SubscribeResolverData } from 'type-graphql';
import { forbidden, unauthenticated } from '../../common/errors';
import type { Context } from './order.context';
import { canManageStore } from '../auth/store-access';
import type { ShopperOrderEventPayload, StoreEventPublisher, StoreOrderEventPayload } from '../../common/effects';
import { SHOPPER_ORDERS_TOPIC } from './shopper-events';

export const STORE_ORDERS_TOPIC = 'STORE_ORDERS';

export class PubSubStorePublisher implements StoreEventPublisher {
  constructor(private readonly pubSub: PubSub) {}

  publish(storeId: string, event: StoreOrderEventPayload): void {
    this.pubSub.publish(STORE_ORDERS_TOPIC, storeId, event);
  }

  publishShopper(shopperId: string, event: ShopperOrderEventPayload): void {
    this.pubSub.publish(SHOPPER_ORDERS_TOPIC, shopperId, event);
  }
}

/** Checked once when the subscription starts: a clerk of another store never gets a channel at all. */
export function subscribeStoreOrders({ args, context }: SubscribeResolverData<unknown, { storeId: string }, Context>) {
  if (context.viewer.role === null) throw unauthenticated();
  if (!canManageStore(context.viewer, args.storeId)) throw forbidden('You can only follow your own store');
  return context.pubSub.subscribe(STORE_ORDERS_TOPIC, args.storeId);
}
