// Counter devices and PINs (the store tablet), one's own password and PIN, and HQ's staff administration.
import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from './auth.context';
import { Role } from './auth.entity';
import {
  CounterDevice,
  CounterDeviceResult,
  EnrollDeviceInput,
  EnrollDeviceResult,
  PinUnlockInput,
  PinUnlockResult,
  RevokeDeviceResult,
  SetPinResult,
  SignInLockout,
  StaffAuditArgs,
  StaffAuditConnection,
  StaffMemberConnection,
  StaffMemberResult,
  StaffMembersArgs,
  StaffDiscountGrantInput,
} from './staff.types';
import { CreateStaffInput, CreateStaffResult, SignInLockScope, StaffLoginResult } from './auth.types';
import type { StaffViewer } from '../../common/viewer';

@Resolver()
export class StaffResolver {
  @Query(() => CounterDeviceResult, {
    description: "An enrolled device's lock screen: its store and the clerks who can unlock it (the device token is the credential)",
  })
  counterDevice(@Arg('deviceToken', () => String) deviceToken: string, @Ctx() ctx: Context) {
    return ctx.services.staffAuth.counterDevice(deviceToken);
  }

  @Mutation(() => PinUnlockResult, {
    description: "A clerk of the device's store unlocks it with their PIN: a session bound to that store and device",
  })
  unlockWithPin(@Arg('input', () => PinUnlockInput) input: PinUnlockInput, @Ctx() ctx: Context) {
    return ctx.services.staffAuth.unlockWithPin(input);
  }

  @Authorized(Role.CLERK, Role.HQ_ADMIN)
  @Mutation(() => SetPinResult, { description: 'Set your own counter PIN (4–6 digits); your password proves it is you' })
  setMyPin(@Arg('currentPassword', () => String) currentPassword: string, @Arg('pin', () => String) pin: string, @Ctx() ctx: Context) {
    return ctx.services.staffAuth.setMyPin(ctx.viewer as StaffViewer, currentPassword, pin);
  }

  @Authorized(Role.CLERK, Role.HQ_ADMIN)
  @Mutation(() => StaffLoginResult, { description: 'Change your password: every session of yours ends; the answer is a new one' })
  changeMyPassword(
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.staffAuth.changeMyPassword(ctx.viewer as StaffViewer, currentPassword, newPassword);
  }

  @Authorized(Role.HQ_ADMIN)
  @Query(() => StaffMemberConnection, { description: 'Staff by username, of one store or all' })
  staffMembers(@Args(() => StaffMembersArgs) args: StaffMembersArgs, @Ctx() ctx: Context) {
    return ctx.services.staffAdmin.staffMembers(args);
  }

  @Authorized(Role.HQ_ADMIN)
  @Mutation(() => CreateStaffResult)
  createStaff(@Arg('input', () => CreateStaffInput) input: CreateStaffInput, @Ctx() ctx: Context) {
    return ctx.services.staffAdmin.createStaff(input);
  }

  @Authorized(Role.HQ_ADMIN)
  @Mutation(() => StaffMemberResult, { description: 'The member can no longer sign in; their sessions end now' })
  disableStaff(@Arg('staffId', () => ID) staffId: string, @Ctx() ctx: Context) {
    return ctx.services.staffAdmin.disableStaff(staffId);
  }

  @Authorized(Role.HQ_ADMIN)
  @Mutation(() => StaffMemberResult)
  enableStaff(@Arg('staffId', () => ID) staffId: string, @Ctx() ctx: Context) {
    return ctx.services.staffAdmin.enableStaff(staffId);
  }

  @Authorized(Role.HQ_ADMIN)
  @Mutation(() => StaffMemberResult, { description: "Set a new password (at least 10 characters); the member's sessions end" })
  resetStaffPassword(@Arg('staffId', () => ID) staffId: string, @Arg('password', () => String) password: string, @Ctx() ctx: Context) {
    return ctx.services.staffAdmin.resetStaffPassword(staffId, password);
  }

  @Authorized(Role.HQ_ADMIN)
  @Mutation(() => StaffMemberResult, {
    description: "Set a new counter PIN, or clear it with null; the member's sessions end and their PIN lockout lifts",
  })
  resetStaffPin(
    @Arg('staffId', () => ID) staffId: string,
    @Arg('pin', () => String, { nullable: true }) pin: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.staffAdmin.resetStaffPin(staffId, pin ?? null);
  }

  @Authorized(Role.HQ_ADMIN)
  @Mutation(() => StaffMemberResult, {
    description: 'Grant clerk discounts (改价, 整单折扣) within caps per sale, or withdraw them with null; audited',
  })
  setStaffDiscountGrant(
    @Arg('staffId', () => ID) staffId: string,
    @Arg('grant', () => StaffDiscountGrantInput, { nullable: true }) grant: StaffDiscountGrantInput | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.staffAdmin.setStaffDiscountGrant(staffId, grant ?? null);
  }

  @Authorized(Role.HQ_ADMIN)
  @Mutation(() => EnrollDeviceResult, { description: 'Enrol a counter device for one store; the device token is shown once' })
  enrollDevice(@Arg('input', () => EnrollDeviceInput) input: EnrollDeviceInput, @Ctx() ctx: Context) {
    return ctx.services.staffAdmin.enrollDevice(input);
  }

  @Authorized(Role.HQ_ADMIN, Role.CLERK)
  @Query(() => [CounterDevice], { description: "A store's counter devices, newest first (HQ; a clerk their own store's)" })
  devices(@Arg('storeId', () => ID) storeId: string, @Ctx() ctx: Context) {
    return ctx.services.staffAdmin.devices(ctx.viewer, storeId);
  }

  @Authorized(Role.HQ_ADMIN)
  @Mutation(() => RevokeDeviceResult, { description: 'The device can no longer be unlocked; sessions unlocked on it end now' })
  revokeDevice(@Arg('deviceId', () => ID) deviceId: string, @Ctx() ctx: Context) {
    return ctx.services.staffAdmin.revokeDevice(deviceId);
  }

  @Authorized(Role.HQ_ADMIN)
  @Query(() => [SignInLockout], {
    description: 'Sign-in lockouts in force (passwords per username or address, PINs per clerk or device), at most 100',
  })
  signInLockouts(@Ctx() ctx: Context) {
    return ctx.services.staffAdmin.signInLockouts();
  }

  @Authorized(Role.HQ_ADMIN)
  @Mutation(() => Boolean, { description: 'Lift a sign-in lockout (subject as signInLockouts names it; a username in any case); audited' })
  unlockSignIn(
    @Arg('scope', () => SignInLockScope) scope: SignInLockScope,
    @Arg('subject', () => String) subject: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.staffAdmin.unlockSignIn(scope, subject);
  }

  @Authorized(Role.HQ_ADMIN)
  @Query(() => StaffAuditConnection, { description: 'Sign-ins, PIN unlocks, lockouts and staff changes, newest first' })
  staffAuditLog(@Args(() => StaffAuditArgs) args: StaffAuditArgs, @Ctx() ctx: Context) {
    return ctx.services.staffAdmin.auditLog(args);
  }
}
