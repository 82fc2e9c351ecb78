import { describe, expect, it } from 'vitest';
import { betaSkill } from './skill';

describe('betaSkill', () => {
  it('does not give 2 right out of 2 a perfect score', () => {
    const skill = betaSkill(2, 2);
    expect(skill.mean).toBeCloseTo((2 + 2.8) / (2 + 4), 12); // 0.8
    expect(skill.upper).toBeLessThan(1);
    expect(skill.lower).toBeLessThan(skill.mean);
    expect(skill.upper).toBeGreaterThan(skill.mean);
  });

  it('is the prior mean without evidence', () => {
    expect(betaSkill(0, 0).mean).toBeCloseTo(0.7, 12);
  });

  it('gives the exact Beta(3, 1) interval for 2/2 with a uniform prior worth 2 answers', () => {
    // Beta(3, 1): CDF x³, so the quantiles are p^(1/3).
    const skill = betaSkill(2, 2, { priorMean: 0.5, priorStrength: 2 });
    expect(skill).toMatchObject({ alpha: 3, beta: 1, mean: 0.75 });
    expect(skill.lower).toBeCloseTo(0.292402, 5);
    expect(skill.upper).toBeCloseTo(0.991596, 5);
  });

  it('gives [0.025, 0.975] for Beta(1, 1)', () => {
    const skill = betaSkill(0, 0, { priorMean: 0.5, priorStrength: 2 });
    expect(skill.lower).toBeCloseTo(0.025, 10);
    expect(skill.upper).toBeCloseTo(0.975, 10);
  });

  it('narrows with evidence', () => {
    const few = betaSkill(7, 10);
    const many = betaSkill(700, 1000);
    expect(many.upper - many.lower).toBeLessThan((few.upper - few.lower) / 5);
    expect(many.mean).toBeCloseTo(702.8 / 1004, 12);
  });

  it('rejects impossible counts and priors', () => {
    expect(() => betaSkill(3, 2)).toThrow('correct must be in [0, total=2]');
    expect(() => betaSkill(-1, 2)).toThrow(RangeError);
    expect(() => betaSkill(1, 2, { priorMean: 1 })).toThrow('priorMean');
    expect(() => betaSkill(1, 2, { priorStrength: 0 })).toThrow('priorStrength');
  });
});
