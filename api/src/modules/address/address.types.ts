// The address book as GraphQL sees it: an address, its input, and the outcomes of saving and deleting.
import { IsOptional, Length, Matches, ValidateNested } from 'class-validator';
import { createUnionType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { ErrorCode, ErrorResult, errorResult } from '../../common/errors';
import { GeoPointInput } from '../../common/geo';

export const MAX_ADDRESSES = 20;

@ObjectType({ description: "A saved delivery address; its point (not its text) decides which store's zone it is in" })
export class Address {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true, description: 'e.g. 家, 公司' }) label?: string | null;
  @Field(() => String) contactName!: string;
  @Field(() => String) contactPhone!: string;
  @Field(() => String, { description: 'What the map picker gave, e.g. 上海市黄浦区南京东路 299 号' }) address!: string;
  @Field(() => String, { description: 'Building, floor, room' }) detail!: string;
  /** WGS-84; Address.location converts on the way out. */
  lat!: number;
  lng!: number;
  @Field(() => Boolean) isDefault!: boolean;
  @Field(() => Date) updatedAt!: Date;
}

@InputType()
export class SaveAddressInput {
  @Field(() => ID, { nullable: true, description: 'Omit to add a new address' }) id?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(0, 10) label?: string;
  @Field(() => String) @Length(1, 40) contactName!: string;
  @Field(() => String)
  @Matches(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/, { message: 'contactPhone must be an 11-digit mobile or a landline with area code' })
  contactPhone!: string;
  @Field(() => String) @Length(4, 150) address!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(0, 50) detail?: string;
  @Field(() => GeoPointInput, { description: 'The pin on the map, in the system the map uses (GCJ02 for Tencent maps and chooseLocation)' })
  @ValidateNested()
  location!: GeoPointInput;
  @Field(() => Boolean, { nullable: true, description: 'Make it the default; the first address always is' }) isDefault?: boolean;
}

@ObjectType({ implements: ErrorResult, description: 'No such address in your address book' })
export class AddressNotFoundError extends ErrorResult {
  @Field(() => ID) addressId!: string;
  static of(addressId: string) {
    return Object.assign(
      errorResult(new AddressNotFoundError(), ErrorCode.ADDRESS_NOT_FOUND, `No address ${addressId} in your address book`),
      { addressId },
    );
  }
}

@ObjectType({ implements: ErrorResult, description: `The address book holds at most ${MAX_ADDRESSES} addresses; delete one first` })
export class AddressBookFullError extends ErrorResult {
  @Field(() => Number) limit!: number;
  static of() {
    return Object.assign(errorResult(new AddressBookFullError(), ErrorCode.ADDRESS_BOOK_FULL, `At most ${MAX_ADDRESSES} addresses`), {
      limit: MAX_ADDRESSES,
    });
  }
}

@ObjectType()
export class AddressDeleted {
  @Field(() => ID) addressId!: string;
  @Field(() => ID, { nullable: true, description: 'The address that became the default, when the deleted one was' })
  newDefaultId?: string | null;
}

export const SaveAddressResult = createUnionType({
  name: 'SaveAddressResult',
  types: () => [Address, AddressNotFoundError, AddressBookFullError] as const,
});
export const DeleteAddressResult = createUnionType({
  name: 'DeleteAddressResult',
  types: () => [AddressDeleted, AddressNotFoundError] as const,
});
