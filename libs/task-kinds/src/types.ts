import type { FieldReason } from './field-problems';

/** The task kinds of Fourmi, as in the GraphQL enum `TaskKind`. */
export const TASK_KINDS = ['CLASSIFICATION', 'MULTI_LABEL', 'CATEGORIZATION', 'UI_FEEDBACK', 'AUDIO'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

/** One validation problem, located by a path such as `labels[2].hotkey` (empty for the whole value). */
export interface FieldError {
  path: string;
  /** In English, for API and CLI clients. */
  message: string;
  /** The same problem as a key and params, for apps to word in their user's language. */
  reason?: FieldReason;
}

export type Result<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/**
 * Everything Fourmi knows about one kind of task. C = project config, I = item input, A = answer.
 * Parsers never throw: they return the normalised value or every error found.
 */
export interface TaskKindDefinition<C = unknown, I = unknown, A = unknown> {
  kind: TaskKind;
  parseConfig(raw: unknown): Result<C>;
  parseInput(raw: unknown, config: C): Result<I>;
  parseAnswer(raw: unknown, config: C, input: I): Result<A>;
  /** 0..1, symmetric, 1 for equal answers. */
  agreement(a: A, b: A, config: C): number;
  /** 0..1: how right an answer is against the gold answer. */
  goldScore(answer: A, gold: A, config: C): number;
  /** A string equal for answers that count as the same vote, or null when the kind has no categorical vote. */
  voteKey(answer: A, config: C): string | null;
}

/** A named starting config offered in the console's project wizard (sentiment, moderation, ...). */
export interface Preset {
  id: string;
  kind: TaskKind;
  name: { en: string; fr: string };
  description: { en: string; fr: string };
  config: unknown;
}
