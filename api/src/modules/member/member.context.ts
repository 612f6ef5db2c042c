// What the member module's resolvers see of a request: the services they call.
import type { RequestContext } from '../../common/context';
import type { MemberCodeService } from './member.service';

export type Context = RequestContext<{ memberCodes: MemberCodeService }>;
