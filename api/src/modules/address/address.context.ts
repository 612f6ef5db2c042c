// What the address module's resolvers see of a request: the services they call.
import type { RequestContext } from '../../common/context';
import type { AddressService } from './address.service';

export type Context = RequestContext<{ address: AddressService }>;
