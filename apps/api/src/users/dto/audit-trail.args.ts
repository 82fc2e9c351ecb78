import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { PageArgs } from '../../common/page.args';
import { saying } from '../../common/input-reasons';

@ArgsType()
export class AuditTrailArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only what this person did and what was done about them' })
  @IsOptional()
  @IsUUID('all', saying('No such person', 'field.personNotFound'))
  userId?: string;
}
