import { hash, verify } from '@node-rs/argon2';

const COMMON = new Set(['password', 'password1', 'password123', '1234567890', 'qwertyuiop', 'azertyuiop', 'motdepasse', 'iloveyou12', '0123456789', 'abcdefghij']);

/** Why a password is too weak, or null when it is acceptable (length first, as NIST advises). */
export function passwordWeakness(password: string, email: string): string | null {
  if (password.length < 10) return 'Use at least 10 characters';
  if (password.length > 200) return 'Use at most 200 characters';
  if (COMMON.has(password.toLowerCase())) return 'This password is too common';
  if (new Set(password).size < 4) return 'Use more different characters';
  const local = email.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && password.toLowerCase().includes(local)) return 'Do not put your email in your password';
  return null;
}

export const hashPassword = (password: string) => hash(password);
export const verifyPassword = (passwordHash: string, password: string) => verify(passwordHash, password);
