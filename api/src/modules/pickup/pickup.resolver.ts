// Pickup at the counter (clerks), the shopper's code, and the audit log (HQ); every body is one service call.
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from './pickup.context';
import { Role } from '../auth/auth.entity';
import { actorName, type Viewer } from '../../common/viewer';
import { CustomerOrder } from '../order/order.entity';
import {
  PickupAttemptConnection,
  PickupAttemptsArgs,
  PickupCode,
  PickupLockout,
  PickupCodeResult,
  PickupPreviewResult,
  PickupProofInput,
  PickupVerified,
  VerifyPickupResult,
} from './pickup.types';

const clerk = (ctx: Context) => ctx.viewer as Extract<Viewer, { role: Role.CLERK }>;

@Resolver()
export class PickupResolver {
  @Authorized(Role.CLERK)
  @Query(() => PickupPreviewResult, {
    description: "Check a shopper's code or QR before handing over: the order's lines, masked contact, state, deadline",
  })
  pickupPreview(@Arg('input', () => PickupProofInput) input: PickupProofInput, @Ctx() ctx: Context) {
    return ctx.services.pickup.preview(clerk(ctx), input);
  }

  @Authorized(Role.CLERK)
  @Mutation(() => VerifyPickupResult, {
    description: 'Hand a pickup order over against its code or QR: single use, own store only, rate limited',
  })
  verifyPickup(@Arg('input', () => PickupProofInput) input: PickupProofInput, @Ctx() ctx: Context) {
    return ctx.services.pickup.verify(clerk(ctx), input);
  }

  @Authorized(Role.SHOPPER)
  @Mutation(() => PickupCodeResult, { description: 'Show the pickup code again (issuing it if the order has none yet)' })
  resendPickupCode(@Arg('orderId', () => ID) orderId: string, @Ctx() ctx: Context) {
    return ctx.services.pickup.resend(ctx.viewer, orderId);
  }

  @Authorized(Role.SHOPPER)
  @Mutation(() => PickupCodeResult, { description: 'A new pickup code and QR; the old ones stop working at once' })
  regeneratePickupCode(@Arg('orderId', () => ID) orderId: string, @Ctx() ctx: Context) {
    return ctx.services.pickup.regenerate(ctx.viewer, orderId);
  }

  @Authorized(Role.HQ_ADMIN)
  @Query(() => [PickupLockout], { description: 'Clerks and stores locked out of typed codes now (at most 100), latest to end first' })
  pickupLockouts(@Arg('storeId', () => ID, { nullable: true }) storeId: string | null, @Ctx() ctx: Context) {
    return ctx.services.pickupLockouts.list(storeId ?? null);
  }

  @Authorized(Role.HQ_ADMIN)
  @Mutation(() => Boolean, { description: "Lift a clerk's lockout (with staffId) or their store's; audited. False when none was in force" })
  unlockPickupLockout(
    @Arg('storeId', () => ID) storeId: string,
    @Arg('staffId', () => ID, { nullable: true }) staffId: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.pickupLockouts.unlock(storeId, staffId ?? null, actorName(ctx.viewer));
  }

  @Authorized(Role.HQ_ADMIN)
  @Query(() => PickupAttemptConnection, { description: 'Every pickup check, good or bad, newest first' })
  pickupAttempts(@Args(() => PickupAttemptsArgs) args: PickupAttemptsArgs, @Ctx() ctx: Context) {
    return ctx.services.pickup.attempts(args);
  }
}

@Resolver(() => CustomerOrder)
export class PickupOrderFieldResolver {
  @FieldResolver(() => PickupCode, {
    nullable: true,
    description: "The pickup code and QR; only the order's shopper sees it, while it is live",
  })
  pickupCode(@Root() order: CustomerOrder, @Ctx() ctx: Context) {
    return ctx.services.pickup.shopperCode(ctx.viewer, order);
  }
}

@Resolver(() => PickupVerified)
export class PickupVerifiedFieldResolver {
  @FieldResolver(() => CustomerOrder, { description: 'The order as the hand-over left it' })
  order(@Root() verified: PickupVerified): CustomerOrder {
    return verified.handedOver;
  }
}
