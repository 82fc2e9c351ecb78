import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsString, Length } from 'class-validator';

@ArgsType()
export class RejectAssignmentsArgs {
  @Field(() => [ID])
  @IsArray()
  @ArrayMaxSize(1000, { message: 'At most 1000 assignments at once' })
  @IsString({ each: true })
  ids: string[];

  @Field(() => String, { description: 'Shown to the workers' })
  @Length(3, 500, { message: 'Give a reason of 3 to 500 characters' })
  reason: string;
}
