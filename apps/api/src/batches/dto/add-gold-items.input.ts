import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsDefined, IsOptional, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { JSONScalar } from '../../common/json.scalar';
import { saying } from '../../common/input-reasons';

@InputType()
export class GoldItemInput {
  @Field(() => JSONScalar, { description: 'The item, as for any item of the project' })
  @IsDefined({ message: 'Give the item' })
  input: unknown;

  @Field(() => JSONScalar, { description: 'The right answer, validated as a worker answer would be' })
  @IsDefined({ message: 'Give the right answer' })
  answer: unknown;

  @Field(() => String, { nullable: true, description: 'Shown to workers after they answer, in training' })
  @IsOptional()
  @MaxLength(2000)
  explanation?: string;
}

@InputType()
export class AddGoldItemsInput {
  @Field(() => ID)
  @IsUUID('all', saying('No such project', 'field.projectNotFound'))
  projectId: string;

  @Field(() => [GoldItemInput])
  @ArrayMinSize(1, { message: 'Add at least one gold item' })
  @ArrayMaxSize(5000)
  @ValidateNested({ each: true })
  @Type(() => GoldItemInput)
  items: GoldItemInput[];
}
