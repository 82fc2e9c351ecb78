import { describe, expect, it } from 'vitest';
import { krippendorffAlpha, percentAgreement } from './agreement';
import { answersOf } from './fixtures';

describe('krippendorffAlpha (nominal)', () => {
  it('matches a hand computation', () => {
    // Items: [0,0,0], [1,1], [0,1]: n = 7, observed Σ_{c≠k} o_ck = 0 + 0 + (4 - 2)/1 = 2,
    // n_0 = 4, n_1 = 3: n² - Σ n_c² = 49 - 16 - 9 = 24. α = 1 - (n-1)·2/24 = 0.5.
    const answers = answersOf([[0, 0, 0], [0, 1, 0], [0, 2, 0], [1, 0, 1], [1, 1, 1], [2, 0, 0], [2, 1, 1]]);
    expect(krippendorffAlpha(answers)).toBeCloseTo(0.5, 12);
  });

  it('ignores items with a single answer', () => {
    const answers = answersOf([[0, 0, 0], [0, 1, 0], [0, 2, 0], [1, 0, 1], [1, 1, 1], [2, 0, 0], [2, 1, 1], [3, 0, 1]]);
    expect(krippendorffAlpha(answers)).toBeCloseTo(0.5, 12);
  });

  it('is 0 at chance level and 1 for perfect agreement', () => {
    // [0,0], [0,1]: n = 4, observed 2, n_0 = 3, n_1 = 1: 16 - 10 = 6 → α = 1 - 3·2/6 = 0.
    expect(krippendorffAlpha(answersOf([[0, 0, 0], [0, 1, 0], [1, 0, 0], [1, 1, 1]]))).toBeCloseTo(0, 12);
    expect(krippendorffAlpha(answersOf([[0, 0, 0], [0, 1, 0], [1, 0, 1], [1, 1, 1]]))).toBe(1);
  });

  it('is negative for systematic disagreement', () => {
    expect(krippendorffAlpha(answersOf([[0, 0, 0], [0, 1, 1], [1, 0, 0], [1, 1, 1]]))).toBeLessThan(0);
  });

  it('is NaN when undefined: one label value only, or no item with two answers', () => {
    expect(krippendorffAlpha(answersOf([[0, 0, 1], [0, 1, 1]]))).toBeNaN();
    expect(krippendorffAlpha(answersOf([[0, 0, 1], [1, 1, 0]]))).toBeNaN();
  });
});

describe('percentAgreement', () => {
  it('averages the share of agreeing pairs per item', () => {
    // [0,0,0] → 1, [1,1] → 1, [0,1] → 0: mean 2/3. [0,0,1] alone: 1 agreeing pair of 3.
    expect(percentAgreement(answersOf([[0, 0, 0], [0, 1, 0], [0, 2, 0], [1, 0, 1], [1, 1, 1], [2, 0, 0], [2, 1, 1]]))).toBeCloseTo(2 / 3, 12);
    expect(percentAgreement(answersOf([[0, 0, 0], [0, 1, 0], [0, 2, 1]]))).toBeCloseTo(1 / 3, 12);
  });

  it('is NaN when no item has two answers', () => {
    expect(percentAgreement(answersOf([[0, 0, 0]]))).toBeNaN();
  });
});
