// What the slots module's resolvers see of a request: the services they call, and the store loader (an order's slot
// is told in its store's time zone).
import type { RequestContext } from '../../common/context';
import type { StoreLoaders } from '../store/store.loaders';
import type { PickupSlotService } from './slots.service';

export type Context = RequestContext<{ slots: PickupSlotService }, StoreLoaders>;
