// What the order module's resolvers see of a request: the services they call and the dataloaders they read.
import type { RequestContext } from '../../common/context';
import type { StoreLoaders } from '../store/store.loaders';
import type { CheckoutService } from './checkout.service';
import type { CheckoutQuoteService } from './checkout-quote.service';
import type { OrderLoaders } from './order.loaders';
import type { OrderService } from './order.service';

export type Context = RequestContext<
  { checkout: CheckoutService; checkoutQuote: CheckoutQuoteService; order: OrderService },
  OrderLoaders & StoreLoaders
>;
