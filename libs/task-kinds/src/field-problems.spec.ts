import { describe, expect, it } from 'vitest';
import { fieldProblemMessage, isFieldProblemKey } from './field-problems';
import { parseTaxonomy } from './taxonomy';
import { parseTaxonomyJson } from './taxonomy-json';
import { TASK_KINDS, type FieldError } from './types';
import { taskKinds } from './registry';

const long = 'x'.repeat(20_001);
/** Wrong shapes every reader meets: each parse below reports at least one problem. */
const BAD_VALUES: unknown[] = [
  null,
  'text',
  {},
  { nope: 1 },
  { labels: 'a' },
  { labels: [] },
  { labels: [{ value: 'a', text: 'A', hotkey: 'ab' }, { value: 'a', text: '' }] },
  { labels: [{ value: 'a', text: 'A', hotkey: 'k' }, { value: 'b', text: 'B', hotkey: 'K' }], minSelected: 2, maxSelected: 1 },
  { labels: [{ value: 'a', text: 'A' }, { value: 'b', text: 'B' }], transcribe: 'yes', aloneLabels: ['z', 3] },
  { text: long, imageUrl: 'ftp://x' },
  { audioUrl: '//evil', durationSeconds: 'long', language: 'not a tag!' },
  { label: 'nope', transcript: 'hi', rating: 1.5, category: 'nope', clicks: [{}], comment: 7 },
  { labels: ['nope', 'nope', 4], path: ['nope'] },
  { taxonomy: [{ id: 'a', label: 'A', parentId: 'b' }, { id: 'b', label: 'B', parentId: 'a' }] },
];

const SMALL_CONFIGS: Record<string, unknown> = {
  CLASSIFICATION: { labels: [{ value: 'a', text: 'A' }, { value: 'b', text: 'B' }] },
  MULTI_LABEL: { labels: [{ value: 'a', text: 'A' }, { value: 'b', text: 'B' }], minSelected: 1, maxSelected: 1 },
  CATEGORIZATION: {
    taxonomy: [
      { id: 'a', label: 'A' },
      { id: 'a1', label: 'A1', parentId: 'a' },
      { id: 'b', label: 'B' },
    ],
  },
  UI_FEEDBACK: { categories: [{ value: 'bug', text: 'Bug' }, { value: 'idea', text: 'Idea' }], minCommentLength: 5 },
  AUDIO: { labels: [{ value: 'a', text: 'A' }, { value: 'b', text: 'B' }] },
};

function everyProblem(): FieldError[] {
  const errors: FieldError[] = [];
  const collect = (result: { ok: boolean; errors?: FieldError[] }) => errors.push(...(result.ok ? [] : (result.errors ?? [])));
  for (const kind of TASK_KINDS) {
    const definition = taskKinds[kind];
    const parsed = definition.parseConfig(SMALL_CONFIGS[kind]);
    if (!parsed.ok) throw new Error(`${kind}: the sample config is not valid`);
    for (const raw of BAD_VALUES) {
      collect(definition.parseConfig(raw));
      collect(definition.parseInput(raw, parsed.value));
      collect(definition.parseAnswer(raw, parsed.value, {}));
    }
  }
  collect(parseTaxonomy([{ id: 'a', label: 'A' }], 'taxonomy'));
  collect(parseTaxonomyJson('[{"label": 3, "extra": 1, "children": 2}, 4]'));
  return errors;
}

describe('field problems', () => {
  it('writes English as the API always did: raw numbers, plurals by count, lists with commas', () => {
    expect(fieldProblemMessage('field.tooLong', { max: 2048 })).toBe('Must be at most 2048 characters long.');
    expect(fieldProblemMessage('field.tooFewItems', { count: 1 })).toBe('Must have at least 1 item.');
    expect(fieldProblemMessage('field.tooFewItems', { count: 2 })).toBe('Must have at least 2 items.');
    expect(fieldProblemMessage('field.notOneOf', { values: ['en', 'fr'] })).toBe('Must be one of: en, fr.');
    expect(fieldProblemMessage('field.unknownParent', { value: 'x' })).toBe('Unknown parent "x".');
  });

  it('writes amounts in minor units as money of their currency, as the API writes them', () => {
    expect(fieldProblemMessage('field.balanceShortBy', { shortCents: 250, currency: 'EUR' })).toBe('Your balance is short by €2.50');
    expect(fieldProblemMessage('field.topUpBetween', { minCents: 500, maxCents: 100_000_00, currency: 'USD' })).toBe('Top up from $5.00 to $100,000.00');
    // Without a currency a …Cents param is only a number.
    expect(fieldProblemMessage('field.shortBy', { shortCents: 250 })).toBe('Short by 250');
  });

  it('gives every problem the task kinds report a known key, and the message that key writes', () => {
    const problems = everyProblem();
    expect(problems.length).toBeGreaterThan(100);
    for (const problem of problems) {
      expect(isFieldProblemKey(problem.reason?.key), `${problem.path}: ${problem.message}`).toBe(true);
      if (problem.reason) expect(problem.message).toBe(fieldProblemMessage(problem.reason.key, problem.reason.params));
    }
  });

  it('names the values of the sentence in the params', () => {
    const labels = taskKinds.CLASSIFICATION.parseConfig({ labels: [{ value: 'a', text: 'x'.repeat(201) }, { value: 'a', text: 'B' }] });
    expect(labels.ok ? [] : labels.errors).toEqual([
      { path: 'labels[0].text', message: 'Must be at most 200 characters long.', reason: { key: 'field.tooLong', params: { max: 200 } } },
      {
        path: 'labels[1].value',
        message: 'Duplicate value "a" (already used by labels[0]).',
        reason: { key: 'field.duplicateValue', params: { value: 'a', other: 'labels[0]' } },
      },
    ]);
    const item = taskKinds.CLASSIFICATION.parseInput({ txt: 'hi' }, SMALL_CONFIGS['CLASSIFICATION'] as never);
    expect(item.ok ? [] : item.errors).toContainEqual({ path: 'txt', message: 'Unknown field "txt".', reason: { key: 'field.unknownField', params: { field: 'txt' } } });
  });
});
