import { Field, ID, ObjectType } from '@nestjs/graphql';
import { JSONScalar } from '../../common/json.scalar';

/**
 * A rejection of the requester's held by the mass-rejection guard, as the requester sees it: which
 * answers, why it was held, and the admins' decision once made. Workers are not named (requesters know
 * them by pseudonym only).
 */
@ObjectType('HeldRejection')
export class HeldRejectionModel {
  @Field(() => ID, { description: 'The request number the refusals name ("request 12")' })
  id: string;

  @Field(() => [ID], { description: 'The answers it would reject' })
  assignmentIds: string[];

  @Field(() => String, { description: 'The requester’s reason' })
  reason: string;

  @Field(() => String, { description: 'Why the guard held it, in English' })
  why: string;

  @Field(() => String, { nullable: true, description: 'Why, for apps to word: massRejection.batch or massRejection.worker' })
  whyKey: string | null;

  @Field(() => JSONScalar, { nullable: true, description: 'The values why names: rejected, answers, share (0..1)' })
  whyParams: Record<string, unknown> | null;

  @Field(() => String, { description: 'PENDING, APPROVED (the answers were rejected) or DECLINED (nothing was rejected)' })
  status: string;

  @Field(() => String, { nullable: true, description: 'The admin’s note on the decision' })
  decisionNote: string | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;
}
