// What the aftersale module's resolvers see of a request: the services they call and the dataloaders they read.
import type { RequestContext } from '../../common/context';
import type { AfterSaleLoaders } from './aftersale.loaders';
import type { AfterSaleService } from './aftersale.service';

export type Context = RequestContext<{ afterSale: AfterSaleService }, AfterSaleLoaders>;
