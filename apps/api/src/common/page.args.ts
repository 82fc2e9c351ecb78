import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';

/** The most rows one page of a list holds. */
export const PAGE_MAX = 100;

/** A page of a list the apps page through by offset: 25 rows by default, PAGE_MAX at most. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 0 })
  @IsInt({ message: 'Enter a whole number' })
  @Min(0, { message: 'Must be 0 or more' })
  offset: number;

  @Field(() => Int, { defaultValue: 25 })
  @IsInt({ message: 'Enter a whole number' })
  @Min(1, { message: `Must be from 1 to ${PAGE_MAX}` })
  @Max(PAGE_MAX, { message: `Must be from 1 to ${PAGE_MAX}` })
  limit: number;
}
