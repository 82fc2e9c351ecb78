import { describe, expect, it } from 'vitest';
import { hashPassword, passwordWeakness, verifyPassword } from './password';

describe('passwordWeakness', () => {
  it.each([
    ['short1', 'Use at least 10 characters', { key: 'field.tooShort', params: { min: 10 } }],
    ['password123', 'This password is too common', { key: 'field.passwordCommon', params: {} }],
    ['aaaaaaaaaaaa', 'Use more different characters', { key: 'field.passwordRepetitive', params: {} }],
    ['marie.dupont-2026', 'Do not put your email in your password', { key: 'field.passwordHasEmail', params: {} }],
  ])('rejects %s, in English and as a reason the apps word', (password, message, reason) => {
    expect(passwordWeakness(password, 'marie.dupont@example.org')).toEqual({ message, reason });
  });

  it('accepts a long, varied password', () => {
    expect(passwordWeakness('correct horse battery', 'marie@example.org')).toBeNull();
  });
});

describe('argon2 hashing', () => {
  it('verifies the right password only', async () => {
    const stored = await hashPassword('correct horse battery');
    expect(stored).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(stored, 'correct horse battery')).toBe(true);
    expect(await verifyPassword(stored, 'wrong horse battery')).toBe(false);
  });
});
