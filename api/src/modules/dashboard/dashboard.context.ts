// What the dashboard module's resolvers see of a request: the services they call.
import type { RequestContext } from '../../common/context';
import type { DashboardService } from './dashboard.service';

export type Context = RequestContext<{ dashboard: DashboardService }>;
