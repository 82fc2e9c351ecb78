import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DomainError, fieldProblem } from '../common/domain-error';
import { type UserEntity, UserStatus } from '../users/user.entity';
import { normaliseEmail, UsersService } from '../users/users.service';
import type { ChangePasswordInput, SignInInput, SignUpInput } from './dto/sign-up.input';
import { hashPassword, passwordWeakness, verifyPassword } from './password';
import { suspendedAtSignIn } from './session-errors';
import { SignInThrottle } from './sign-in-throttle';
import { TokenService } from './token.service';

export class AuthError extends DomainError {}

export interface Session {
  token: string;
  user: UserEntity;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly tokens: TokenService,
    private readonly throttle: SignInThrottle,
  ) {}

  async signUp(input: SignUpInput): Promise<Session> {
    const weakness = passwordWeakness(input.password, input.email);
    if (weakness) throw AuthError.invalid([{ path: 'password', ...weakness }]);
    const user = await this.users.create({
      email: input.email,
      passwordHash: await hashPassword(input.password),
      displayName: input.displayName.trim(),
      roles: [input.role],
      locale: input.locale ?? 'en',
    });
    return this.sessionFor(user);
  }

  async signIn(input: SignInInput): Promise<Session> {
    const email = normaliseEmail(input.email);
    await this.throttle.check(email);
    const user = await this.users.findByEmail(email);
    // Same answer, in about the same time, for an unknown email and a wrong password: no account probing.
    const ok = await verifyPassword(user?.passwordHash ?? (await unknownAccountHash()), input.password);
    if (!user || !ok) {
      await this.throttle.failed(email);
      const wrong = fieldProblem('password', 'Wrong email or password', 'field.wrongCredentials');
      throw new AuthError('UNAUTHENTICATED', 'Wrong email or password', [wrong], { key: 'auth.wrongCredentials', params: {} });
    }
    await this.throttle.succeeded(email);
    if (user.status === UserStatus.BANNED) throw suspendedAtSignIn(user.suspensionReason ?? '');
    return this.sessionFor(user);
  }

  /** A new password, checked as at sign-up; the account's other sessions end (SessionGate). */
  async changePassword(userId: string, input: ChangePasswordInput): Promise<Session> {
    const user = await this.users.get(userId);
    // A stolen session must not be a way to guess the password either: counted as sign-ins are.
    await this.throttle.check(user.email);
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
      await this.throttle.failed(user.email);
      throw AuthError.invalid([fieldProblem('currentPassword', 'Wrong password', 'field.wrongPassword')]);
    }
    await this.throttle.succeeded(user.email);
    const weakness = passwordWeakness(input.newPassword, user.email);
    if (weakness) throw AuthError.invalid([{ path: 'newPassword', ...weakness }]);
    return this.sessionFor(await this.users.changePassword(user.id, await hashPassword(input.newPassword)));
  }

  /** A new token for `user`, in the account's current session generation. */
  async sessionFor(user: UserEntity): Promise<Session> {
    return { token: await this.tokens.issue({ id: user.id, roles: user.roles }, user.sessionGeneration), user };
  }
}

let unknownHash: Promise<string> | undefined;
/** A hash no password matches, made once: checking against it costs what checking a real one does. */
const unknownAccountHash = () => (unknownHash ??= hashPassword(randomBytes(32).toString('hex')));
