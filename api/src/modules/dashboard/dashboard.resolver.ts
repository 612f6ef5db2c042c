// HQ's dashboard over GraphQL.
import { Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from './dashboard.context';
import { Role } from '../auth/auth.entity';
import { Dashboard, DashboardArgs, DashboardRefresh } from './dashboard.types';

@Resolver()
export class DashboardResolver {
  @Authorized(Role.HQ_ADMIN)
  @Query(() => Dashboard, { description: 'The business at a glance for a period, chain-wide or one store (from rollups; see refreshedAt)' })
  dashboard(@Args(() => DashboardArgs) args: DashboardArgs, @Ctx() ctx: Context) {
    return ctx.services.dashboard.dashboard(args);
  }

  @Authorized(Role.HQ_ADMIN)
  @Mutation(() => DashboardRefresh, { description: "Bring the dashboard's figures up to date now" })
  refreshDashboard(@Ctx() ctx: Context) {
    return ctx.services.dashboard.refresh();
  }
}
