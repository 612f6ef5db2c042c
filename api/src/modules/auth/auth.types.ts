// GraphQL shapes for signing in and for the signed-in viewer.
import { Length } from 'class-validator';
import { createUnionType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ErrorCode, ErrorResult, errorResult } from '../../common/errors';
import { StoreNotFoundError } from '../store/store.errors';
import { Role } from './auth.entity';

@ObjectType({ description: 'The signed-in user' })
export class Me {
  @Field(() => ID) id!: string;
  @Field(() => Role) role!: Role;
  @Field(() => String, { nullable: true }) username?: string | null;
  @Field(() => ID, { nullable: true, description: 'Clerks: the store they work for' }) storeId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Sessions unlocked with a PIN: the counter device they are bound to' }) deviceId?:
    string | null;
}

@ObjectType()
export class AuthPayload {
  @Field(() => String, { description: 'Send as "Authorization: Bearer <token>"' }) token!: string;
  @Field(() => Date) expiresAt!: Date;
  @Field(() => Me) me!: Me;
}

@ObjectType({ implements: ErrorResult })
export class InvalidCredentialsError extends ErrorResult {
  static of() {
    return errorResult(new InvalidCredentialsError(), ErrorCode.INVALID_CREDENTIALS, 'Wrong username or password');
  }
}

export enum SignInLockScope {
  USERNAME = 'USERNAME',
  SOURCE = 'SOURCE',
  STAFF = 'STAFF',
  DEVICE = 'DEVICE',
}
registerEnumType(SignInLockScope, {
  name: 'SignInLockScope',
  description: 'Whose failures caused a sign-in lockout: USERNAME or SOURCE (address) for passwords, STAFF or DEVICE for PINs',
});

@ObjectType({ implements: ErrorResult, description: 'Too many failed sign-ins: refused until the lockout ends; nothing was checked' })
export class SignInLockedError extends ErrorResult {
  @Field(() => SignInLockScope) scope!: SignInLockScope;
  @Field(() => Int) retryAfterSeconds!: number;
  static of(scope: string, retryAfterSeconds: number) {
    return Object.assign(
      errorResult(new SignInLockedError(), ErrorCode.SIGN_IN_LOCKED_OUT, `Too many failed attempts; try again in ${retryAfterSeconds} s`),
      {
        scope: scope as SignInLockScope,
        retryAfterSeconds,
      },
    );
  }
}

@ObjectType({ implements: ErrorResult })
export class WechatLoginError extends ErrorResult {
  @Field(() => Int, { description: 'WeChat errcode, e.g. 40029 invalid code, 45011 rate limited, 40226 high-risk user' })
  wechatErrcode!: number;
  static of(wechatErrcode: number, reason: string) {
    return Object.assign(errorResult(new WechatLoginError(), ErrorCode.WECHAT_LOGIN_FAILED, `WeChat login failed: ${reason}`), {
      wechatErrcode,
    });
  }
}

@ObjectType({ implements: ErrorResult })
export class UsernameTakenError extends ErrorResult {
  static of(username: string) {
    return errorResult(new UsernameTakenError(), ErrorCode.USERNAME_TAKEN, `Username ${username} is taken`);
  }
}

export const ShopperLoginResult = createUnionType({
  name: 'ShopperLoginResult',
  types: () => [AuthPayload, WechatLoginError] as const,
});

export const StaffLoginResult = createUnionType({
  name: 'StaffLoginResult',
  types: () => [AuthPayload, InvalidCredentialsError, SignInLockedError] as const,
});

@InputType()
export class CreateStaffInput {
  @Field(() => String) @Length(3, 40) username!: string;
  @Field(() => String) @Length(1, 60) displayName!: string;
  @Field(() => String, { description: 'At least 10 characters' }) @Length(10, 200) password!: string;
  @Field(() => Role, { description: 'CLERK or HQ_ADMIN' }) role!: Role;
  @Field(() => ID, { nullable: true, description: 'Required for clerks' }) storeId?: string;
  @Field(() => String, { nullable: true, description: 'Counter PIN, 4–6 digits (clerks unlock a store tablet with it)' }) pin?: string;
}

@ObjectType()
export class StaffDiscountGrant {
  @Field(() => Int, { nullable: true, description: 'At most this share of a sale’s goods, in basis points (1000 = 10%)' })
  maxBp!: number | null;
  @Field(() => Int, { nullable: true, description: 'At most this many fen off one sale' }) maxFen!: number | null;
}

@ObjectType({ description: 'A staff account' })
export class StaffMember {
  @Field(() => ID) id!: string;
  @Field(() => String) username!: string;
  @Field(() => String) displayName!: string;
  @Field(() => Role) role!: Role;
  @Field(() => ID, { nullable: true }) storeId?: string | null;
  @Field(() => Boolean, { description: 'Disabled accounts cannot sign in; their sessions ended when disabled' }) disabled!: boolean;
  @Field(() => Date, { nullable: true }) disabledAt?: Date | null;
  @Field(() => Boolean, { description: 'Whether a counter PIN is set' }) hasPin!: boolean;
  @Field(() => Date) createdAt!: Date;
  @Field(() => StaffDiscountGrant, {
    nullable: true,
    description: 'Clerk discounts (改价, 整单折扣) HQ granted, with the caps; none: not allowed',
  })
  discountGrant!: StaffDiscountGrant | null;
}

export const CreateStaffResult = createUnionType({
  name: 'CreateStaffResult',
  types: () => [StaffMember, UsernameTakenError, StoreNotFoundError] as const,
});
