import type { FieldProblemKey } from '@fourmi/task-kinds';
import { hash, verify } from '@node-rs/argon2';
import type { ErrorReason } from '../common/domain-error';

const COMMON = new Set(['password', 'password1', 'password123', '1234567890', 'qwertyuiop', 'azertyuiop', 'motdepasse', 'iloveyou12', '0123456789', 'abcdefghij']);

/** Why a password is too weak (in English, and as a reason the apps word), or null when it is acceptable (length first, as NIST advises). */
export function passwordWeakness(password: string, email: string): { message: string; reason: ErrorReason } | null {
  if (password.length < 10) return weakness('Use at least 10 characters', 'field.tooShort', { min: 10 });
  if (password.length > 200) return weakness('Use at most 200 characters', 'field.tooLong', { max: 200 });
  if (COMMON.has(password.toLowerCase())) return weakness('This password is too common', 'field.passwordCommon');
  if (new Set(password).size < 4) return weakness('Use more different characters', 'field.passwordRepetitive');
  const local = email.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && password.toLowerCase().includes(local)) return weakness('Do not put your email in your password', 'field.passwordHasEmail');
  return null;
}

const weakness = (message: string, key: FieldProblemKey, params: ErrorReason['params'] = {}) => ({ message, reason: { key, params } });

export const hashPassword = (password: string) => hash(password);
export const verifyPassword = (passwordHash: string, password: string) => verify(passwordHash, password);
