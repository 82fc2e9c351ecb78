import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DomainError, fieldProblem } from '../common/domain-error';
import { isUuid } from '../projects/projects.service';
import { Role, UserStatus } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { AuthService, type Session } from './auth.service';
import { hashPassword, passwordWeakness } from './password';
import { suspendedAtSignIn } from './session-errors';
import { SignedLinks } from './signed-links';
import { SignInThrottle } from './sign-in-throttle';

const RESET_LINK = 'password-reset';
/** Long enough to pass on through support and be opened the same day's hour; short enough to leak little. */
export const RESET_LINK_SECONDS = 3600;

export interface ResetLink {
  ticket: string;
  expiresAt: Date;
  /** Where the person opens it: the worker app, or the console for requesters and admins. */
  app: 'WORKER' | 'CONSOLE';
}

const noSuchUser = () => DomainError.notFound('No such user', 'user.notFound', [fieldProblem('userId', 'No such user', 'field.userNotFound')]);
const linkInvalid = () => new DomainError('FORBIDDEN', 'This link has expired or was already used: ask for a new one', [], { key: 'auth.resetLinkInvalid', params: {} });

/**
 * A forgotten password, with no email sent by the platform: an admin makes a one-hour link (audited,
 * with the reason) that support passes on; it sets a new password once. The link carries the account's
 * session generation, which the new password moves on: used once, or after any other password change,
 * it is refused.
 */
@Injectable()
export class PasswordResets {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly users: UsersService,
    private readonly links: SignedLinks,
    private readonly auth: AuthService,
    private readonly throttle: SignInThrottle,
  ) {}

  async makeLink(adminId: string, userId: string, reason: string): Promise<ResetLink> {
    if (!isUuid(userId)) throw noSuchUser();
    const user = await this.users.find(userId);
    if (!user) throw noSuchUser();
    await this.db.query(
      `INSERT INTO audit_events (actor_id, action, subject_kind, subject_id, reason, details) VALUES ($1, 'PASSWORD_RESET_LINK', 'USER', $2, $3, '{}')`,
      [adminId, userId, reason],
    );
    const { ticket, expiresAt } = this.links.sign(RESET_LINK, { userId, generation: String(user.sessionGeneration) }, RESET_LINK_SECONDS);
    return { ticket, expiresAt, app: user.roles.includes(Role.WORKER) ? 'WORKER' : 'CONSOLE' };
  }

  /** Sets the new password of the link's account and signs it in; its other sessions end. */
  async reset(ticket: string, newPassword: string): Promise<Session> {
    const claims = this.links.read(RESET_LINK, ticket);
    const user = claims && isUuid(claims['userId'] ?? '') ? await this.users.find(claims['userId']) : null;
    if (!claims || !user || String(user.sessionGeneration) !== claims['generation']) throw linkInvalid();
    const weakness = passwordWeakness(newPassword, user.email);
    if (weakness) throw DomainError.invalid([{ path: 'newPassword', ...weakness }]);
    if (user.status === UserStatus.BANNED) throw suspendedAtSignIn(user.suspensionReason ?? '');
    const changed = await this.users.changePassword(user.id, await hashPassword(newPassword), user.sessionGeneration);
    if (!changed) throw linkInvalid(); // used at the same moment by another request
    await this.throttle.succeeded(changed.email);
    return this.auth.sessionFor(changed);
  }
}
