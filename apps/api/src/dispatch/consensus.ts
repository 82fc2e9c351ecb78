import { oneCoinPosterior } from '@fourmi/quality';
import { taskKinds, type TaskKind } from '@fourmi/task-kinds';
import type { TaskConsensus } from '../batches/task.entity';

export interface Voter {
  answer: unknown;
  /** The worker's skill on the project (the prior when unknown). */
  accuracy: number;
}

/**
 * A task's answer from its voters: each vote weighted by its worker's skill, with its posterior
 * probability as the confidence (one-coin model). Null when no answer has a vote key.
 */
export function consensusOf(kind: TaskKind, config: unknown, voters: readonly Voter[]): TaskConsensus | null {
  const votes = voters.flatMap((voter) => {
    const key = taskKinds[kind].voteKey(voter.answer, config);
    return key === null ? [] : [{ key, accuracy: voter.accuracy }];
  });
  const posterior = oneCoinPosterior(votes, choicesOf(config, votes.length));
  return posterior && { voteKey: posterior.key, votes: posterior.counts[posterior.key] ?? 0, confidence: posterior.confidence };
}

/**
 * How many answers a voter could have chosen from: the configured labels or categories when the kind
 * has them, otherwise (free answers) at least one more than the votes could show.
 */
function choicesOf(config: unknown, votes: number): number {
  const listed = listedChoices(config);
  return listed > 0 ? Math.max(listed, 2) : Math.max(votes + 1, 2);
}

/** The labels or categories the project's settings list; 0 for kinds with free answers. */
export function listedChoices(config: unknown): number {
  const c = config as { labels?: unknown[]; categories?: unknown[] };
  return Array.isArray(c?.labels) ? c.labels.length : Array.isArray(c?.categories) ? c.categories.length : 0;
}
