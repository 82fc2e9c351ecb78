import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsIn, IsOptional, Length, Matches } from 'class-validator';
import { Trimmed } from '../../common/trimmed';

@InputType()
export class UpdateProfileInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trimmed()
  @Length(1, 80, { message: 'Enter a name of 1 to 80 characters' })
  displayName?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(['en', 'fr'], { message: 'Choose en or fr' })
  locale?: string;

  @Field(() => [String], { nullable: true, description: 'Languages you work in (ISO 639-1 codes)' })
  @IsOptional()
  @ArrayMaxSize(20)
  @Matches(/^[a-z]{2}$/, { each: true, message: 'Use two-letter language codes such as en or fr' })
  languages?: string[];
}
