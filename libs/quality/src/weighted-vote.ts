import { answerShape, type Answers } from './answers';
import { firstVotes, pickLabels, type ItemLabels, type TieBreak } from './item-labels';

export interface WeightedVoteResult extends ItemLabels {
  /** Posterior over labels per item, flat `nItems × nLabels` (rows of unanswered items are uniform). */
  posterior: Float64Array;
  nLabels: number;
}

/** Accuracies are clamped into [ACCURACY_FLOOR, 1 - ACCURACY_FLOOR] so weights stay finite. */
export const ACCURACY_FLOOR = 1e-6;

/**
 * The one-coin weight of a worker with accuracy `accuracy` on a task with `nLabels` labels:
 * log((K-1)·p / (1-p)), the log-odds that a label they give is the true one rather than one particular
 * wrong one. 0 for a worker at chance (p = 1/K), negative below chance.
 */
export function oneCoinWeight(accuracy: number, nLabels: number): number {
  if (!(nLabels >= 2)) throw new RangeError(`oneCoinWeight: nLabels must be at least 2, got ${nLabels}`);
  if (!(accuracy >= 0 && accuracy <= 1)) throw new RangeError(`oneCoinWeight: accuracy must be in [0, 1], got ${accuracy}`);
  const p = Math.min(1 - ACCURACY_FLOOR, Math.max(ACCURACY_FLOOR, accuracy));
  return Math.log(((nLabels - 1) * p) / (1 - p));
}

/**
 * Skill-weighted vote. Each answer adds its worker's weight to the label's score; with weights from
 * {@link oneCoinWeight} the scores are log-posteriors of the one-coin model (every worker right with their
 * accuracy, wrong labels equally likely, uniform class prior), so the confidence, the winner's share of
 * softmax(scores), is the posterior probability of the winning label. `workerWeights[w]` is worker w's
 * weight; ties (scores within 1e-9) are broken as in {@link majorityVote}.
 */
export function weightedVote(
  answers: Answers,
  workerWeights: Float64Array | readonly number[],
  options: { nItems?: number; nLabels?: number; tieBreak?: TieBreak } = {},
): WeightedVoteResult {
  const shape = answerShape(answers, { nItems: options.nItems, nLabels: options.nLabels, nWorkers: workerWeights.length });
  for (let w = 0; w < workerWeights.length; w++) {
    if (!Number.isFinite(workerWeights[w])) throw new RangeError(`weightedVote: weight of worker ${w} is ${workerWeights[w]}`);
  }
  const { nItems } = shape;
  const K = shape.nLabels;
  const { items, workers, labels } = answers;
  const scores = new Float64Array(nItems * K);
  const answered = new Int32Array(nItems);
  for (let a = 0; a < items.length; a++) {
    scores[items[a] * K + labels[a]] += workerWeights[workers[a]];
    answered[items[a]]++;
  }
  const winners = pickLabels(scores, firstVotes(items, labels, nItems, K), answered, K, options.tieBreak ?? 'first-vote', 1e-9);
  const posterior = new Float64Array(nItems * K);
  const confidence = new Float64Array(nItems);
  for (let i = 0; i < nItems; i++) {
    const base = i * K;
    let max = -Infinity;
    for (let k = 0; k < K; k++) if (scores[base + k] > max) max = scores[base + k];
    let sum = 0;
    for (let k = 0; k < K; k++) {
      const e = Math.exp(scores[base + k] - max);
      posterior[base + k] = e;
      sum += e;
    }
    for (let k = 0; k < K; k++) posterior[base + k] /= sum;
    if (winners[i] >= 0) confidence[i] = posterior[base + winners[i]];
  }
  return { labels: winners, confidence, posterior, nLabels: K };
}
