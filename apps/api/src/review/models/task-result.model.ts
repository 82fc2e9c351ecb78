import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { JSONScalar } from '../../common/json.scalar';

@ObjectType('AnswerView')
export class AnswerViewModel {
  @Field(() => ID)
  assignmentId: string;

  @Field(() => ID, { description: 'A pseudonym of the worker, stable within the project' })
  workerId: string;

  @Field(() => JSONScalar)
  answer: unknown;

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

  @Field(() => ConsensusModel, { nullable: true })
  consensus: ConsensusModel | null;
}

@ObjectType('ResultPage')
export class ResultPageModel {
  @Field(() => Int)
  total: number;

  @Field(() => [TaskResultModel])
  items: TaskResultModel[];
}
