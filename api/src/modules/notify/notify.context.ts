// What the notify module's resolvers see of a request: the services they call.
import type { RequestContext } from '../../common/context';
import type { SubscriptionService } from './subscriptions.service';

export type Context = RequestContext<{ subscriptions: SubscriptionService }>;
