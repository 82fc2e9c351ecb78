import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { PageArgs } from '../../common/page.args';
import { saying } from '../../common/input-reasons';

@ArgsType()
export class GoldItemsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID('all', saying('No such project', 'field.projectNotFound'))
  projectId: string;
}
