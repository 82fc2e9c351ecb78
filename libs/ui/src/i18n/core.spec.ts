import { describe, expect, it } from 'vitest';
import { findDictionaryProblems, formatMessage, pickLocale } from './core';
import { uiI18n } from './messages';

describe('pickLocale', () => {
  it('takes the first supported language of the candidates', () => {
    expect(pickLocale([null, 'de-DE', 'fr-CA', 'en'])).toBe('fr');
    expect(pickLocale(['EN_gb'])).toBe('en');
    expect(pickLocale(['es', undefined])).toBe('en');
    expect(pickLocale([])).toBe('en');
  });
});

describe('formatMessage', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(formatMessage('en', 'Hello {name}, {missing}', { name: 'Ada' })).toBe('Hello Ada, {missing}');
  });

  it('chooses the plural form per language', () => {
    const message = { zero: 'none', one: '{count} task', other: '{count} tasks' };
    expect(formatMessage('en', message, { count: 0 })).toBe('none');
    expect(formatMessage('en', message, { count: 1 })).toBe('1 task');
    expect(formatMessage('en', message, { count: 2 })).toBe('2 tasks');
    const fr = { one: '{count} tâche', other: '{count} tâches' };
    expect(formatMessage('fr', fr, { count: 0 })).toBe('0 tâche'); // French: 0 is singular
    expect(formatMessage('fr', fr, { count: 1.5 })).toBe('1,5 tâche');
  });
});

describe('findDictionaryProblems', () => {
  it('reports missing keys, empty messages and differing placeholders', () => {
    const problems = findDictionaryProblems({
      en: { a: 'A {x}', b: 'B', c: 'C' },
      fr: { a: 'A {y}', b: ' ' },
    });
    expect(problems).toEqual(['placeholders differ for "a"', 'fr: empty "b"', 'fr: missing "c"']);
  });

  it('finds nothing wrong in the shared components’ dictionaries', () => {
    expect(findDictionaryProblems(uiI18n.dictionaries)).toEqual([]);
  });
});

describe('formatMessage numbers', () => {
  it('writes numbers as the locale does, and leaves strings as they are', () => {
    const message = { one: '{count} item in {name}', other: '{count} items in {name}' };
    expect(formatMessage('en', message, { count: 12000, name: '2026' })).toBe('12,000 items in 2026');
    expect(formatMessage('fr', message, { count: 12000, name: '2026' })).toBe('12\u202f000 items in 2026');
    expect(formatMessage('fr', 'Moyenne {n}', { n: 0.5 })).toBe('Moyenne 0,5');
  });
});
