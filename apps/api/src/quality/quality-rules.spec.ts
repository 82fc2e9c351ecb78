import { describe, expect, it } from 'vitest';
import { checkRules, needsAnotherAnswer } from './quality-rules';

describe('checkRules', () => {
  it('names a minimum overlap above the overlap and a half-configured dynamic overlap', () => {
    expect(checkRules({ minOverlap: 5, confidenceTarget: 0.9 }, 3)).toEqual([
      { path: 'qualityRules.minOverlap', message: 'Must not exceed the overlap (3)', reason: { key: 'field.aboveOverlap', params: { overlap: 3 } } },
    ]);
    expect(checkRules({ minOverlap: 2 }, 3).map((p) => [p.path, p.reason?.key])).toEqual([['qualityRules.confidenceTarget', 'field.dynamicOverlapPair']]);
    expect(checkRules({ examGoldAnswers: 5 }, 3).map((p) => p.reason?.key)).toEqual(['field.examIncomplete']);
    expect(checkRules({ minOverlap: 2, confidenceTarget: 0.9 }, 3)).toEqual([]);
  });
});

describe('needsAnotherAnswer', () => {
  const rules = { minOverlap: 2, confidenceTarget: 0.9 };
  it('asks for one more answer while unsure and below the maximum', () => {
    expect(needsAnotherAnswer(rules, 2, 2, 5, 0.6)).toBe(true);
    expect(needsAnotherAnswer(rules, 2, 2, 5, 0.95)).toBe(false);
    expect(needsAnotherAnswer(rules, 5, 5, 5, 0.6)).toBe(false);
    expect(needsAnotherAnswer(rules, 1, 2, 5, 0.6)).toBe(false);
  });
  it('never extends without dynamic overlap', () => {
    expect(needsAnotherAnswer({}, 3, 3, 5, 0.1)).toBe(false);
  });
});
