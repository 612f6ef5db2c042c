// GraphQL shapes of store groups: HQ's named sets of stores (a region, a format) that prices, listing and
// revenue-split rules can name instead of every store.
import { ArrayMaxSize, Length } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';

@InputType()
export class StoreGroupInput {
  @Field(() => String) @Length(1, 40) code!: string;
  @Field(() => String) @Length(1, 80) name!: string;
  @Field(() => [ID]) @ArrayMaxSize(5000) storeIds!: string[];
}

@ObjectType()
export class StoreGroup {
  @Field(() => ID) id!: string;
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => [ID]) storeIds!: string[];
}
