import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional, MaxLength } from 'class-validator';
import { PageArgs } from '../../common/page.args';
import { Trimmed } from '../../common/trimmed';
import { Role } from '../user.entity';

@ArgsType()
export class PeopleArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Part of an email or a name, any case; empty lists everyone' })
  @IsOptional()
  @Trimmed()
  @MaxLength(100, { message: 'Search with at most 100 characters' })
  search?: string;

  @Field(() => Role, { nullable: true, description: 'Only people with this role' })
  @IsOptional()
  @IsEnum(Role, { message: 'Choose WORKER, REQUESTER or ADMIN' })
  role?: Role;
}
