import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/allow.decorator';
import { type AuthUser, CurrentUser } from '../auth/current-user.decorator';
import { Permission } from '../auth/permissions';
import { checkReason } from '../common/admin-reason';
import { AccountSuspensions } from './account-suspensions';
import { PersonModel } from './models/person.model';
import { PeopleDirectory } from './people-directory';

@Resolver()
export class AccountSuspensionsResolver {
  constructor(
    private readonly suspensions: AccountSuspensions,
    private readonly directory: PeopleDirectory,
  ) {}

  @Allow(Permission.AccountAdmin)
  @Mutation(() => PersonModel, {
    description: 'Suspends an account: the person is signed out within seconds on every replica and cannot sign in; they are told the reason. The tasks they hold go to others within a minute; their answers, projects and money stay as they are. Audited',
  })
  async suspendAccount(@CurrentUser() admin: AuthUser, @Args('userId', { type: () => ID }) userId: string, @Args('reason', { type: () => String }) reason: string): Promise<PersonModel> {
    await this.suspensions.suspend(admin.id, userId, checkReason(reason));
    return this.directory.get(userId);
  }

  @Allow(Permission.AccountAdmin)
  @Mutation(() => PersonModel, { description: 'Reinstates a suspended account: the person may sign in again. Audited' })
  async reinstateAccount(@CurrentUser() admin: AuthUser, @Args('userId', { type: () => ID }) userId: string, @Args('reason', { type: () => String }) reason: string): Promise<PersonModel> {
    await this.suspensions.reinstate(admin.id, userId, checkReason(reason));
    return this.directory.get(userId);
  }
}
