import { audio, type AudioAnswer, type AudioConfig, type AudioInput } from './audio';
import { categorization, type CategorizationAnswer, type CategorizationConfig, type CategorizationInput } from './categorization';
import { classification, type ClassificationAnswer, type ClassificationConfig, type ClassificationInput } from './classification';
import { multiLabel, type MultiLabelAnswer, type MultiLabelConfig, type MultiLabelInput } from './multi-label';
import { TASK_KINDS, type FieldError, type TaskKind, type TaskKindDefinition } from './types';
import { uiFeedback, type UiFeedbackAnswer, type UiFeedbackConfig, type UiFeedbackInput } from './ui-feedback';

/** The parsed config, input and answer types of each kind, for typed access by kind. */
export interface TaskKindShapes {
  CLASSIFICATION: { config: ClassificationConfig; input: ClassificationInput; answer: ClassificationAnswer };
  MULTI_LABEL: { config: MultiLabelConfig; input: MultiLabelInput; answer: MultiLabelAnswer };
  CATEGORIZATION: { config: CategorizationConfig; input: CategorizationInput; answer: CategorizationAnswer };
  UI_FEEDBACK: { config: UiFeedbackConfig; input: UiFeedbackInput; answer: UiFeedbackAnswer };
  AUDIO: { config: AudioConfig; input: AudioInput; answer: AudioAnswer };
}

export type TaskKindDefinitionOf<K extends TaskKind> = TaskKindDefinition<
  TaskKindShapes[K]['config'],
  TaskKindShapes[K]['input'],
  TaskKindShapes[K]['answer']
>;

const definitions: { [K in TaskKind]: TaskKindDefinitionOf<K> } = {
  CLASSIFICATION: classification,
  MULTI_LABEL: multiLabel,
  CATEGORIZATION: categorization,
  UI_FEEDBACK: uiFeedback,
  AUDIO: audio,
};

/** Every definition by kind. Callers that know the kind statically get better types from getTaskKind. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the contract's shape: one map over kinds of different types
export const taskKinds: Record<TaskKind, TaskKindDefinition<any, any, any>> = definitions;

export function isTaskKind(value: unknown): value is TaskKind {
  return typeof value === 'string' && (TASK_KINDS as readonly string[]).includes(value);
}

/** The definition of `kind`. Throws on an unknown kind: that is a programming error, check with isTaskKind first. */
export function getTaskKind<K extends TaskKind>(kind: K): TaskKindDefinitionOf<K> {
  if (!isTaskKind(kind)) throw new Error(`Unknown task kind: ${String(kind)}`);
  return definitions[kind];
}

export type RowError = FieldError & { row: number };
export type ItemsResult<I> = { ok: true; value: I[] } | { ok: false; errors: RowError[] };

/**
 * Validates every row of an upload against a parsed config, for batches accepted or refused whole.
 * Rows are numbered from 1; paths are inside the row (`text`, `imageUrl`). Collection stops after
 * `maxErrors` errors (default 1,000): the batch is refused anyway, and a broken million-row file
 * must not build a million error objects.
 */
export function validateItems<K extends TaskKind>(
  kind: K,
  config: TaskKindShapes[K]['config'],
  rows: unknown[],
  options: { maxErrors?: number } = {},
): ItemsResult<TaskKindShapes[K]['input']> {
  const definition: TaskKindDefinition<TaskKindShapes[K]['config'], TaskKindShapes[K]['input']> = getTaskKind(kind);
  const maxErrors = options.maxErrors ?? 1000;
  const items: TaskKindShapes[K]['input'][] = [];
  const errors: RowError[] = [];
  for (let i = 0; i < rows.length && errors.length < maxErrors; i++) {
    const result = definition.parseInput(rows[i], config);
    if (result.ok) items.push(result.value);
    else errors.push(...result.errors.map((e) => ({ ...e, row: i + 1 })));
  }
  return errors.length > 0 ? { ok: false, errors: errors.slice(0, maxErrors) } : { ok: true, value: items };
}
