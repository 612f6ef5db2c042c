// GraphQL shapes of WeChat profit sharing as HQ sees it: each split, its receivers and the returns after refunds.
import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType()
export class ProfitSharingReceiver {
  @Field(() => ID) storeId!: string;
  @Field(() => String, { description: "The store's WeChat Pay receiver (MERCHANT_ID)" }) account!: string;
  @Field(() => Int) amountFen!: number;
  @Field(() => String, { description: 'PENDING, SUCCESS or CLOSED (WeChat could not pay this receiver)' }) result!: string;
  @Field(() => String, { nullable: true }) failReason!: string | null;
}

@ObjectType()
export class ProfitSharingReturn {
  @Field(() => ID) storeId!: string;
  @Field(() => Int) amountFen!: number;
  @Field(() => String, { description: 'PENDING, PROCESSING, SUCCEEDED or FAILED' }) state!: string;
  @Field(() => Int) attempts!: number;
  @Field(() => String, { nullable: true }) lastError!: string | null;
}

@ObjectType({ description: "An order's WeChat profit-sharing split (分账): requested after hand-over, then polled" })
export class ProfitSharingStatus {
  @Field(() => ID) orderId!: string;
  @Field(() => String) outOrderNo!: string;
  @Field(() => String, { description: 'PENDING, PROCESSING, FINISHED or FAILED' }) state!: string;
  @Field(() => Int, { description: 'Failed calls so far (given up at 5)' }) attempts!: number;
  @Field(() => String, { nullable: true }) lastError!: string | null;
  @Field(() => [ProfitSharingReceiver]) receivers!: ProfitSharingReceiver[];
  @Field(() => [ProfitSharingReturn]) returns!: ProfitSharingReturn[];
  @Field(() => Date) updatedAt!: Date;
}
