// Revenue splits over GraphQL: HQ's rule sets, the settlement report, a shopper's home store.
import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from './settlement.context';
import { Role } from '../auth/auth.entity';
import { actorName } from '../../common/viewer';
import {
  BindHomeStoreResult,
  BindShopperResult,
  MemberCode,
  PeriodArgs,
  PreviewArgs,
  SettlementReport,
  SplitPreviewResult,
  SplitRuleSet,
  SplitRuleSetInput,
  SplitRuleSetResult,
} from './settlement.types';

@Resolver()
export class SettlementResolver {
  @Authorized(Role.HQ_ADMIN)
  @Mutation(() => SplitRuleSetResult, { description: 'A new draft rule set (unknown stores, groups or categories are rejected)' })
  createSplitRuleSet(@Arg('input', () => SplitRuleSetInput) input: SplitRuleSetInput, @Ctx() ctx: Context) {
    return ctx.services.ruleSets.create(input, actorName(ctx.viewer));
  }

  @Authorized(Role.HQ_ADMIN)
  @Mutation(() => SplitRuleSetResult, { description: "Replace a draft's name and rules; published versions are frozen" })
  updateSplitRuleSet(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => SplitRuleSetInput) input: SplitRuleSetInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.ruleSets.update(id, input);
  }

  @Authorized(Role.HQ_ADMIN)
  @Mutation(() => SplitRuleSetResult, {
    description: 'Validate and freeze a draft as the next version, for orders paid from effectiveAt (default now)',
  })
  publishSplitRuleSet(
    @Arg('id', () => ID) id: string,
    @Arg('effectiveAt', () => Date, { nullable: true }) effectiveAt: Date | undefined,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.ruleSets.publish(id, effectiveAt, actorName(ctx.viewer));
  }

  @Authorized(Role.HQ_ADMIN)
  @Query(() => [SplitRuleSet], { description: 'Rule sets, newest version first, then drafts (at most 100)' })
  splitRuleSets(@Ctx() ctx: Context) {
    return ctx.services.ruleSets.list();
  }

  @Authorized(Role.HQ_ADMIN)
  @Query(() => SplitPreviewResult, {
    description: 'What each store would have received under this set for the orders completed in the period',
  })
  previewSplitRuleSet(@Args(() => PreviewArgs) args: PreviewArgs, @Ctx() ctx: Context) {
    return ctx.services.ruleSets.preview(args.ruleSetId, args);
  }

  @Authorized(Role.HQ_ADMIN, Role.CLERK)
  @Query(() => SettlementReport, { description: 'Per store and business day from the ledger: HQ sees every store, a clerk their own' })
  settlementReport(@Args(() => PeriodArgs) args: PeriodArgs, @Ctx() ctx: Context) {
    return ctx.services.settlement.report(ctx.viewer, args);
  }

  @Authorized(Role.SHOPPER)
  @Mutation(() => BindHomeStoreResult, { description: 'Bind to the store whose QR code was scanned (一客一码); the first bind stays' })
  bindHomeStore(@Arg('storeCode', () => String) storeCode: string, @Ctx() ctx: Context) {
    const shopperId = (ctx.viewer as { shopperId: string }).shopperId;
    return ctx.services.settlement.bindHomeStore(shopperId, storeCode, actorName(ctx.viewer));
  }

  @Authorized(Role.CLERK)
  @Mutation(() => BindShopperResult, {
    description:
      "Sign up the shopper who shows their member code (myMemberCode: the digits or the QR token) to the clerk's store; the first bind stays (another store's member: MemberCodeAlreadyUsedError, and nothing more)",
  })
  bindShopperToStore(@Arg('memberCode', () => String) memberCode: string, @Ctx() ctx: Context) {
    const storeId = (ctx.viewer as { storeId: string }).storeId;
    return ctx.services.settlement.bindShopperToStore(memberCode, storeId, actorName(ctx.viewer));
  }

  @Authorized(Role.SHOPPER)
  @Query(() => MemberCode, { description: 'A member code to show at the counter (一客一码), valid for a minute: ask again each minute' })
  myMemberCode(@Ctx() ctx: Context) {
    return ctx.services.settlement.memberCode((ctx.viewer as { shopperId: string }).shopperId);
  }
}
