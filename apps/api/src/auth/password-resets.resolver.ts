import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { checkReason } from '../common/admin-reason';
import { Allow, Public } from './allow.decorator';
import { AuthPayloadModel, toPayload } from './auth.resolver';
import { type AuthUser, CurrentUser } from './current-user.decorator';
import { PasswordResetLinkModel } from './models/password-reset-link.model';
import { PasswordResets } from './password-resets';
import { Permission } from './permissions';

@Resolver()
export class PasswordResetsResolver {
  constructor(private readonly resets: PasswordResets) {}

  @Allow(Permission.AccountAdmin)
  @Mutation(() => PasswordResetLinkModel, {
    description: 'A one-hour link for a person who forgot their password (support passes it on): it sets a new password once, and ends their sessions. Audited with the reason',
  })
  passwordResetLink(@CurrentUser() admin: AuthUser, @Args('userId', { type: () => ID }) userId: string, @Args('reason', { type: () => String }) reason: string): Promise<PasswordResetLinkModel> {
    return this.resets.makeLink(admin.id, userId, checkReason(reason));
  }

  @Public()
  @Mutation(() => AuthPayloadModel, { description: 'Sets a new password with a reset link’s ticket, signs in, and ends the account’s other sessions' })
  async resetPassword(@Args('ticket', { type: () => String }) ticket: string, @Args('newPassword', { type: () => String }) newPassword: string): Promise<AuthPayloadModel> {
    return toPayload(await this.resets.reset(ticket, newPassword));
  }
}
