import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { krippendorffAlpha, percentAgreement } from './agreement';
import type { Answers } from './answers';
import { dawidSkene } from './dawid-skene';
import type { ItemLabels } from './item-labels';
import { majorityVote } from './majority-vote';
import { aggregatePaths } from './paths';
import { taskConsensus } from './task-consensus';
import { aggregateTranscripts } from './transcripts';
import { weightedVote } from './weighted-vote';

interface Problem {
  nItems: number;
  nWorkers: number;
  nLabels: number;
  answers: Answers;
  itemPerm: number[];
  workerPerm: number[];
  weights: number[];
}

const permutation = (n: number): fc.Arbitrary<number[]> =>
  fc.shuffledSubarray(Array.from({ length: n }, (_, i) => i), { minLength: n, maxLength: n });

/** Random answers (items may be unanswered, pairs may repeat) with a renumbering of items and workers. */
const problems: fc.Arbitrary<Problem> = fc
  .record({ nItems: fc.integer({ min: 1, max: 8 }), nWorkers: fc.integer({ min: 1, max: 6 }), nLabels: fc.integer({ min: 2, max: 4 }) })
  .chain(({ nItems, nWorkers, nLabels }) =>
    fc.record({
      nItems: fc.constant(nItems),
      nWorkers: fc.constant(nWorkers),
      nLabels: fc.constant(nLabels),
      answers: fc
        .array(fc.tuple(fc.nat(nItems - 1), fc.nat(nWorkers - 1), fc.nat(nLabels - 1)), { minLength: 1, maxLength: 40 })
        .map((triples) => ({
          items: Int32Array.from(triples, (t) => t[0]),
          workers: Int32Array.from(triples, (t) => t[1]),
          labels: Int32Array.from(triples, (t) => t[2]),
        })),
      itemPerm: permutation(nItems),
      workerPerm: permutation(nWorkers),
      weights: fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: nWorkers, maxLength: nWorkers }),
    }),
  );

/** The same answers, in the same order, with item i renamed itemPerm[i] and worker w renamed workerPerm[w]. */
function relabel(p: Problem): { answers: Answers; weights: number[] } {
  const weights = new Array<number>(p.nWorkers);
  p.workerPerm.forEach((to, from) => (weights[to] = p.weights[from]));
  return {
    answers: {
      items: p.answers.items.map((i) => p.itemPerm[i]),
      workers: p.answers.workers.map((w) => p.workerPerm[w]),
      labels: p.answers.labels.slice(),
    },
    weights,
  };
}

function expectSamePerItem(p: Problem, before: ItemLabels, after: ItemLabels, digits: number): void {
  for (let i = 0; i < p.nItems; i++) {
    expect(after.labels[p.itemPerm[i]]).toBe(before.labels[i]);
    expect(after.confidence[p.itemPerm[i]]).toBeCloseTo(before.confidence[i], digits);
  }
}

function expectConfidencesInUnitInterval(result: ItemLabels): void {
  for (const c of result.confidence) {
    expect(c).toBeGreaterThanOrEqual(0);
    expect(c).toBeLessThanOrEqual(1);
  }
}

describe('renumbering items and workers changes no per-item result', () => {
  it('majority vote', () => {
    fc.assert(
      fc.property(problems, (p) => {
        const moved = relabel(p);
        expectSamePerItem(p, majorityVote(p.answers, p.nItems, p.nLabels), majorityVote(moved.answers, p.nItems, p.nLabels), 15);
      }),
    );
  });

  it('weighted vote', () => {
    fc.assert(
      fc.property(problems, (p) => {
        const moved = relabel(p);
        const options = { nItems: p.nItems, nLabels: p.nLabels };
        expectSamePerItem(p, weightedVote(p.answers, p.weights, options), weightedVote(moved.answers, moved.weights, options), 12);
      }),
    );
  });

  it('Dawid-Skene, posteriors included', () => {
    fc.assert(
      fc.property(problems, (p) => {
        const moved = relabel(p);
        const options = { nItems: p.nItems, nWorkers: p.nWorkers, nLabels: p.nLabels, maxIterations: 20, tolerance: 0 };
        const before = dawidSkene(p.answers, options);
        const after = dawidSkene(moved.answers, options);
        expectSamePerItem(p, before, after, 9);
        for (let i = 0; i < p.nItems; i++) {
          for (let k = 0; k < p.nLabels; k++) {
            expect(after.posterior[p.itemPerm[i] * p.nLabels + k]).toBeCloseTo(before.posterior[i * p.nLabels + k], 9);
          }
        }
      }),
    );
  });

  it('agreement metrics', () => {
    fc.assert(
      fc.property(problems, (p) => {
        const moved = relabel(p).answers;
        const alpha = krippendorffAlpha(p.answers);
        if (Number.isNaN(alpha)) expect(krippendorffAlpha(moved)).toBeNaN();
        else expect(krippendorffAlpha(moved)).toBeCloseTo(alpha, 12);
        const agreement = percentAgreement(p.answers);
        if (Number.isNaN(agreement)) expect(percentAgreement(moved)).toBeNaN();
        else expect(percentAgreement(moved)).toBeCloseTo(agreement, 12);
      }),
    );
  });
});

