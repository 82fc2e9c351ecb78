import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsUUID, Length } from 'class-validator';
import { JSONScalar } from '../../common/json.scalar';
import { saying } from '../../common/input-reasons';

export const MAX_ITEMS_PER_CALL = 10_000;

@InputType()
export class CreateBatchInput {
  @Field(() => ID)
  @IsUUID('all', saying('No such project', 'field.projectNotFound'))
  projectId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 120, { message: 'Enter a name of 1 to 120 characters' })
  name?: string;

  @Field(() => [JSONScalar], { description: 'Item inputs, validated by the project task kind' })
  @IsArray()
  @ArrayMinSize(1, { message: 'Add at least one item' })
  @ArrayMaxSize(MAX_ITEMS_PER_CALL, { message: `At most ${MAX_ITEMS_PER_CALL} items per call; upload a file for more` })
  items: unknown[];
}
