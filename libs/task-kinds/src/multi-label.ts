import { LABELS_COUNT, type ClassificationInput, parseTextOrImage } from './classification';
import { type LabelOption, readLabels } from './labels';
import type { Result, TaskKindDefinition } from './types';
import { at, done, fail, type Errors, problem, readArray, readNumber, readObject } from './validate';

/** After parsing, both bounds are set: minSelected defaults to 1, maxSelected to the label count. */
export interface MultiLabelConfig {
  labels: LabelOption[];
  minSelected: number;
  maxSelected: number;
  /** Label values that stand alone, such as "Nothing wrong": an answer holding one holds no other label. */
  aloneLabels?: string[];
}

export type MultiLabelInput = ClassificationInput;

/** Label values, unique, in config order. */
export interface MultiLabelAnswer {
  labels: string[];
}

function parseConfig(raw: unknown): Result<MultiLabelConfig> {
  const errors: Errors = [];
  const obj = readObject(raw, '', ['labels', 'minSelected', 'maxSelected', 'aloneLabels'], errors);
  if (!obj) return fail(errors);
  const labels = readLabels(obj, 'labels', '', errors, LABELS_COUNT);
  const count = labels?.length ?? LABELS_COUNT.max;
  // 0 is allowed: "none of these apply" is a legitimate answer for moderation-like tasks.
  const min = readNumber(obj, 'minSelected', '', errors, { integer: true, min: 0, max: count }) ?? 1;
  const max = readNumber(obj, 'maxSelected', '', errors, { integer: true, min: 1, max: count }) ?? count;
  if (min > max) errors.push(problem('minSelected', 'field.notMoreThanMax', { max }));
  const alone = readAloneLabels(obj, labels, errors);
  return done(labels && { labels, minSelected: min, maxSelected: max, ...(alone.length > 0 && { aloneLabels: alone }) }, errors);
}

/** `aloneLabels`: values of the config's own labels, each once. */
function readAloneLabels(obj: Record<string, unknown>, labels: LabelOption[] | undefined, errors: Errors): string[] {
  const items = readArray(obj, 'aloneLabels', '', errors, { required: false, min: 0, max: LABELS_COUNT.max }) ?? [];
  const alone: string[] = [];
  items.forEach((item, i) => {
    const where = at('aloneLabels', i);
    if (typeof item !== 'string') errors.push(problem(where, 'field.notString'));
    else if (labels && !labels.some((l) => l.value === item)) errors.push(problem(where, 'field.unknownLabel', { value: item }));
    else if (alone.includes(item)) errors.push(problem(where, 'field.duplicateLabel', { value: item }));
    else alone.push(item);
  });
  return alone;
}

function parseAnswer(raw: unknown, config: MultiLabelConfig): Result<MultiLabelAnswer> {
  const errors: Errors = [];
  const obj = readObject(raw, '', ['labels'], errors);
  const items = obj && readArray(obj, 'labels', '', errors, { required: true, min: 0, max: config.labels.length });
  if (!items) return fail(errors);
  const chosen = new Set<string>();
  items.forEach((item, i) => {
    const value = typeof item === 'string' ? item.trim() : undefined;
    const where = at('labels', i);
    if (value === undefined) errors.push(problem(where, 'field.notString'));
    else if (chosen.has(value)) errors.push(problem(where, 'field.duplicateLabel', { value }));
    else if (!config.labels.some((l) => l.value === value)) errors.push(problem(where, 'field.unknownLabel', { value }));
    else chosen.add(value);
  });
  const { minSelected: min, maxSelected: max } = config;
  if (errors.length === 0 && (chosen.size < min || chosen.size > max)) {
    errors.push(min === max ? problem('labels', 'field.chooseExactly', { count: min }) : problem('labels', 'field.chooseBetween', { min, max }));
  }
  const alone = config.labels.find((l) => chosen.has(l.value) && config.aloneLabels?.includes(l.value));
  if (errors.length === 0 && alone && chosen.size > 1) {
    errors.push(problem('labels', 'field.labelAlone', { label: alone.text }));
  }
  // Config order, so equal choices are equal answers whatever order they were clicked in.
  return done({ labels: config.labels.map((l) => l.value).filter((v) => chosen.has(v)) }, errors);
}

/** Jaccard index of two label sets; two empty sets agree fully. */
export function jaccard(a: readonly string[], b: readonly string[]): number {
  const left = new Set(a);
  const right = new Set(b);
  const union = new Set([...left, ...right]).size;
  if (union === 0) return 1;
  let shared = 0;
  for (const value of left) if (right.has(value)) shared++;
  return shared / union;
}

const score = (a: MultiLabelAnswer, b: MultiLabelAnswer): number => jaccard(a.labels, b.labels);

export const multiLabel: TaskKindDefinition<MultiLabelConfig, MultiLabelInput, MultiLabelAnswer> = {
  kind: 'MULTI_LABEL',
  parseConfig,
  parseInput: (raw) => parseTextOrImage(raw),
  parseAnswer: (raw, config) => parseAnswer(raw, config),
  agreement: score,
  goldScore: score,
  // Sorted so the key does not depend on config order or on answers that skipped normalisation.
  voteKey: (answer) => [...answer.labels].sort().join('|'),
};
