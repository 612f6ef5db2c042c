// GraphQL shapes of pickup: the shopper's code and QR, what a clerk previews and verifies, and the audit log.
import { IsOptional, Length, Matches } from 'class-validator';
import { ArgsType, createUnionType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, PageArgs } from '../../common/pagination';
import { CustomerOrder, OrderLine } from '../order/order.entity';
import { OrderNotFoundError } from '../order/order.errors';
import { OrderState } from '../order/order-states';
import {
  AlreadyPickedUpError,
  PickupCodeNotFoundError,
  PickupExpiredError,
  PickupLockedError,
  PickupLockScope,
  PickupRefusedError,
} from './pickup.errors';

export enum PickupCodeStatus {
  LIVE = 'LIVE',
  USED = 'USED',
  REVOKED = 'REVOKED',
  VOID = 'VOID',
}
registerEnumType(PickupCodeStatus, {
  name: 'PickupCodeStatus',
  description: 'LIVE until handed over (USED), replaced (REVOKED) or the order closed (VOID)',
});

@ObjectType({ description: "The shopper's pickup code and the QR token that carries it; only the order's shopper sees it" })
export class PickupCode {
  @Field(() => String, { description: 'Digits to type at the counter' }) code!: string;
  @Field(() => String, { description: 'The code grouped for reading aloud, e.g. "12345 67890"' }) display!: string;
  @Field(() => String, { description: 'Signed token to render as a QR code' }) qrToken!: string;
  @Field(() => Date, { description: 'The pickup deadline' }) expiresAt!: Date;
  @Field(() => Int, { description: 'Counts up each time the code is regenerated' }) generation!: number;
}

@InputType({ description: 'What the shopper shows: the typed code or the scanned QR token (exactly one)' })
export class PickupProofInput {
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(/^[0-9 ]{1,20}$/, { message: 'code is digits' }) code?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 200) qrToken?: string;
}

@ObjectType({ description: 'What a clerk checks before handing over: masked shopper, lines, state and deadline' })
export class PickupPreview {
  @Field(() => ID) orderId!: string;
  @Field(() => OrderState) state!: OrderState;
  @Field(() => PickupCodeStatus) codeStatus!: PickupCodeStatus;
  @Field(() => Date) expiresAt!: Date;
  @Field(() => Date, { nullable: true }) pickupDeadline?: Date | null;
  @Field(() => String, { description: 'e.g. 王**' }) contactName!: string;
  @Field(() => String, { description: 'e.g. 138****8000' }) contactPhone!: string;
  @Field(() => Int) totalFen!: number;
  @Field(() => [OrderLine]) lines!: OrderLine[];
  @Field(() => Date, { nullable: true, description: 'When the code was used, if it was' }) handedOverAt?: Date | null;
  @Field(() => String, { nullable: true }) handedOverBy?: string | null;
}

@ObjectType({ description: 'The code was right: the order is PICKED_UP; hand the goods over' })
export class PickupVerified {
  @Field(() => ID) orderId!: string;
  @Field(() => Date) pickedUpAt!: Date;
  @Field(() => String) pickedUpBy!: string;
  // `order` is a field resolver answering this: the order as the hand-over step left it, so asking for it costs no
  // statement (and the counter already has the lines from pickupPreview).
  handedOver!: CustomerOrder;
}

export enum PickupAttemptAction {
  PREVIEW = 'PREVIEW',
  VERIFY = 'VERIFY',
}
registerEnumType(PickupAttemptAction, { name: 'PickupAttemptAction' });

export enum PickupAttemptMethod {
  CODE = 'CODE',
  QR = 'QR',
}
registerEnumType(PickupAttemptMethod, { name: 'PickupAttemptMethod' });

export enum PickupAttemptOutcome {
  VERIFIED = 'VERIFIED',
  PREVIEWED = 'PREVIEWED',
  NOT_FOUND = 'NOT_FOUND',
  BAD_QR_TOKEN = 'BAD_QR_TOKEN',
  LOCKED_OUT = 'LOCKED_OUT',
  ALREADY_PICKED_UP = 'ALREADY_PICKED_UP',
  EXPIRED = 'EXPIRED',
  REFUSED = 'REFUSED',
}
registerEnumType(PickupAttemptOutcome, { name: 'PickupAttemptOutcome' });

@ObjectType({ description: 'One pickup check at a counter, good or bad (the typed code itself is never kept)' })
export class PickupAttempt {
  @Field(() => ID) id!: string;
  @Field(() => Date) at!: Date;
  @Field(() => ID) storeId!: string;
  @Field(() => String) actor!: string;
  @Field(() => PickupAttemptAction) action!: PickupAttemptAction;
  @Field(() => PickupAttemptMethod) method!: PickupAttemptMethod;
  @Field(() => PickupAttemptOutcome) outcome!: PickupAttemptOutcome;
  @Field(() => ID, { nullable: true }) orderId?: string | null;
  @Field(() => String, { nullable: true }) detail?: string | null;
}

@ObjectType()
export class PickupAttemptConnection extends Connection(PickupAttempt) {}

@ArgsType()
export class PickupAttemptsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'One store; all stores when omitted' }) storeId?: string;
}

export const VerifyPickupResult = createUnionType({
  name: 'VerifyPickupResult',
  types: () =>
    [PickupVerified, PickupCodeNotFoundError, PickupLockedError, AlreadyPickedUpError, PickupExpiredError, PickupRefusedError] as const,
});

export const PickupPreviewResult = createUnionType({
  name: 'PickupPreviewResult',
  types: () => [PickupPreview, PickupCodeNotFoundError, PickupLockedError] as const,
});

export const PickupCodeResult = createUnionType({
  name: 'PickupCodeResult',
  types: () => [PickupCode, OrderNotFoundError, PickupRefusedError] as const,
});

@ObjectType({ description: 'Typed pickup codes refused for a clerk or a whole store until `until`' })
export class PickupLockout {
  @Field(() => PickupLockScope) scope!: PickupLockScope;
  @Field(() => ID) storeId!: string;
  @Field(() => ID, { nullable: true, description: 'CLERK scope: the clerk' }) staffId?: string | null;
  @Field(() => String, { nullable: true }) username?: string | null;
  @Field(() => Date) until!: Date;
  @Field(() => Int) retryAfterSeconds!: number;
}
