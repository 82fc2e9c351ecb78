import type { TaskKind } from '@fourmi/task-kinds';
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { JSONScalar } from '../../common/json.scalar';
import { TaskKindEnum } from '../../projects/models/task-kind.enum';
import { AssignmentStatus } from '../assignment.entity';
import { registerEnumType } from '@nestjs/graphql';

registerEnumType(AssignmentStatus, { name: 'AssignmentStatus' });

/** A project as a worker sees it: no owner, no gold, nothing private. */
@ObjectType('WorkProject')
export class WorkProjectModel {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { description: 'Markdown' })
  instructions: string;

  @Field(() => TaskKindEnum)
  kind: TaskKind;

  @Field(() => JSONScalar)
  config: unknown;

  @Field(() => Int)
  rewardCents: number;

  @Field(() => String)
  currency: string;
}

/** A leased task: the item's input only (never its gold answer or other workers' answers). */
@ObjectType('WorkAssignment')
export class WorkAssignmentModel {
  @Field(() => ID)
  id: string;

  @Field(() => WorkProjectModel)
  project: WorkProjectModel;

  @Field(() => JSONScalar)
  input: unknown;

  @Field(() => Date)
  leaseExpiresAt: Date;
}

@ObjectType('GoldFeedback')
export class GoldFeedbackModel {
  @Field(() => Float, { description: '1 when right, 0 when wrong, partial credit between' })
  score: number;

  @Field(() => JSONScalar, { description: 'The right answer' })
  expected: unknown;

  @Field(() => String, { nullable: true })
  explanation: string | null;
}

@ObjectType('SubmitResult')
export class SubmitResultModel {
  @Field(() => ID)
  assignmentId: string;

  @Field(() => AssignmentStatus)
  status: AssignmentStatus;

  @Field(() => WorkAssignmentModel, { nullable: true, description: 'The following task, leased already' })
  next: WorkAssignmentModel | null;

  @Field(() => GoldFeedbackModel, { nullable: true, description: 'Training projects: the right answer, after you answered a gold item' })
  feedback: GoldFeedbackModel | null;
}

@ObjectType('WorkerSummary')
export class WorkerSummaryModel {
  @Field(() => Int)
  submitted: number;

  @Field(() => Int, { description: 'Rewards of submitted and accepted answers, in cents; gold answers, never paid, bring none' })
  earnedCents: number;
}
