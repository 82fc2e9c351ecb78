import { answerShape, type Answers } from './answers';
import { firstVotes, pickLabels, type ItemLabels, type TieBreak } from './item-labels';

export interface MajorityVoteResult extends ItemLabels {
  /** Votes per item and label, flat: `votes[i * nLabels + k]`. */
  votes: Int32Array;
  nLabels: number;
}

/**
 * Majority vote: per item the label with the most answers; confidence = the winner's share of the item's
 * answers. Every answer is one vote (repeated (item, worker) pairs included). `nItems` and `nLabels`
 * default to the largest index + 1. Ties: see {@link TieBreak} (default: the label voted first wins).
 */
export function majorityVote(
  answers: Answers,
  nItems?: number,
  nLabels?: number,
  options: { tieBreak?: TieBreak } = {},
): MajorityVoteResult {
  const shape = answerShape(answers, { nItems, nLabels });
  const K = shape.nLabels;
  const { items, labels } = answers;
  const votes = new Int32Array(shape.nItems * K);
  const answered = new Int32Array(shape.nItems);
  for (let a = 0; a < items.length; a++) {
    votes[items[a] * K + labels[a]]++;
    answered[items[a]]++;
  }
  const scores = Float64Array.from(votes);
  const winners = pickLabels(scores, firstVotes(items, labels, shape.nItems, K), answered, K, options.tieBreak ?? 'first-vote', 0);
  const confidence = new Float64Array(shape.nItems);
  for (let i = 0; i < shape.nItems; i++) {
    if (winners[i] >= 0) confidence[i] = votes[i * K + winners[i]] / answered[i];
  }
  return { labels: winners, confidence, votes, nLabels: K };
}

/** Vote shares per item (soft majority vote), flat `nItems × nLabels`; rows of unanswered items are 0. */
export function voteShares(answers: Answers, nItems: number, nLabels: number): Float64Array {
  const { items, labels } = answers;
  const shares = new Float64Array(nItems * nLabels);
  const answered = new Int32Array(nItems);
  for (let a = 0; a < items.length; a++) {
    shares[items[a] * nLabels + labels[a]]++;
    answered[items[a]]++;
  }
  for (let i = 0; i < nItems; i++) {
    if (answered[i] === 0) continue;
    const base = i * nLabels;
    for (let k = 0; k < nLabels; k++) shares[base + k] /= answered[i];
  }
  return shares;
}
