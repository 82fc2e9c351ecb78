import { DomainError, type ErrorReason } from '../common/domain-error';
import type { SessionEnd } from './session-gate';

const suspendedMessage = (reason: string) => (reason ? `This account is suspended: ${reason}` : 'This account is suspended');
const suspendedReason = (reason: string): ErrorReason => ({ key: 'auth.suspended', params: { reason } });

/** Sign-in refused to a suspended account, with the admin's reason for the person to read. */
export function suspendedAtSignIn(reason: string): DomainError {
  return new DomainError('FORBIDDEN', suspendedMessage(reason), [], suspendedReason(reason));
}

/** A session that may not go on: UNAUTHENTICATED, so the apps sign the person out, with why. */
export function sessionEndedError(end: SessionEnd): DomainError {
  if (end.kind === 'suspended') return new DomainError('UNAUTHENTICATED', suspendedMessage(end.reason), [], suspendedReason(end.reason));
  return new DomainError('UNAUTHENTICATED', 'Your password was changed: sign in again', [], { key: 'auth.sessionEnded', params: {} });
}
