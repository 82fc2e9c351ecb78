import { taskUiI18n } from '@fourmi/task-ui';
import { findDictionaryProblems, uiI18n } from '@fourmi/ui';
import { describe, expect, it } from 'vitest';
import { wizardI18n } from '../features/wizard/i18n';
import { consoleI18n } from './index';

describe('console dictionaries', () => {
  it('have every key in English and French, with the same placeholders', () => {
    expect(findDictionaryProblems(consoleI18n.dictionaries)).toEqual([]);
  });

  it('and so do the project wizard’s', () => {
    expect(findDictionaryProblems(wizardI18n.dictionaries)).toEqual([]);
  });

  it('call the people who do the tasks one name in French, as the rest of the console does (travailleurs)', () => {
    const french = [consoleI18n.dictionaries.fr, wizardI18n.dictionaries.fr].flatMap((d) => Object.values(d).flatMap((m) => (typeof m === 'string' ? [m] : Object.values(m))));
    expect(french.filter((m) => /contributeur/i.test(m))).toEqual([]);
  });

  it('and so do the libraries the app shows', () => {
    expect(findDictionaryProblems(uiI18n.dictionaries)).toEqual([]);
    expect(findDictionaryProblems(taskUiI18n.dictionaries)).toEqual([]);
  });
});
