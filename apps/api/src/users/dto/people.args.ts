import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, MaxLength, Min, Max } from 'class-validator';
import { Trimmed } from '../../common/trimmed';
import { Role } from '../user.entity';

export const PEOPLE_PAGE_MAX = 100;

@ArgsType()
export class PeopleArgs {
  @Field(() => String, { nullable: true, description: 'Part of an email or a name, any case; empty lists everyone' })
  @IsOptional()
  @Trimmed()
  @MaxLength(100, { message: 'Search with at most 100 characters' })
  search?: string;

  @Field(() => Role, { nullable: true, description: 'Only people with this role' })
  @IsOptional()
  @IsEnum(Role, { message: 'Choose WORKER, REQUESTER or ADMIN' })
  role?: Role;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt({ message: 'Enter a whole number' })
  @Min(0, { message: 'Must be 0 or more' })
  offset: number;

  @Field(() => Int, { defaultValue: 25 })
  @IsInt({ message: 'Enter a whole number' })
  @Min(1, { message: `Must be from 1 to ${PEOPLE_PAGE_MAX}` })
  @Max(PEOPLE_PAGE_MAX, { message: `Must be from 1 to ${PEOPLE_PAGE_MAX}` })
  limit: number;
}
