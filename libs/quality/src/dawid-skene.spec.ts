import { describe, expect, it } from 'vitest';
import { dawidSkene } from './dawid-skene';
import { answersOf } from './fixtures';
import { majorityVote } from './majority-vote';

describe('dawidSkene', () => {
  it('matches one EM iteration worked by hand (smoothing 1)', () => {
    // Worker 0 says 0 on item 0 and 1 on item 1; worker 1 says 0 on both. Start (vote shares):
    // T0 = [1, 0], T1 = [0.5, 0.5]. M-step with s = 1:
    //   priors = ([1.5, 0.5] + 1) / (2 + 2) = [0.625, 0.375]
    //   worker 0: row0 = ([1, 0.5] + 1) / 3.5 = [4/7, 3/7]; row1 = ([0, 0.5] + 1) / 2.5 = [0.4, 0.6]
    //   worker 1: row0 = ([1.5, 0] + 1) / 3.5 = [5/7, 2/7]; row1 = ([0.5, 0] + 1) / 2.5 = [0.6, 0.4]
    // E-step: item 0: 0.625·4/7·5/7 = 12.5/49 vs 0.375·0.4·0.6 = 4.41/49 → P(0) = 12.5/16.91
    //         item 1: 0.625·3/7·5/7 = 9.375/49 vs 0.375·0.6·0.6 = 6.615/49 → P(0) = 9.375/15.99
    const answers = answersOf([[0, 0, 0], [1, 0, 1], [0, 1, 0], [1, 1, 0]]);
    const result = dawidSkene(answers, { maxIterations: 1, smoothing: 1 });
    expect(result.iterations).toBe(1);
    expect(result.converged).toBe(false);
    expect(result.posterior[0]).toBeCloseTo(12.5 / 16.91, 12);
    expect(result.posterior[1]).toBeCloseTo(4.41 / 16.91, 12);
    expect(result.posterior[2]).toBeCloseTo(9.375 / 15.99, 12);
    expect(Array.from(result.labels)).toEqual([0, 0]);
    expect(result.confidence[1]).toBeCloseTo(9.375 / 15.99, 12);
    expect(Array.from(result.priors)).toEqual([expect.closeTo(0.625, 12), expect.closeTo(0.375, 12)]);
    expect(Array.from(result.confusion)).toEqual(
      [4 / 7, 3 / 7, 0.4, 0.6, 5 / 7, 2 / 7, 0.6, 0.4].map((x) => expect.closeTo(x, 12)),
    );
    expect(result.logLikelihood).toBeCloseTo(Math.log(16.91 / 49) + Math.log(15.99 / 49), 10);
  });

  it('learns that two workers who always answer 0 carry no information and follows the two reliable ones', () => {
    // Workers 0 and 1 are always right; workers 2 and 3 always say 0. On the items whose truth is 1
    // the vote is 2–2 and worker 2 votes first, so majority vote says 0; Dawid-Skene says 1.
    const triples: [number, number, number][] = [];
    const truth: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t = i % 2;
      truth.push(t);
      triples.push([i, 2, 0], [i, 3, 0], [i, 0, t], [i, 1, t]);
    }
    const answers = answersOf(triples);
    expect(Array.from(majorityVote(answers).labels)).toEqual(truth.map(() => 0));
    const result = dawidSkene(answers);
    expect(Array.from(result.labels)).toEqual(truth);
    expect(result.converged).toBe(true);
    expect(result.iterations).toBeLessThan(50);
    for (let i = 0; i < 20; i++) expect(result.confidence[i]).toBeGreaterThan(0.99);
    // Worker 2's confusion: answers 0 whatever the truth; worker 0's is close to the identity.
    const K = 2;
    const at = (w: number, truthLabel: number, given: number): number => result.confusion[(w * K + truthLabel) * K + given];
    expect(at(2, 0, 0)).toBeGreaterThan(0.99);
    expect(at(2, 1, 0)).toBeGreaterThan(0.99);
    expect(at(0, 0, 0)).toBeGreaterThan(0.99);
    expect(at(0, 1, 1)).toBeGreaterThan(0.99);
  });

  it('gives unanswered items the class priors, label -1 and confidence 0', () => {
    const result = dawidSkene(answersOf([[0, 0, 1], [0, 1, 1], [0, 2, 1], [2, 0, 0]]), { nItems: 3 });
    expect(result.labels[1]).toBe(-1);
    expect(result.confidence[1]).toBe(0);
    expect(result.posterior[2]).toBeCloseTo(result.priors[0], 12);
    expect(result.posterior[3]).toBeCloseTo(result.priors[1], 12);
    expect(result.labels[0]).toBe(1);
  });

  it('with maxIterations 0 returns the soft majority vote', () => {
    const result = dawidSkene(answersOf([[0, 0, 1], [0, 1, 1], [0, 2, 0]]), { maxIterations: 0 });
    expect(result.iterations).toBe(0);
    expect(Array.from(result.posterior)).toEqual([expect.closeTo(1 / 3, 12), expect.closeTo(2 / 3, 12)]);
    expect(result.labels[0]).toBe(1);
  });

  it('keeps confusion rows and posteriors normalised', () => {
    const answers = answersOf([[0, 0, 0], [0, 1, 2], [1, 1, 1], [1, 2, 1], [2, 0, 2], [2, 2, 0]]);
    const result = dawidSkene(answers);
    const K = result.nLabels;
    for (let r = 0; r < result.nWorkers * K; r++) {
      let sum = 0;
      for (let l = 0; l < K; l++) sum += result.confusion[r * K + l];
      expect(sum).toBeCloseTo(1, 12);
    }
    for (let i = 0; i < 3; i++) expect(result.posterior[i * K] + result.posterior[i * K + 1] + result.posterior[i * K + 2]).toBeCloseTo(1, 12);
  });

  it('rejects bad options', () => {
    const answers = answersOf([[0, 0, 0]]);
    expect(() => dawidSkene(answers, { maxIterations: -1 })).toThrow('maxIterations');
    expect(() => dawidSkene(answers, { smoothing: -0.1 })).toThrow('smoothing');
    expect(() => dawidSkene(answers, { tolerance: Number.NaN })).toThrow('tolerance');
  });
});
