import { Field, ID, InputType, PickType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { CreateProjectInput } from './create-project.input';
import { saying } from '../../common/input-reasons';

/**
 * What a requester may change after creating a project: its name, instructions and gold ratio, checked
 * as at creation (a gold ratio left out stays as it is). Reward, overlap and kind stay fixed: published
 * batches reserved money on them; gold tasks are not paid from the escrow, so the ratio moves no money.
 */
@InputType()
export class UpdateProjectInput extends PickType(CreateProjectInput, ['name', 'instructions', 'goldRatio'] as const, InputType) {
  @Field(() => ID)
  @IsUUID('all', saying('No such project', 'field.projectNotFound'))
  id: string;
}
