import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('NextWorkerLevel', { description: 'The next level: what it asks, and what is left to reach it' })
export class NextWorkerLevelModel {
  @Field(() => Int)
  level: number;

  @Field(() => Int, { description: 'Reviewed answers it asks for' })
  minReviewed: number;

  @Field(() => Int, { description: 'Whole percent of reviewed answers accepted it asks for' })
  minAcceptedPercent: number;

  @Field(() => Int, { description: 'Reviewed answers still to reach it (0: enough)' })
  reviewedLeft: number;

  @Field(() => Boolean, { description: 'Whether the share of answers accepted is already enough' })
  acceptedShareMet: boolean;
}

@ObjectType('WorkerLevel', {
  description:
    'Your level, from your answers requesters reviewed across all projects: 1 Newcomer; 2 at 50 reviewed with 90 % accepted; 3 at 500 with 95 %; 4 at 5,000 with 97 %. Projects may ask for a minimum level',
})
export class WorkerLevelModel {
  @Field(() => Int)
  level: number;

  @Field(() => Int, { description: 'Answers reviewed: accepted, rejected, or returned after a ban' })
  reviewed: number;

  @Field(() => Int, { nullable: true, description: 'Whole percent of them accepted (a rejection overturned on appeal counts as accepted); null before any review' })
  acceptedPercent: number | null;

  @Field(() => NextWorkerLevelModel, { nullable: true, description: 'null at the top level' })
  next: NextWorkerLevelModel | null;
}
