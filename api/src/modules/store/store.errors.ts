// Typed outcomes of managing stores.
import { Field, ObjectType } from 'type-graphql';
import { ErrorCode, ErrorResult, errorResult as make } from '../../common/errors';

@ObjectType({ implements: ErrorResult })
export class StoreNotFoundError extends ErrorResult {
  @Field(() => String) storeId!: string;
  static of(storeId: string) {
    return Object.assign(make(new StoreNotFoundError(), ErrorCode.STORE_NOT_FOUND, `No store ${storeId}`), { storeId });
  }
}

@ObjectType({ implements: ErrorResult })
export class StoreGroupNotFoundError extends ErrorResult {
  @Field(() => String) storeGroupId!: string;
  static of(storeGroupId: string) {
    return Object.assign(make(new StoreGroupNotFoundError(), ErrorCode.STORE_GROUP_NOT_FOUND, '没有这个门店组'), { storeGroupId });
  }
}

@ObjectType({ implements: ErrorResult, description: 'The delivery zone is not a usable area' })
export class InvalidZoneError extends ErrorResult {
  @Field(() => String, { description: 'What is wrong, e.g. "Self-intersection[121.4 31.2]"' }) reason!: string;
  static of(reason: string) {
    return Object.assign(make(new InvalidZoneError(), ErrorCode.INVALID_ZONE, `Invalid delivery zone: ${reason}`), { reason });
  }
}

@ObjectType({ implements: ErrorResult })
export class InvalidHoursError extends ErrorResult {
  static of(message: string) {
    return make(new InvalidHoursError(), ErrorCode.INVALID_HOURS, message);
  }
}

@ObjectType({ implements: ErrorResult })
export class InvalidTimeZoneError extends ErrorResult {
  @Field(() => String) timeZone!: string;
  static of(timeZone: string) {
    return Object.assign(make(new InvalidTimeZoneError(), ErrorCode.INVALID_TIME_ZONE, `"${timeZone}" is not an IANA time zone`), {
      timeZone,
    });
  }
}

@ObjectType({ implements: ErrorResult })
export class DuplicateStoreCodeError extends ErrorResult {
  @Field(() => String) code!: string;
  static of(code: string) {
    return Object.assign(make(new DuplicateStoreCodeError(), ErrorCode.DUPLICATE_STORE_CODE, `Store code ${code} is taken`), { code });
  }
}

export type StoreDefinitionError = InvalidZoneError | InvalidHoursError | InvalidTimeZoneError;
