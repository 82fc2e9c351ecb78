import { DomainError, type ErrorReason } from '../common/domain-error';

/**
 * The refusal a suspended person meets, with the admin's reason: FORBIDDEN at sign-in, UNAUTHENTICATED
 * on any other operation, so the apps end the session and say why.
 */
export function suspendedError(reason: string, at: 'signIn' | 'session'): DomainError {
  const message = reason ? `This account is suspended: ${reason}` : 'This account is suspended';
  const why: ErrorReason = { key: 'auth.suspended', params: { reason } };
  return at === 'signIn' ? new DomainError('FORBIDDEN', message, [], why) : new DomainError('UNAUTHENTICATED', message, [], why);
}
