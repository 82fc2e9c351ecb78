import { describe, expect, it } from 'vitest';
import { languageName } from './language';

describe('languageName', () => {
  it('names a language in the reader’s language, and keeps a code it cannot name', () => {
    expect(languageName('en', 'en')).toBe('English');
    expect(languageName('en', 'fr')).toBe('anglais');
    expect(languageName('fr', 'fr')).toBe('français');
    expect(languageName('not a code', 'en')).toBe('not a code');
  });
});
