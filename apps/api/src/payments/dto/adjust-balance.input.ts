import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, Length, Max, Min } from 'class-validator';

@InputType()
export class AdjustBalanceInput {
  @Field(() => ID, { description: 'The requester' })
  @Length(1, 64)
  userId: string;

  @Field(() => Int, { description: 'Positive, in cents' })
  @IsInt({ message: 'Enter a whole number of cents' })
  @Min(1, { message: 'The amount must be at least 1 cent' })
  @Max(100_000_000, { message: 'The amount must be at most 1,000,000.00' })
  amountCents: number;

  @Field(() => String, { description: 'Why (kept in the audit trail)' })
  @Length(3, 500, { message: 'Give a reason of 3 to 500 characters' })
  reason: string;

  @Field(() => String, { description: 'The same key twice adjusts once' })
  @Length(8, 100, { message: 'Give an idempotency key of 8 to 100 characters' })
  idempotencyKey: string;
}
