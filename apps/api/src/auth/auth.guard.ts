import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError } from '../common/domain-error';
import { ALLOW_KEY, PUBLIC_KEY } from './allow.decorator';
import { requestOf } from './current-user.decorator';
import { type Permission, permissionsOf } from './permissions';
import { SessionGate } from './session-gate';
import { sessionEndedError } from './session-errors';
import { TokenService } from './token.service';

/** Global guard: deny by default; an operation runs only if it is @Public or the caller holds an @Allow permission. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly sessions: SessionGate,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const required = this.reflector.getAllAndOverride<Permission[]>(ALLOW_KEY, targets);
    // An operation with neither decorator is the API's own mistake, not anything its caller did.
    if (!required?.length) throw new DomainError('FORBIDDEN', 'This operation is not open to anyone');
    const request = requestOf(context);
    const header = request.headers['authorization'] ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7) : '';
    const user = token ? await this.tokens.verify(token) : null;
    if (!user) throw new DomainError('UNAUTHENTICATED', 'Please sign in', [], { key: 'auth.signIn', params: {} });
    // A token stays valid for days: a suspension or a password change ends its session here, on every replica.
    const ended = this.sessions.check(user.id, user.generation);
    if (ended) throw sessionEndedError(ended);
    const granted = permissionsOf(user.roles);
    if (!required.some((p) => granted.has(p))) throw new DomainError('FORBIDDEN', 'Your account is not allowed to do this', [], { key: 'auth.notAllowed', params: {} });
    request.user = user;
    return true;
  }
}
