import { labelValues, type LabelOption, readLabels } from './labels';
import type { Result, TaskKindDefinition } from './types';
import { at, done, fail, type Errors, problem, readArray, readBoolean, readNumber, readObject, readString, readUrl } from './validate';

/** After parsing every field is set (defaults: minCommentLength 10, allowClicks true, maxClicks 5). */
export interface UiFeedbackConfig {
  categories: LabelOption[];
  minCommentLength: number;
  allowClicks: boolean;
  maxClicks: number;
}

export interface UiFeedbackInput {
  screenshotUrl: string;
  pageUrl?: string;
  context?: string;
}

/** A click on the screenshot, as fractions of its width and height (0..1), so any display size works. */
export interface UiClick {
  x: number;
  y: number;
}

export interface UiFeedbackAnswer {
  rating: number;
  category: string;
  comment: string;
  clicks: UiClick[];
}

const MAX_COMMENT = 2000;

function parseConfig(raw: unknown): Result<UiFeedbackConfig> {
  const errors: Errors = [];
  const obj = readObject(raw, '', ['categories', 'minCommentLength', 'allowClicks', 'maxClicks'], errors);
  if (!obj) return fail(errors);
  const categories = readLabels(obj, 'categories', '', errors, { min: 1, max: 30 });
  const minCommentLength = readNumber(obj, 'minCommentLength', '', errors, { integer: true, min: 0, max: MAX_COMMENT }) ?? 10;
  const allowClicks = readBoolean(obj, 'allowClicks', '', errors) ?? true;
  const maxClicks = readNumber(obj, 'maxClicks', '', errors, { integer: true, min: 0, max: 50 }) ?? 5;
  return done(categories && { categories, minCommentLength, allowClicks, maxClicks }, errors);
}

function parseInput(raw: unknown): Result<UiFeedbackInput> {
  const errors: Errors = [];
  const obj = readObject(raw, '', ['screenshotUrl', 'pageUrl', 'context'], errors);
  if (!obj) return fail(errors);
  const input: UiFeedbackInput = { screenshotUrl: readUrl(obj, 'screenshotUrl', '', errors, { required: true, allowPath: true }) ?? '' };
  // The page under review lives elsewhere, so it must be absolute.
  const pageUrl = readUrl(obj, 'pageUrl', '', errors, {});
  const context = readString(obj, 'context', '', errors, { max: 5000 });
  if (pageUrl !== undefined) input.pageUrl = pageUrl;
  if (context !== undefined) input.context = context;
  return done(input, errors);
}

function parseAnswer(raw: unknown, config: UiFeedbackConfig): Result<UiFeedbackAnswer> {
  const errors: Errors = [];
  const obj = readObject(raw, '', ['rating', 'category', 'comment', 'clicks'], errors);
  if (!obj) return fail(errors);
  const rating = readNumber(obj, 'rating', '', errors, { required: true, integer: true, min: 1, max: 5 });
  const category = readString(obj, 'category', '', errors, { required: true, max: 100 });
  if (category !== undefined && !labelValues(config.categories).has(category)) {
    errors.push(problem('category', 'field.unknownCategory', { value: category }));
  }
  const comment = readComment(obj, config.minCommentLength, errors);
  const clicks = readClicks(obj, config, errors);
  if (rating === undefined || category === undefined) return fail(errors);
  return done({ rating, category, comment, clicks }, errors);
}

function readComment(obj: Record<string, unknown>, min: number, errors: Errors): string {
  return readString(obj, 'comment', '', errors, { required: min > 0, min, max: MAX_COMMENT }) ?? '';
}

function readClicks(obj: Record<string, unknown>, config: UiFeedbackConfig, errors: Errors): UiClick[] {
  const raw = obj['clicks'];
  if (!config.allowClicks && Array.isArray(raw) && raw.length > 0) {
    errors.push(problem('clicks', 'field.noClicks'));
    return [];
  }
  // Absent clicks mean none: a worker may report an issue without pointing at it.
  const items = readArray(obj, 'clicks', '', errors, { min: 0, max: config.maxClicks }) ?? [];
  const clicks: UiClick[] = [];
  items.forEach((item, i) => {
    const where = at('clicks', i);
    const point = readObject(item, where, ['x', 'y'], errors);
    if (!point) return;
    const x = readNumber(point, 'x', where, errors, { required: true, min: 0, max: 1 });
    const y = readNumber(point, 'y', where, errors, { required: true, min: 0, max: 1 });
    if (x !== undefined && y !== undefined) clicks.push({ x, y });
  });
  return clicks;
}

/** Half for how close the ratings are (on the 4-step scale), half for naming the same category. */
export function uiFeedbackAgreement(a: UiFeedbackAnswer, b: UiFeedbackAnswer): number {
  return 0.5 * (1 - Math.abs(a.rating - b.rating) / 4) + 0.5 * (a.category === b.category ? 1 : 0);
}

export const uiFeedback: TaskKindDefinition<UiFeedbackConfig, UiFeedbackInput, UiFeedbackAnswer> = {
  kind: 'UI_FEEDBACK',
  parseConfig,
  parseInput: (raw) => parseInput(raw),
  parseAnswer: (raw, config) => parseAnswer(raw, config),
  agreement: uiFeedbackAgreement,
  goldScore: uiFeedbackAgreement,
  voteKey: (answer) => answer.category,
};
