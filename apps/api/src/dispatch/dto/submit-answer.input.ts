import { Field, ID, InputType } from '@nestjs/graphql';
import { IsNotEmpty, Length, Matches } from 'class-validator';
import { JSONScalar } from '../../common/json.scalar';
import { BIGINT_ID } from '../../common/ids';
import { saying } from '../../common/input-reasons';

@InputType()
export class SubmitAnswerInput {
  @Field(() => ID)
  @Matches(BIGINT_ID, saying('No such assignment', 'field.assignmentNotFound'))
  assignmentId: string;

  @Field(() => JSONScalar, { description: 'Validated by the task kind' })
  @IsNotEmpty({ message: 'Give an answer' })
  answer: unknown;

  @Field(() => String, { description: 'Any unique string per answer: a retry with the same key returns the first result' })
  @Length(8, 100, { message: 'The idempotency key must be 8 to 100 characters long' })
  idempotencyKey: string;
}
