// HQ sees the work that gave up and sends it again.
import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { PageArgs } from '../../common/pagination';
import type { Context } from './reliability.context';
import { actorName } from '../../common/viewer';
import { Role } from '../auth/auth.entity';
import { FailedWork, FailedWorkConnection } from './failed-work.types';

@Resolver()
export class FailedWorkResolver {
  @Authorized(Role.HQ_ADMIN)
  @Query(() => FailedWorkConnection, {
    description: 'Jobs that gave up (attempts used up, or stalled too often), newest first; open ones only unless includeRetried',
  })
  failedWork(
    @Args() page: PageArgs,
    @Arg('includeRetried', () => Boolean, { defaultValue: false }) includeRetried: boolean,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.failedWork.list(page.first, page.after, includeRetried);
  }

  @Authorized(Role.HQ_ADMIN)
  @Mutation(() => FailedWork, {
    nullable: true,
    description: 'Run a failed job again from its first attempt; null when no open failed work has this id',
  })
  retryFailedWork(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.failedWork.retry(id, actorName(ctx.viewer));
  }
}
