import { describe, expect, it } from 'vitest';
import { bilingualLanguageName, COMMON_LANGUAGES, languageOptions } from './languages';

describe('bilingualLanguageName', () => {
  it('names a language in the interface language, then in itself', () => {
    expect(bilingualLanguageName('fr', 'en')).toBe('French / français');
    expect(bilingualLanguageName('de', 'fr')).toBe('allemand / Deutsch');
  });

  it('says the name once when both are the same', () => {
    expect(bilingualLanguageName('en', 'en')).toBe('English');
    expect(bilingualLanguageName('fr', 'fr')).toBe('français');
  });
});

describe('languageOptions', () => {
  it('offers the common languages as the API wants them: two lowercase letters', () => {
    expect(COMMON_LANGUAGES.every((code) => /^[a-z]{2}$/.test(code))).toBe(true);
    expect(languageOptions([], 'en').map((o) => o.code)).toEqual(expect.arrayContaining(['en', 'fr', 'es', 'de', 'zh', 'ar']));
  });

  it('keeps a language of the worker that is not on the list, so it can be unticked', () => {
    const options = languageOptions(['eu'], 'en');
    expect(options).toContainEqual({ code: 'eu', name: 'Basque / euskara' });
    expect(options).toHaveLength(COMMON_LANGUAGES.length + 1);
  });

  it('sorts by name in the interface language', () => {
    const english = languageOptions([], 'en').map((o) => o.name);
    expect(english.indexOf('German / Deutsch')).toBeLessThan(english.indexOf('Spanish / español'));
    const french = languageOptions([], 'fr').map((o) => o.name);
    expect(french.indexOf('allemand / Deutsch')).toBeLessThan(french.indexOf('espagnol / español'));
    expect(french[0]).toBe('allemand / Deutsch');
  });
});
