import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { BatchStatus } from '../batch.entity';

registerEnumType(BatchStatus, { name: 'BatchStatus' });

@ObjectType('Batch')
export class BatchModel {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => BatchStatus)
  status: BatchStatus;

  @Field(() => Int)
  itemCount: number;

  @Field(() => Int, { description: 'Items with all their answers' })
  completedCount: number;

  @Field(() => Boolean, { description: 'The batch holding the project’s gold items' })
  isGold: boolean;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  /** Not a field: where `reserveCents` reads the reward and overlap. */
  projectId: string;
}

@ObjectType('ProjectStats')
export class ProjectStatsModel {
  @Field(() => Int, { description: 'Items in all batches' })
  items: number;

  @Field(() => Int, { description: 'Published items still collecting answers' })
  openItems: number;

  @Field(() => Int, { description: 'Items with all the answers they need' })
  completedItems: number;

  @Field(() => Int, { description: 'Answers submitted' })
  answers: number;
}
