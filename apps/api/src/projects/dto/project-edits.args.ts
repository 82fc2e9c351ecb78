import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { PageArgs } from '../../common/page.args';

@ArgsType()
export class ProjectEditsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'No such project' })
  projectId: string;
}
