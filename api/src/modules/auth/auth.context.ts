// What the auth module's resolvers see of a request: the services they call.
import type { RequestContext } from '../../common/context';
import type { AuthService } from './auth.service';
import type { StaffAdminService } from './staff-admin.service';
import type { StaffAuthService } from './staff-auth.service';

export type Context = RequestContext<{ auth: AuthService; staffAuth: StaffAuthService; staffAdmin: StaffAdminService }>;
