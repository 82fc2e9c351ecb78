import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { JSONScalar } from '../../common/json.scalar';

/** A rejected answer as its worker (or the admin deciding its appeal) sees it. */
@ObjectType('Rejection')
export class RejectionModel {
  @Field(() => ID)
  assignmentId: string;

  @Field(() => ID, { nullable: true, description: 'The appeal, once made' })
  appealId: string | null;

  @Field(() => String)
  projectName: string;

  @Field(() => JSONScalar, { description: 'The project’s task config, to name the answer’s labels as the project does' })
  projectConfig: unknown;

  @Field(() => String, { nullable: true, description: 'The worker’s name, for admins deciding the appeal; null in a worker’s own list' })
  workerName: string | null;

  @Field(() => String, { nullable: true, description: 'The worker’s email, for admins; null in a worker’s own list' })
  workerEmail: string | null;

  @Field(() => JSONScalar, { description: 'The task the answer was given to, as the worker saw it (its input; never its gold answer)' })
  item: unknown;

  @Field(() => JSONScalar)
  answer: unknown;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => JSONScalar, { description: 'failedGold (item, expected, given), durationSeconds, projectMedianSeconds, consensus' })
  evidence: unknown;

  @Field(() => Date)
  rejectedAt: Date;

  @Field(() => String, { nullable: true, description: 'OPEN, UPHELD or OVERTURNED; null when not appealed' })
  appealStatus: string | null;

  @Field(() => String, { nullable: true })
  appealMessage: string | null;

  @Field(() => String, { nullable: true, description: 'The admin’s note on the decision' })
  decisionNote: string | null;

  @Field(() => Date, { nullable: true, description: 'When the project’s instructions were first edited after this answer was leased; null if never since' })
  instructionsEditedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The instructions as they were when the answer was leased (Markdown), if edited since' })
  instructionsThen: string | null;
}

/** A worker whose answers a held rejection would reject, named for the admin deciding it. */
@ObjectType('HeldWorker')
export class HeldWorkerModel {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => String)
  email: string;

  @Field(() => Int, { description: 'How many of the request’s answers are theirs' })
  answers: number;
}

@ObjectType('MassRejection')
export class MassRejectionModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  projectId: string;

  @Field(() => String)
  projectName: string;

  @Field(() => [ID])
  assignmentIds: string[];

  @Field(() => [HeldWorkerModel], { description: 'The workers whose answers it would reject, most answers first' })
  workers: HeldWorkerModel[];

  @Field(() => String, { description: 'The requester’s reason' })
  reason: string;

  @Field(() => String, { description: 'Why the guard held it, in English' })
  why: string;

  @Field(() => String, { nullable: true, description: 'Why, for apps to word: massRejection.batch or massRejection.worker; null on requests held before it was kept' })
  whyKey: string | null;

  @Field(() => JSONScalar, { nullable: true, description: 'The values why names: rejected, answers, share (0..1)' })
  whyParams: Record<string, unknown> | null;

  @Field(() => String)
  status: string;

  @Field(() => Date)
  createdAt: Date;
}
