import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role } from '../user.entity';

registerEnumType(Role, { name: 'Role' });

@ObjectType('User')
export class UserModel {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  email: string;

  @Field(() => String)
  displayName: string;

  @Field(() => [Role])
  roles: Role[];

  @Field(() => String)
  locale: string;

  @Field(() => [String])
  languages: string[];

  @Field(() => Date)
  createdAt: Date;
}
