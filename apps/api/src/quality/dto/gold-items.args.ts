import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsUUID, Max, Min } from 'class-validator';

export const GOLD_PAGE_MAX = 100;

@ArgsType()
export class GoldItemsArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'No such project' })
  projectId: string;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt({ message: 'Enter a whole number' })
  @Min(0, { message: 'Must be 0 or more' })
  offset: number;

  @Field(() => Int, { defaultValue: 25 })
  @IsInt({ message: 'Enter a whole number' })
  @Min(1, { message: `Must be from 1 to ${GOLD_PAGE_MAX}` })
  @Max(GOLD_PAGE_MAX, { message: `Must be from 1 to ${GOLD_PAGE_MAX}` })
  limit: number;
}
