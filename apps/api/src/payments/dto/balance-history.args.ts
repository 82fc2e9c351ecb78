import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

export const BALANCE_HISTORY_PAGE_MAX = 100;

@ArgsType()
export class BalanceHistoryArgs {
  @Field(() => ID, { nullable: true, description: 'The nextBefore of the page before; none for the newest lines' })
  @IsOptional()
  @Matches(/^[1-9]\d{0,17}$/, { message: 'Pass the nextBefore of the previous page' })
  before?: string;

  @Field(() => Int, { defaultValue: 25 })
  @IsInt({ message: 'Enter a whole number' })
  @Min(1, { message: `Must be from 1 to ${BALANCE_HISTORY_PAGE_MAX}` })
  @Max(BALANCE_HISTORY_PAGE_MAX, { message: `Must be from 1 to ${BALANCE_HISTORY_PAGE_MAX}` })
  limit: number;
}
