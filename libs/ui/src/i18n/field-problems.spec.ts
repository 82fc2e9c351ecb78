import { FIELD_PROBLEMS, fieldProblemMessage, type FieldProblemKey } from '@fourmi/task-kinds';
import { describe, expect, it } from 'vitest';
import { findDictionaryProblems, formatMessage } from './core';
import { uiI18n } from './messages';
import { varsOf } from './useFieldProblems';

const keys = Object.keys(FIELD_PROBLEMS) as FieldProblemKey[];

describe('field problem messages', () => {
  it('has every field problem of the task kinds and the API in English and in French', () => {
    const { en, fr } = uiI18n.dictionaries;
    for (const key of keys) {
      expect(en[key], key).toBeDefined();
      expect(fr[key], key).toBeDefined();
      expect(fr[key], key).not.toEqual(en[key]);
    }
    expect(findDictionaryProblems(uiI18n.dictionaries)).toEqual([]);
  });

  it('says in English what the API says, so English users read the same sentence', () => {
    expect(formatMessage('en', uiI18n.dictionaries.en['field.tooLong'], { max: 200 })).toBe(fieldProblemMessage('field.tooLong', { max: 200 }));
    expect(formatMessage('en', uiI18n.dictionaries.en['field.tooFewItems'], { count: 1 })).toBe(fieldProblemMessage('field.tooFewItems', { count: 1 }));
  });

  it('says it in natural French, numbers written the French way', () => {
    const fr = uiI18n.dictionaries.fr;
    expect(formatMessage('fr', fr['field.required'])).toBe('Obligatoire.');
    expect(formatMessage('fr', fr['field.tooLong'], { max: 200 })).toBe('Doit comporter au plus 200 caractères.');
    expect(formatMessage('fr', fr['field.tooLong'], { max: 20000 })).toMatch(/^Doit comporter au plus 20\s000 caractères\.$/);
    expect(formatMessage('fr', fr['field.unknownParent'], { value: 'x' })).toBe('Parent inconnu « x ».');
    expect(formatMessage('fr', fr['field.centsTooSmall'], { count: 1 })).toBe('Doit être d’au moins 1 centime.');
    expect(formatMessage('fr', fr['field.centsTooLarge'], { count: 100000 })).toMatch(/^Doit être d’au plus 100\s000 centimes\.$/);
  });

  it('says amounts as money in the user’s locale, and in English as the API writes them', () => {
    const params = { shortCents: 250, currency: 'EUR' };
    const say = (locale: 'en' | 'fr') => formatMessage(locale, uiI18n.dictionaries[locale]['field.balanceShortBy'], varsOf(params, locale));
    expect(say('en')).toBe(fieldProblemMessage('field.balanceShortBy', params));
    expect(say('fr')).toMatch(/^Il manque 2,50\s€ sur votre solde\.$/);
  });

  it('names the status of an answer the review cannot decide', () => {
    const fr = uiI18n.dictionaries.fr;
    expect(formatMessage('fr', fr['field.assignmentAccepted'], { id: '42' })).toBe('La réponse 42 est déjà acceptée.');
    expect(formatMessage('fr', fr['field.reasonBetween'], { min: 3, max: 1000 })).toMatch(/^Donnez un motif de 3 à 1\s000 caractères\.$/);
  });
});
