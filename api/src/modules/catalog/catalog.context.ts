// What the catalog module's resolvers see of a request: the services they call and the dataloaders they read.
import type { RequestContext } from '../../common/context';
import type { StoreLoaders } from '../store/store.loaders';
import type { CatalogLoaders } from './catalog.loaders';
import type { CatalogAdminService } from './catalog-admin.service';
import type { CatalogService } from './catalog.service';
import type { PictureService } from './picture.service';

export type Context = RequestContext<
  { catalog: CatalogService; catalogAdmin: CatalogAdminService; pictures: PictureService },
  CatalogLoaders & StoreLoaders
>;
