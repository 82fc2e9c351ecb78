import { Args, Field, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { UserModel } from '../users/models/user.model';
import { toUserModel, UsersService } from '../users/users.service';
import { Allow, Public } from './allow.decorator';
import { AuthService, type Session } from './auth.service';
import { type AuthUser, CurrentUser } from './current-user.decorator';
import { ChangePasswordInput, SignInInput, SignUpInput } from './dto/sign-up.input';
import { Permission } from './permissions';

@ObjectType('AuthPayload')
export class AuthPayloadModel {
  @Field(() => String)
  token: string;

  @Field(() => UserModel)
  user: UserModel;
}

export const toPayload = (session: Session): AuthPayloadModel => ({ token: session.token, user: toUserModel(session.user) });

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Public()
  @Mutation(() => AuthPayloadModel)
  async signUp(@Args('input') input: SignUpInput): Promise<AuthPayloadModel> {
    return toPayload(await this.auth.signUp(input));
  }

  @Public()
  @Mutation(() => AuthPayloadModel)
  async signIn(@Args('input') input: SignInInput): Promise<AuthPayloadModel> {
    return toPayload(await this.auth.signIn(input));
  }

  @Allow(Permission.Self)
  @Mutation(() => AuthPayloadModel, {
    description: 'Changes your password and ends your other sessions on every device within moments; returns a new token for this one. Audited',
  })
  async changePassword(@CurrentUser() user: AuthUser, @Args('input') input: ChangePasswordInput): Promise<AuthPayloadModel> {
    return toPayload(await this.auth.changePassword(user.id, input));
  }

  @Allow(Permission.Self)
  @Query(() => UserModel)
  async me(@CurrentUser() user: AuthUser): Promise<UserModel> {
    return toUserModel(await this.users.get(user.id));
  }
}
