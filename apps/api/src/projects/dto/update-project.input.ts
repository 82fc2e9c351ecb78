import { Field, ID, InputType, PickType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { CreateProjectInput } from './create-project.input';

/**
 * What a requester may change after creating a project: its name and instructions, checked as at
 * creation. Reward, overlap and kind stay fixed: published batches reserved money on them.
 */
@InputType()
export class UpdateProjectInput extends PickType(CreateProjectInput, ['name', 'instructions'] as const, InputType) {
  @Field(() => ID)
  @IsUUID('all', { message: 'No such project' })
  id: string;
}
