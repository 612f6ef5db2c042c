// What the slots module's resolvers see of a request: the services they call.
import type { RequestContext } from '../../common/context';
import type { PickupSlotService } from './slots.service';

export type Context = RequestContext<{ slots: PickupSlotService }>;
