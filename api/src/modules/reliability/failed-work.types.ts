// Work that gave up, as HQ sees it.
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../common/pagination';

@ObjectType({ description: 'A job that used up its attempts (or stalled too often): nothing will run it again until HQ retries it' })
export class FailedWork {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'The job: payment-timeout, refund-submit, upload-shipping-info, ...' }) jobName!: string;
  @Field(() => String, { description: 'Its deterministic job id, e.g. refund-submit:<refund id>' }) jobId!: string;
  @Field(() => String, { description: 'Its payload (ids), as JSON' }) payload!: string;
  @Field(() => Int) attempts!: number;
  @Field(() => String, { description: 'The last error' }) error!: string;
  @Field(() => Date) failedAt!: Date;
  @Field(() => Date, { nullable: true, description: 'When HQ sent it again (then it is no longer listed as open)' })
  retriedAt!: Date | null;
  @Field(() => String, { nullable: true }) retriedBy!: string | null;
}

@ObjectType()
export class FailedWorkConnection extends Connection(FailedWork) {}
