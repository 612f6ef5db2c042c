// What the store module's resolvers see of a request: the services they call and the dataloaders they read.
import type { RequestContext } from '../../common/context';
import type { StoreLoaders } from './store.loaders';
import type { StoreGroupService } from './store-group.service';
import type { StoreService } from './store.service';

export type Context = RequestContext<{ store: StoreService; storeGroups: StoreGroupService }, StoreLoaders>;
