import { ApiError } from '@fourmi/api-client';
import { describe, expect, it } from 'vitest';
import { checkProfile, profileFieldErrors, toggleLanguage } from './profile-form';

describe('checkProfile', () => {
  const valid = { displayName: 'Ada', languages: ['fr'], locale: 'en' as const };

  it('accepts a name and up to 20 languages (none is fine: projects open to all)', () => {
    expect(checkProfile(valid)).toEqual({});
    expect(checkProfile({ ...valid, languages: [] })).toEqual({});
  });

  it('refuses a blank or too long name, and more than 20 languages', () => {
    expect(checkProfile({ ...valid, displayName: '   ' })).toEqual({ displayName: 'profile.nameInvalid' });
    expect(checkProfile({ ...valid, displayName: 'a'.repeat(81) })).toEqual({ displayName: 'profile.nameInvalid' });
    expect(checkProfile({ ...valid, languages: Array.from({ length: 21 }, (_, i) => `l${i}`) })).toEqual({ languages: 'profile.tooManyLanguages' });
  });
});

describe('profileFieldErrors', () => {
  it('puts each API field message under its field, the name in the worker’s words', () => {
    const error = new ApiError('Some fields are not valid', 'BAD_USER_INPUT', [
      { path: 'displayName', message: 'Enter a name of 1 to 80 characters' },
      { path: 'languages', message: 'Use two-letter language codes such as en or fr' },
    ]);
    expect(profileFieldErrors(error, 'Saisissez un nom de 1 à 80 caractères.')).toEqual({
      displayName: 'Saisissez un nom de 1 à 80 caractères.',
      languages: 'Use two-letter language codes such as en or fr',
    });
    expect(profileFieldErrors(undefined, 'x')).toEqual({});
  });
});

describe('toggleLanguage', () => {
  it('adds at the end and removes, never twice', () => {
    expect(toggleLanguage(['fr'], 'de', true)).toEqual(['fr', 'de']);
    expect(toggleLanguage(['fr', 'de'], 'de', true)).toEqual(['fr', 'de']);
    expect(toggleLanguage(['fr', 'de'], 'fr', false)).toEqual(['de']);
  });
});
