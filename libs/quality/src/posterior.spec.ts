import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { oneCoinPosterior } from './posterior';

describe('oneCoinPosterior', () => {
  it('matches a hand computation: two 0.8 workers agree, one 0.6 disagrees, 3 labels', () => {
    // Weights: log(2·0.8/0.2) = log 8 and log(2·0.6/0.4) = log 3. Scores: a = 2·log 8, b = log 3, c = 0.
    // Posterior(a) = 64 / (64 + 3 + 1).
    const result = oneCoinPosterior([{ key: 'a', accuracy: 0.8 }, { key: 'b', accuracy: 0.6 }, { key: 'a', accuracy: 0.8 }], 3)!;
    expect(result.key).toBe('a');
    expect(result.confidence).toBeCloseTo(64 / 68, 10);
    expect(result.posterior['b']).toBeCloseTo(3 / 68, 10);
    expect(result.counts).toEqual({ a: 2, b: 1 });
  });

  it('is unsure with one vote of an average worker, sure with many agreeing good workers', () => {
    expect(oneCoinPosterior([{ key: 'x', accuracy: 0.7 }], 2)!.confidence).toBeCloseTo(0.7, 10);
    const many = Array.from({ length: 5 }, () => ({ key: 'x', accuracy: 0.9 }));
    expect(oneCoinPosterior(many, 4)!.confidence).toBeGreaterThan(0.999);
  });

  it('gives nothing for no votes and breaks ties by the first vote', () => {
    expect(oneCoinPosterior([], 2)).toBeNull();
    expect(oneCoinPosterior([{ key: 'b', accuracy: 0.7 }, { key: 'a', accuracy: 0.7 }], 2)!.key).toBe('b');
  });

  it('always returns probabilities that sum to at most 1, in any vote order', () => {
    const vote = fc.record({ key: fc.constantFrom('a', 'b', 'c'), accuracy: fc.double({ min: 0.05, max: 0.99, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(vote, { minLength: 1, maxLength: 12 }), (votes) => {
        const forward = oneCoinPosterior(votes, 3)!;
        const backward = oneCoinPosterior([...votes].reverse(), 3)!;
        const sum = Object.values(forward.posterior).reduce((a, b) => a + b, 0);
        expect(sum).toBeLessThanOrEqual(1 + 1e-9);
        expect(forward.confidence).toBeGreaterThanOrEqual(0);
        expect(forward.posterior['a'] ?? 0).toBeCloseTo(backward.posterior['a'] ?? 0, 9);
      }),
    );
  });
});
