import { taskUiI18n } from '@fourmi/task-ui';
import { findDictionaryProblems, uiI18n } from '@fourmi/ui';
import { describe, expect, it } from 'vitest';
import { consoleI18n } from './index';

describe('console dictionaries', () => {
  it('have every key in English and French, with the same placeholders', () => {
    expect(findDictionaryProblems(consoleI18n.dictionaries)).toEqual([]);
  });

  it('and so do the libraries the app shows', () => {
    expect(findDictionaryProblems(uiI18n.dictionaries)).toEqual([]);
    expect(findDictionaryProblems(taskUiI18n.dictionaries)).toEqual([]);
  });
});
