import { describe, expect, it } from 'vitest';
import { answersOf } from './fixtures';
import { oneCoinWeight, weightedVote } from './weighted-vote';
import { agreementAccuracy } from './worker-accuracy';

describe('oneCoinWeight', () => {
  it('is the log-odds log((K-1)p/(1-p))', () => {
    expect(oneCoinWeight(0.9, 2)).toBeCloseTo(Math.log(9), 12);
    expect(oneCoinWeight(0.8, 3)).toBeCloseTo(Math.log(8), 12);
  });

  it('is 0 at chance, negative below it and finite at 0 and 1', () => {
    expect(oneCoinWeight(0.5, 2)).toBeCloseTo(0, 12);
    expect(oneCoinWeight(0.25, 4)).toBeCloseTo(0, 12);
    expect(oneCoinWeight(0.3, 2)).toBeLessThan(0);
    expect(Number.isFinite(oneCoinWeight(1, 2))).toBe(true);
    expect(Number.isFinite(oneCoinWeight(0, 2))).toBe(true);
  });

  it('rejects an accuracy outside [0, 1] and fewer than 2 labels', () => {
    expect(() => oneCoinWeight(1.2, 2)).toThrow(RangeError);
    expect(() => oneCoinWeight(0.8, 1)).toThrow(RangeError);
  });
});

describe('weightedVote', () => {
  it('lets one reliable worker outvote two weak ones, with the one-coin posterior as confidence', () => {
    // Accuracies 0.9, 0.6, 0.6 on 2 labels: odds 9 for label 1 against 1.5 × 1.5 = 2.25 for label 0.
    const weights = [oneCoinWeight(0.9, 2), oneCoinWeight(0.6, 2), oneCoinWeight(0.6, 2)];
    const result = weightedVote(answersOf([[0, 0, 1], [0, 1, 0], [0, 2, 0]]), weights);
    expect(result.labels[0]).toBe(1);
    expect(result.confidence[0]).toBeCloseTo(9 / (9 + 2.25), 12);
    expect(result.posterior[0]).toBeCloseTo(2.25 / 11.25, 12);
  });

  it('spreads the posterior over labels nobody chose on a 3-label task', () => {
    // Worker 0 (p=0.8, odds 8) says 0; worker 1 (p=0.5, odds 2) says 1; label 2 has odds 1.
    const weights = [oneCoinWeight(0.8, 3), oneCoinWeight(0.5, 3)];
    const result = weightedVote(answersOf([[0, 0, 0], [0, 1, 1]]), weights, { nLabels: 3 });
    expect(result.labels[0]).toBe(0);
    expect(Array.from(result.posterior).map((p) => p * 11)).toEqual([8, 2, 1].map((x) => expect.closeTo(x, 10)));
    expect(result.confidence[0]).toBeCloseTo(8 / 11, 12);
  });

  it('with equal weights agrees with majority vote and breaks ties by the first vote', () => {
    const result = weightedVote(answersOf([[0, 0, 1], [0, 1, 0], [1, 0, 1], [1, 1, 1], [1, 2, 0]]), [1, 1, 1]);
    expect(Array.from(result.labels)).toEqual([1, 1]);
    expect(result.confidence[0]).toBeCloseTo(0.5, 12);
  });

  it('gives unanswered items label -1 and confidence 0', () => {
    const result = weightedVote(answersOf([[1, 0, 0]]), [2], { nItems: 2, nLabels: 2 });
    expect(result.labels[0]).toBe(-1);
    expect(result.confidence[0]).toBe(0);
  });

  it('rejects a non-finite weight and a worker without a weight', () => {
    expect(() => weightedVote(answersOf([[0, 0, 0]]), [Number.NaN])).toThrow('weight of worker 0');
    expect(() => weightedVote(answersOf([[0, 1, 0]]), [1])).toThrow(RangeError);
  });
});

describe('agreementAccuracy', () => {
  it('is the Beta-smoothed rate of agreement with the reference, ignoring items without one', () => {
    const answers = answersOf([
      [0, 0, 1],
      [1, 0, 0],
      [0, 1, 0],
      [2, 1, 1], // item 2 has no reference
    ]);
    const accuracy = agreementAccuracy(answers, Int32Array.of(1, 0, -1));
    expect(accuracy[0]).toBeCloseTo((2 + 2.8) / (2 + 4), 12); // 2 of 2 → 0.8, not 1
    expect(accuracy[1]).toBeCloseTo((0 + 2.8) / (1 + 4), 12); // 0 of 1 → 0.56
  });
});
