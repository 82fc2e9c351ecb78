import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('WorkerToReview')
export class WorkerToReviewModel {
  @Field(() => ID)
  workerId: string;

  @Field(() => String)
  displayName: string;

  @Field(() => String)
  email: string;

  @Field(() => Int, { description: 'Flags raised in the last 30 days (fast answers, low agreement...)' })
  recentFlags: number;

  @Field(() => Date, { nullable: true })
  lastFlagAt: Date | null;

  @Field(() => Float, { nullable: true, description: 'Share of gold answered right, over every project; null without gold' })
  goldAccuracy: number | null;

  @Field(() => Int)
  goldAnswers: number;

  @Field(() => Boolean, { description: 'Banned now, from every project or from one' })
  banned: boolean;
}
