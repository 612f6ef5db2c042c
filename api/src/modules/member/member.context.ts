// What the member module's resolvers see of a request: the services they call.
import type { RequestContext } from '../../common/context';
import type { MemberAdminService } from './member-admin.service';
import type { MemberCodeService } from './member.service';
import type { MembershipService } from './membership.service';
import type { PaidPlanService } from './paid-plan.service';

export type Context = RequestContext<{
  memberCodes: MemberCodeService;
  membership: MembershipService;
  memberAdmin: MemberAdminService;
  paidPlans: PaidPlanService;
}>;
