import { describe, expect, it } from 'vitest';
import { initialQualityForm, toQualityInput } from './quality-form';

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
