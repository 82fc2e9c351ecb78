import { labelValues, type LabelOption, readLabels } from './labels';
import type { Result, TaskKindDefinition } from './types';
import { done, fail, type Errors, problem, readObject, readString, readUrl } from './validate';

export interface ClassificationConfig {
  labels: LabelOption[];
}

/** A text, an image, or both; `imageUrl` is absolute http(s) or a `/path` served by Fourmi. */
export interface ClassificationInput {
  text?: string;
  imageUrl?: string;
}

export interface ClassificationAnswer {
  label: string;
}

export const LABELS_COUNT = { min: 2, max: 50 } as const;

function parseConfig(raw: unknown): Result<ClassificationConfig> {
  const errors: Errors = [];
  const obj = readObject(raw, '', ['labels'], errors);
  const labels = obj && readLabels(obj, 'labels', '', errors, LABELS_COUNT);
  return done(labels && { labels }, errors);
}

/** Shared with MULTI_LABEL, whose items are the same: a text and/or an image. */
export function parseTextOrImage(raw: unknown): Result<ClassificationInput> {
  const errors: Errors = [];
  const obj = readObject(raw, '', ['text', 'imageUrl'], errors);
  if (!obj) return fail(errors);
  const text = readString(obj, 'text', '', errors, { max: 20_000 });
  const imageUrl = readUrl(obj, 'imageUrl', '', errors, { allowPath: true });
  if (errors.length === 0 && text === undefined && imageUrl === undefined) {
    errors.push(problem('', 'field.textOrImage'));
  }
  const input: ClassificationInput = {};
  if (text !== undefined) input.text = text;
  if (imageUrl !== undefined) input.imageUrl = imageUrl;
  return done(input, errors);
}

function parseAnswer(raw: unknown, config: ClassificationConfig): Result<ClassificationAnswer> {
  const errors: Errors = [];
  const obj = readObject(raw, '', ['label'], errors);
  const label = obj && readString(obj, 'label', '', errors, { required: true, max: 100 });
  if (label !== undefined && !labelValues(config.labels).has(label)) {
    errors.push(problem('label', 'field.unknownLabel', { value: label }));
  }
  return done(label === undefined ? undefined : { label }, errors);
}

const sameLabel = (a: ClassificationAnswer, b: ClassificationAnswer): number => (a.label === b.label ? 1 : 0);

export const classification: TaskKindDefinition<ClassificationConfig, ClassificationInput, ClassificationAnswer> = {
  kind: 'CLASSIFICATION',
  parseConfig,
  parseInput: (raw) => parseTextOrImage(raw),
  parseAnswer: (raw, config) => parseAnswer(raw, config),
  agreement: sameLabel,
  goldScore: sameLabel,
  voteKey: (answer) => answer.label,
};
