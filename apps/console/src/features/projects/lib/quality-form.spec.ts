import { describe, expect, it } from 'vitest';
import { initialQualityForm, LEVELS_TO_ASK, toQualityInput } from './quality-form';

describe('toQualityInput', () => {
  it('sends nothing but the fair-pay policy when nothing is typed', () => {
    expect(toQualityInput(initialQualityForm())).toEqual({ input: { fairPayPolicy: 'TOP_UP' }, errors: {} });
  });

  it('sends percents as fractions and whole numbers as numbers', () => {
    const values = { ...initialQualityForm(), goldPercent: '10', banBelowPercent: '60', minGoldAnswers: '5', minOverlap: '2', confidencePercent: '90', training: true, autoAcceptHours: '72', fairPayPolicy: 'WARN' as const };
    expect(toQualityInput(values)).toEqual({
      input: {
        goldRatio: 0.1,
        qualityRules: { banBelowGoldAccuracy: 0.6, minGoldAnswers: 5, minOverlap: 2, confidenceTarget: 0.9, training: true },
        autoAcceptHours: 72,
        fairPayPolicy: 'WARN',
      },
      errors: {},
    });
  });

  it('sends an exam only whole', () => {
    const exam = { ...initialQualityForm(), examGoldAnswers: '10', examPassPercent: '80', examGrantsSkill: 'kind:CATEGORIZATION' };
    expect(toQualityInput(exam).input.qualityRules).toEqual({ examGoldAnswers: 10, examPassAccuracy: 0.8, examGrantsSkill: 'kind:CATEGORIZATION' });
    expect(toQualityInput({ ...initialQualityForm(), examGoldAnswers: '10' }).errors).toEqual({ 'qualityRules.examGrantsSkill': 'quality.examAll' });
  });

  it('sends a minimum level of 2 to 4 as chosen, and none by default', () => {
    expect(toQualityInput({ ...initialQualityForm(), minLevel: '2' }).input.qualityRules).toEqual({ minLevel: 2 });
    expect(toQualityInput({ ...initialQualityForm(), minLevel: '4', dailyCap: '50' }).input.qualityRules).toEqual({ dailyCap: 50, minLevel: 4 });
    expect(toQualityInput(initialQualityForm()).input.qualityRules).toBeUndefined();
    for (const bad of ['1', '5', '2.5', 'x']) {
      expect(toQualityInput({ ...initialQualityForm(), minLevel: bad }).errors).toEqual({ 'qualityRules.minLevel': 'quality.levelRange' });
    }
  });

  it('offers the levels above the first, each with what it asks', () => {
    expect(LEVELS_TO_ASK).toEqual([
      { level: 2, minReviewed: 50, minAcceptedPercent: 90 },
      { level: 3, minReviewed: 500, minAcceptedPercent: 95 },
      { level: 4, minReviewed: 5000, minAcceptedPercent: 97 },
    ]);
  });

  it('names each bad field by its API path', () => {
    const values = { ...initialQualityForm(), goldPercent: '80', dailyCap: '2.5', minOverlap: '2', banBelowPercent: 'abc', minGoldAnswers: '0', autoAcceptHours: '-1' };
    expect(toQualityInput(values).errors).toEqual({
      goldRatio: 'quality.goldRange',
      // 0 is a whole number: the message says what is expected.
      'qualityRules.minGoldAnswers': 'quality.wholeNumberFromOne',
      'qualityRules.dailyCap': 'quality.wholeNumberFromOne',
      autoAcceptHours: 'quality.wholeNumber',
      'qualityRules.banBelowGoldAccuracy': 'quality.percentRange',
      'qualityRules.confidenceTarget': 'quality.dynamicBoth',
    });
  });
});
