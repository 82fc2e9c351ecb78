import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { AssignmentStatus } from '../../dispatch/assignment.entity';

@ObjectType('ReviewedAssignment')
export class ReviewedAssignmentModel {
  @Field(() => ID)
  id: string;

  @Field(() => AssignmentStatus)
  status: AssignmentStatus;
}

@ObjectType('Bonus')
export class BonusModel {
  @Field(() => ID)
  assignmentId: string;

  @Field(() => Int)
  amountCents: number;

  @Field(() => Boolean, { description: 'false: this idempotency key was used before; nothing was paid again' })
  applied: boolean;
}
