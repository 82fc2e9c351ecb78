import { oneCoinWeight } from './weighted-vote';

export interface SkilledVote {
  key: string;
  /** The worker's estimated accuracy (0..1), e.g. their skill's posterior mean. */
  accuracy: number;
}

export interface TaskPosterior {
  key: string;
  /** Posterior probability that `key` is the true answer, under a one-coin model with a uniform prior. */
  confidence: number;
  /** Posterior of every key voted for. */
  posterior: Record<string, number>;
  counts: Record<string, number>;
}

/**
 * One task's answer with a confidence that means something: each worker is right with their accuracy
 * and otherwise picks one of the `nLabels - 1` wrong answers at random (one-coin model), so the
 * posterior of key k is proportional to exp(sum of the log-odds weights of the votes for k). Keys
 * nobody voted for share the remaining mass, which keeps two weak votes from looking certain.
 * Ties go to the key voted first. Null when there are no votes.
 */
export function oneCoinPosterior(votes: readonly SkilledVote[], nLabels: number): TaskPosterior | null {
  if (votes.length === 0) return null;
  const labels = Math.max(nLabels, 2);
  const score = new Map<string, number>();
  const counts: Record<string, number> = {};
  for (const vote of votes) {
    score.set(vote.key, (score.get(vote.key) ?? 0) + oneCoinWeight(vote.accuracy, labels));
    counts[vote.key] = (counts[vote.key] ?? 0) + 1;
  }
  const unvoted = Math.max(labels - score.size, 0);
  const max = Math.max(0, ...score.values());
  // exp(score - max) for stability; each unvoted label has score 0.
  let total = unvoted * Math.exp(-max);
  for (const value of score.values()) total += Math.exp(value - max);
  const posterior: Record<string, number> = {};
  let best = votes[0].key;
  for (const [key, value] of score) {
    posterior[key] = Math.exp(value - max) / total;
    if (posterior[key] > posterior[best]) best = key;
  }
  return { key: best, confidence: posterior[best], posterior, counts };
}
