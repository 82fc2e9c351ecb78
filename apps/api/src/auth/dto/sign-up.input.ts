import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { Role } from '../../users/user.entity';
import { Trimmed } from '../../common/trimmed';

@InputType()
export class SignUpInput {
  @Field(() => String)
  @IsEmail({}, { message: 'Enter a valid email address' })
  @MaxLength(254)
  email: string;

  @Field(() => String)
  @IsString()
  password: string;

  @Field(() => String)
  @Trimmed()
  @Length(1, 80, { message: 'Enter a name of 1 to 80 characters' })
  displayName: string;

  /** Admins are never self-made: only workers and requesters sign up. */
  @Field(() => Role)
  @IsEnum(Role)
  @IsIn([Role.WORKER, Role.REQUESTER], { message: 'Choose worker or requester' })
  role: Role;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(['en', 'fr'], { message: 'Choose en or fr' })
  locale?: string;
}

@InputType()
export class SignInInput {
  @Field(() => String)
  @IsString()
  email: string;

  @Field(() => String)
  @IsString()
  password: string;
}

@InputType()
export class ChangePasswordInput {
  @Field(() => String)
  @IsString()
  currentPassword: string;

  @Field(() => String, { description: 'At least 10 characters, not a common password' })
  @IsString()
  newPassword: string;
}
