// GraphQL shapes for HQ's staff administration, counter devices and PIN unlock, and the staff audit log.
import { IsInt, IsOptional, Length, Max, Min } from 'class-validator';
import { ArgsType, createUnionType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ErrorCode, ErrorResult, errorResult } from '../../common/errors';
import { Connection, PageArgs } from '../../common/pagination';
import { StoreNotFoundError } from '../store/store.errors';
import { AuthPayload, InvalidCredentialsError, SignInLockedError, SignInLockScope, StaffMember } from './auth.types';

@ObjectType({ implements: ErrorResult })
export class StaffNotFoundError extends ErrorResult {
  @Field(() => ID) staffId!: string;
  static of(staffId: string) {
    return Object.assign(errorResult(new StaffNotFoundError(), ErrorCode.STAFF_NOT_FOUND, `No staff member ${staffId}`), { staffId });
  }
}

@ObjectType({ implements: ErrorResult, description: 'The device token is unknown or the device was revoked: enrol it again' })
export class DeviceNotEnrolledError extends ErrorResult {
  static of() {
    return errorResult(new DeviceNotEnrolledError(), ErrorCode.DEVICE_NOT_ENROLLED, 'This device is not enrolled (or was revoked)');
  }
}

@ObjectType({ implements: ErrorResult })
export class DeviceNotFoundError extends ErrorResult {
  @Field(() => ID) deviceId!: string;
  static of(deviceId: string) {
    return Object.assign(errorResult(new DeviceNotFoundError(), ErrorCode.DEVICE_NOT_FOUND, `No device ${deviceId}`), { deviceId });
  }
}

@ObjectType({ implements: ErrorResult, description: 'Wrong PIN, or this clerk cannot unlock this device; says which it was to nobody' })
export class InvalidPinError extends ErrorResult {
  @Field(() => Int, { description: 'Failed attempts left before a lockout' }) attemptsLeft!: number;
  static of(attemptsLeft: number) {
    return Object.assign(
      errorResult(
        new InvalidPinError(),
        ErrorCode.INVALID_PIN,
        attemptsLeft > 0 ? `Wrong PIN (${attemptsLeft} attempts left)` : 'Wrong PIN; now locked',
      ),
      {
        attemptsLeft,
      },
    );
  }
}

export const StaffMemberResult = createUnionType({ name: 'StaffMemberResult', types: () => [StaffMember, StaffNotFoundError] as const });
export const SetPinResult = createUnionType({ name: 'SetPinResult', types: () => [StaffMember, InvalidCredentialsError] as const });

@ArgsType()
export class StaffMembersArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'One store; every store and HQ when omitted' }) storeId?: string;
}

@ObjectType()
export class StaffMemberConnection extends Connection(StaffMember) {}

@ObjectType({ description: 'A counter tablet enrolled for one store; clerks of that store unlock it with their PIN' })
export class CounterDevice {
  @Field(() => ID) id!: string;
  @Field(() => ID) storeId!: string;
  @Field(() => String) name!: string;
  @Field(() => Date) enrolledAt!: Date;
  @Field(() => String) enrolledBy!: string;
  @Field(() => Date, { nullable: true }) revokedAt?: Date | null;
  @Field(() => Date, { nullable: true }) lastUnlockAt?: Date | null;
}

@ObjectType()
export class DeviceEnrollment {
  @Field(() => CounterDevice) device!: CounterDevice;
  @Field(() => String, { description: 'Shown once: keep it on the device (it is its credential); only its hash is stored' })
  deviceToken!: string;
}

export const EnrollDeviceResult = createUnionType({
  name: 'EnrollDeviceResult',
  types: () => [DeviceEnrollment, StoreNotFoundError] as const,
});
export const RevokeDeviceResult = createUnionType({
  name: 'RevokeDeviceResult',
  types: () => [CounterDevice, DeviceNotFoundError] as const,
});

@ObjectType({ description: 'A clerk who can unlock this counter' })
export class DeviceClerk {
  @Field(() => ID) id!: string;
  @Field(() => String) username!: string;
  @Field(() => String) displayName!: string;
  @Field(() => Boolean) hasPin!: boolean;
}

@ObjectType({ description: "What an enrolled device shows on its lock screen: its store and the store's clerks" })
export class CounterDeviceInfo {
  @Field(() => CounterDevice) device!: CounterDevice;
  @Field(() => String) storeCode!: string;
  @Field(() => String) storeName!: string;
  @Field(() => [DeviceClerk]) clerks!: DeviceClerk[];
}

export const CounterDeviceResult = createUnionType({
  name: 'CounterDeviceResult',
  types: () => [CounterDeviceInfo, DeviceNotEnrolledError] as const,
});

@InputType()
export class PinUnlockInput {
  @Field(() => String) @Length(1, 100) deviceToken!: string;
  @Field(() => ID, { description: 'The clerk tapped on the lock screen' }) staffId!: string;
  @Field(() => String, { description: '4–6 digits' }) @Length(1, 20) pin!: string;
}

export const PinUnlockResult = createUnionType({
  name: 'PinUnlockResult',
  types: () => [AuthPayload, InvalidPinError, SignInLockedError, DeviceNotEnrolledError] as const,
});

@InputType()
export class EnrollDeviceInput {
  @Field(() => ID) storeId!: string;
  @Field(() => String) @Length(1, 60) name!: string;
}

@ArgsType()
export class StaffAuditArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'One store; all when omitted' }) storeId?: string;
}

@ObjectType({ description: 'A sign-in, PIN unlock, lockout or staff administration step' })
export class StaffAuditEntry {
  @Field(() => ID) id!: string;
  @Field(() => Date) at!: Date;
  @Field(() => String, { description: 'e.g. LOGIN, LOGIN_FAILED, LOGIN_LOCKED, PIN_UNLOCK, PIN_FAILED, DEVICE_ENROLLED, STAFF_DISABLED' })
  action!: string;
  @Field(() => String) actor!: string;
  @Field(() => ID, { nullable: true }) staffId?: string | null;
  @Field(() => String, { nullable: true }) username?: string | null;
  @Field(() => ID, { nullable: true }) storeId?: string | null;
  @Field(() => ID, { nullable: true }) deviceId?: string | null;
  @Field(() => String, { nullable: true, description: 'Source address of a sign-in' }) source?: string | null;
  @Field(() => String, { nullable: true }) detail?: string | null;
}

@ObjectType()
export class StaffAuditConnection extends Connection(StaffAuditEntry) {}

@ObjectType({ description: 'A sign-in lockout in force: passwords for a username or from an address, PINs of a clerk or at a device' })
export class SignInLockout {
  @Field(() => SignInLockScope) scope!: SignInLockScope;
  @Field(() => String, { description: 'The username (as folded for counting), address, staff id or device id' }) subject!: string;
  @Field(() => Date) until!: Date;
  @Field(() => Int) retryAfterSeconds!: number;
}

@InputType({ description: 'Clerk discounts HQ grants: at least one cap per sale' })
export class StaffDiscountGrantInput {
  @Field(() => Int, { nullable: true, description: 'At most this share of the goods, in basis points (1000 = 10%)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000)
  maxBp?: number | null;
  @Field(() => Int, { nullable: true, description: 'At most this many fen off one sale' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  maxFen?: number | null;
}
