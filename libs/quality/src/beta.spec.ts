import { describe, expect, it } from 'vitest';
import { betaCdf, betaQuantile, logGamma } from './beta';

describe('logGamma', () => {
  it('matches factorials and Γ(1/2) = √π', () => {
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(logGamma(1)).toBeCloseTo(0, 12);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
    expect(logGamma(20)).toBeCloseTo(Math.log(121645100408832000), 9);
  });
});

describe('betaCdf', () => {
  it('matches the closed forms x^a for b = 1 and 1 - (1-x)^b for a = 1', () => {
    expect(betaCdf(0.3, 2, 1)).toBeCloseTo(0.09, 12);
    expect(betaCdf(0.2, 1, 3)).toBeCloseTo(1 - 0.8 ** 3, 12);
    expect(betaCdf(0.9, 1, 3)).toBeCloseTo(1 - 0.1 ** 3, 12);
  });

  it('is ½ at the centre of a symmetric Beta and 3x² - 2x³ for Beta(2, 2)', () => {
    expect(betaCdf(0.5, 7.5, 7.5)).toBeCloseTo(0.5, 12);
    expect(betaCdf(0.3, 2, 2)).toBeCloseTo(3 * 0.09 - 2 * 0.027, 12);
    expect(betaCdf(0.8, 2, 2)).toBeCloseTo(3 * 0.64 - 2 * 0.512, 12);
  });

  it('is 0 below 0 and 1 above 1', () => {
    expect(betaCdf(-1, 2, 3)).toBe(0);
    expect(betaCdf(2, 2, 3)).toBe(1);
  });
});

describe('betaQuantile', () => {
  it('inverts the closed forms', () => {
    expect(betaQuantile(0.025, 3, 1)).toBeCloseTo(0.025 ** (1 / 3), 10);
    expect(betaQuantile(0.975, 1, 3)).toBeCloseTo(1 - 0.025 ** (1 / 3), 10);
    expect(betaQuantile(0.025, 1, 1)).toBeCloseTo(0.025, 12);
  });

  it('is close to the normal approximation for a large Beta(400, 100)', () => {
    // mean 0.8, sd √(ab / ((a+b)²(a+b+1))) = 0.017871
    expect(betaQuantile(0.975, 400, 100)).toBeCloseTo(0.8 + 1.96 * 0.017871, 2);
  });

  it('round-trips through the CDF', () => {
    for (const [p, a, b] of [[0.1, 48.5, 12.3], [0.975, 0.5, 0.5], [0.5, 3.2, 9.1], [0.001, 2, 30]]) {
      expect(betaCdf(betaQuantile(p, a, b), a, b)).toBeCloseTo(p, 10);
    }
  });

  it('rejects p outside [0, 1] and non-positive parameters', () => {
    expect(() => betaQuantile(1.5, 1, 1)).toThrow(RangeError);
    expect(() => betaQuantile(0.5, 0, 1)).toThrow(RangeError);
  });
});
