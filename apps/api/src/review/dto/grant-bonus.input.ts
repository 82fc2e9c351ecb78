import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, Length, Max, Min } from 'class-validator';

@InputType()
export class GrantBonusInput {
  @Field(() => ID)
  @Length(1, 20)
  assignmentId: string;

  @Field(() => Int, { description: 'Paid to the worker, in cents; the platform fee is added on top' })
  @IsInt({ message: 'Enter a whole number of cents' })
  @Min(1, { message: 'A bonus is at least 1 cent' })
  @Max(100_000, { message: 'A bonus is at most 1,000.00' })
  amountCents: number;

  @Field(() => String, { description: 'Shown to the worker' })
  @Length(1, 500, { message: 'Write a message of 1 to 500 characters' })
  message: string;

  @Field(() => String, { description: 'The same key twice pays once' })
  @Length(8, 100, { message: 'Give an idempotency key of 8 to 100 characters' })
  idempotencyKey: string;
}
