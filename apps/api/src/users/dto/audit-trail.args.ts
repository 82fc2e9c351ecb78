import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

export const AUDIT_PAGE_MAX = 100;

@ArgsType()
export class AuditTrailArgs {
  @Field(() => ID, { nullable: true, description: 'Only actions on this person' })
  @IsOptional()
  @IsUUID('all', { message: 'No such person' })
  userId?: string;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt({ message: 'Enter a whole number' })
  @Min(0, { message: 'Must be 0 or more' })
  offset: number;

  @Field(() => Int, { defaultValue: 25 })
  @IsInt({ message: 'Enter a whole number' })
  @Min(1, { message: `Must be from 1 to ${AUDIT_PAGE_MAX}` })
  @Max(AUDIT_PAGE_MAX, { message: `Must be from 1 to ${AUDIT_PAGE_MAX}` })
  limit: number;
}
