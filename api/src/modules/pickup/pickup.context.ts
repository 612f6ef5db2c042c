// What the pickup module's resolvers see of a request: the services they call.
import type { RequestContext } from '../../common/context';
import type { PickupLockouts } from './pickup-lockouts';
import type { PickupService } from './pickup.service';

export type Context = RequestContext<{ pickup: PickupService; pickupLockouts: PickupLockouts }>;
