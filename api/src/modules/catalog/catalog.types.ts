// GraphQL list shapes for the catalog.
import { ArgsType, Field, ID, ObjectType } from 'type-graphql';
import { Connection, PageArgs } from '../../common/pagination';
import { Product } from './catalog.entity';

@ObjectType()
export class ProductConnection extends Connection(Product) {}

@ArgsType()
export class ProductListArgs extends PageArgs {
  @Field(() => ID, { nullable: true }) categoryId?: string;
}
