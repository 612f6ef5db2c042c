// What the reliability module's resolvers see of a request: the services they call.
import type { RequestContext } from '../../common/context';
import type { FailedWorkService } from './failed-work.service';

export type Context = RequestContext<{ failedWork: FailedWorkService }>;
