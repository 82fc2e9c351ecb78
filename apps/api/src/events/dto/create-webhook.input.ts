import { Field, ID, InputType } from '@nestjs/graphql';
import { IsArray, IsString, IsUUID, MaxLength } from 'class-validator';
import { saying } from '../../common/input-reasons';

@InputType()
export class CreateWebhookInput {
  @Field(() => ID)
  @IsUUID('all', saying('No such project', 'field.projectNotFound'))
  projectId: string;

  @Field(() => String)
  @IsString()
  @MaxLength(2000, { message: 'The URL is too long' })
  url: string;

  @Field(() => [String], { description: 'Event types to receive' })
  @IsArray()
  events: string[];
}