describe('confidence always lies in [0, 1]', () => {
  it('for majority vote, weighted vote and Dawid-Skene, whose posterior rows sum to 1', () => {
    fc.assert(
      fc.property(problems, fc.double({ min: 0, max: 2, noNaN: true }), (p, smoothing) => {
        expectConfidencesInUnitInterval(majorityVote(p.answers, p.nItems, p.nLabels));
        expectConfidencesInUnitInterval(weightedVote(p.answers, p.weights, { nItems: p.nItems, nLabels: p.nLabels }));
        const ds = dawidSkene(p.answers, { nItems: p.nItems, nLabels: p.nLabels, smoothing });
        expectConfidencesInUnitInterval(ds);
        for (let i = 0; i < p.nItems; i++) {
          let sum = 0;
          for (let k = 0; k < p.nLabels; k++) sum += ds.posterior[i * p.nLabels + k];
          expect(sum).toBeCloseTo(1, 9);
        }
      }),
    );
  });

  it('for task consensus, paths and transcripts', () => {
    const votes = fc.array(fc.record({ key: fc.constantFrom('a', 'b', 'c'), weight: fc.option(fc.double({ min: 0, max: 5, noNaN: true }), { nil: undefined }) }), { minLength: 1 });
    fc.assert(
      fc.property(votes, fc.array(fc.array(fc.constantFrom('x', 'y', 'z'), { maxLength: 4 }), { minLength: 1 }), fc.array(fc.string(), { minLength: 1, maxLength: 6 }), (v, paths, texts) => {
        const consensus = taskConsensus(v);
        const path = aggregatePaths(paths);
        const transcript = aggregateTranscripts(texts);
        for (const c of [consensus?.confidence, path?.confidence, transcript?.confidence]) {
          expect(c).toBeGreaterThanOrEqual(0);
          expect(c).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});

describe('unanimous answers give confidence near 1', () => {
  /** Every worker answers every item, always with the item's own label. */
  const unanimous = fc
    .record({ nWorkers: fc.integer({ min: 3, max: 6 }), nLabels: fc.integer({ min: 2, max: 4 }) })
    .chain(({ nWorkers, nLabels }) =>
      fc.record({ nWorkers: fc.constant(nWorkers), nLabels: fc.constant(nLabels), truth: fc.array(fc.nat(nLabels - 1), { minLength: 1, maxLength: 15 }) }),
    );

  it('majority vote 1, Dawid-Skene above 0.95, both on the unanimous label', () => {
    fc.assert(
      fc.property(unanimous, ({ nWorkers, nLabels, truth }) => {
        const items: number[] = [];
        const workers: number[] = [];
        const labels: number[] = [];
        truth.forEach((label, i) => {
          for (let w = 0; w < nWorkers; w++) {
            items.push(i);
            workers.push(w);
            labels.push(label);
          }
        });
        const answers = { items: Int32Array.from(items), workers: Int32Array.from(workers), labels: Int32Array.from(labels) };
        const mv = majorityVote(answers, truth.length, nLabels);
        const ds = dawidSkene(answers, { nLabels });
        expect(Array.from(mv.labels)).toEqual(truth);
        expect(Array.from(ds.labels)).toEqual(truth);
        for (let i = 0; i < truth.length; i++) {
          expect(mv.confidence[i]).toBe(1);
          expect(ds.confidence[i]).toBeGreaterThan(0.95);
        }
      }),
    );
  });

  it('task consensus 1', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 10 }), (key, n) => {
        expect(taskConsensus(Array.from({ length: n }, () => ({ key })))).toMatchObject({ key, confidence: 1 });
      }),
    );
  });
});
