import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/allow.decorator';
import { type AuthUser, CurrentUser } from '../auth/current-user.decorator';
import { Permission } from '../auth/permissions';
import { UpdateProfileInput } from './dto/update-profile.input';
import { UserModel } from './models/user.model';
import { toUserModel, UsersService } from './users.service';

@Resolver(() => UserModel)
export class UsersResolver {
  constructor(private readonly users: UsersService) {}

  @Allow(Permission.Self)
  @Mutation(() => UserModel)
  async updateProfile(@CurrentUser() user: AuthUser, @Args('input') input: UpdateProfileInput): Promise<UserModel> {
    return toUserModel(await this.users.updateProfile(user.id, input));
  }
}
