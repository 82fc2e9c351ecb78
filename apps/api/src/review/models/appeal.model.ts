import { Field, ID, ObjectType } from '@nestjs/graphql';
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
