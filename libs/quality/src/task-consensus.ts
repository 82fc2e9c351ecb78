export interface ConsensusVote {
  /** The vote's identity: answers with equal keys count as the same vote (see task kinds' `voteKey`). */
  key: string;
  /** Non-negative weight, e.g. the worker's skill; default 1. */
  weight?: number;
}

export interface TaskConsensus {
  /** The winning key. */
  key: string;
  /** The winner's share of the total weight, in [0, 1] (0 when every weight is 0). */
  confidence: number;
  /** Number of votes per key (unweighted). */
  counts: Record<string, number>;
}

/**
 * Consensus of one task's votes, recomputed at each submission: the key with the largest total weight
 * (plain majority when no weights are given). Ties go to the key voted first. Null when there are no
 * votes. Throws a RangeError for a negative or non-finite weight.
 */
export function taskConsensus(votes: readonly ConsensusVote[]): TaskConsensus | null {
  if (votes.length === 0) return null;
  const weights = new Map<string, number>();
  const counts = new Map<string, number>();
  let total = 0;
  for (let v = 0; v < votes.length; v++) {
    const { key, weight = 1 } = votes[v];
    if (!(weight >= 0 && Number.isFinite(weight))) {
      throw new RangeError(`taskConsensus: vote ${v} has weight ${weight}; weights must be finite and >= 0`);
    }
    weights.set(key, (weights.get(key) ?? 0) + weight);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    total += weight;
  }
  // Map iteration follows first insertion, so a strict ">" keeps the earliest key among equals.
  let bestKey = votes[0].key;
  let best = -1;
  for (const [key, weight] of weights) {
    if (weight > best) {
      best = weight;
      bestKey = key;
    }
  }
  return { key: bestKey, confidence: total > 0 ? best / total : 0, counts: Object.fromEntries(counts) };
}
