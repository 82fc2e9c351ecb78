import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { JSONScalar } from '../../common/json.scalar';
import { AssignmentStatus } from '../../dispatch/assignment.entity';

@ObjectType('AnswerView')
export class AnswerViewModel {
  @Field(() => ID)
  assignmentId: string;

  @Field(() => ID, { description: 'A pseudonym of the worker, stable within the project' })
  workerId: string;

  @Field(() => JSONScalar)
  answer: unknown;

  @Field(() => AssignmentStatus, { description: 'SUBMITTED until reviewed, then ACCEPTED or REJECTED' })
  status: AssignmentStatus;

  @Field(() => Date)
  submittedAt: Date;
}

@ObjectType('Consensus')
export class ConsensusModel {
  @Field(() => String, { description: 'The winning vote key (for classification: the label value)' })
  voteKey: string;

  @Field(() => Int)
  votes: number;

  @Field(() => Float, { description: '0..1' })
  confidence: number;
}

@ObjectType('Aggregate')
export class AggregateModel {
  @Field(() => String, { description: 'DAWID_SKENE' })
  method: string;

  @Field(() => String)
  voteKey: string;

  @Field(() => Float, { description: 'Posterior probability, 0..1' })
  confidence: number;
}

@ObjectType('TaskResult')
export class TaskResultModel {
  @Field(() => ID)
  taskId: string;

  @Field(() => ID)
  batchId: string;

  @Field(() => JSONScalar)
  input: unknown;

  @Field(() => [AnswerViewModel])
  answers: AnswerViewModel[];

  @Field(() => ConsensusModel, { nullable: true, description: 'Updated at each answer (skill-weighted one-coin posterior)' })
  consensus: ConsensusModel | null;

  @Field(() => AggregateModel, { nullable: true, description: 'The full Dawid-Skene pass over the batch, once run' })
  aggregate: AggregateModel | null;
}

@ObjectType('ResultPage')
export class ResultPageModel {
  @Field(() => Int)
  total: number;

  @Field(() => [TaskResultModel])
  items: TaskResultModel[];
}

@ObjectType('AnswerToReview')
export class AnswerToReviewModel {
  @Field(() => ID)
  assignmentId: string;

  @Field(() => ID)
  taskId: string;

  @Field(() => ID)
  batchId: string;

  @Field(() => ID, { description: 'A pseudonym of the worker, stable within the project' })
  workerId: string;

  @Field(() => JSONScalar)
  answer: unknown;

  @Field(() => Date)
  submittedAt: Date;

  @Field(() => JSONScalar, { description: "The item's input" })
  input: unknown;
}
