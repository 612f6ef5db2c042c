// What the routing module's resolvers see of a request: the services they call and the dataloaders they read.
import type { RequestContext } from '../../common/context';
import type { CatalogLoaders } from '../catalog/catalog.loaders';
import type { StoreLoaders } from '../store/store.loaders';
import type { RoutingService } from './routing.service';

export type Context = RequestContext<{ routing: RoutingService }, StoreLoaders & CatalogLoaders>;
