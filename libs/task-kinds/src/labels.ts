import { at, charLength, type Errors, problem, readArray, readObject, readString } from './validate';

/** One choice offered to workers: `value` is stored in answers, `text` is shown, `hotkey` selects it. */
export interface LabelOption {
  value: string;
  text: string;
  hotkey?: string;
}

const DUPLICATE = { value: 'field.duplicateValue', hotkey: 'field.duplicateHotkey' } as const;

/** Hotkeys given by position to the first ten labels that have none: 1..9 then 0, like a keyboard row. */
const DEFAULT_HOTKEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'];

/**
 * Reads `obj[key]` as a list of labels: unique values, unique single-character hotkeys (compared
 * case-insensitively, as renderers match keys without regard to Shift), defaults filled in.
 */
export function readLabels(
  obj: Record<string, unknown>,
  key: string,
  path: string,
  errors: Errors,
  count: { min: number; max: number; required?: boolean },
): LabelOption[] | undefined {
  const before = errors.length;
  const items = readArray(obj, key, path, errors, { required: count.required ?? true, ...count });
  if (!items) return undefined;
  const where = at(path, key);
  const labels = items.map((item, i) => readLabel(item, at(where, i), errors));
  rejectDuplicates(labels, where, 'value', (l) => l.value, errors);
  rejectDuplicates(labels, where, 'hotkey', (l) => l.hotkey?.toLowerCase(), errors);
  if (errors.length > before) return undefined;
  return withDefaultHotkeys(labels as LabelOption[]);
}

function readLabel(raw: unknown, path: string, errors: Errors): Partial<LabelOption> {
  const obj = readObject(raw, path, ['value', 'text', 'hotkey'], errors);
  if (!obj) return {};
  const value = readString(obj, 'value', path, errors, { required: true, max: 100 });
  const text = readString(obj, 'text', path, errors, { required: true, max: 200 });
  const hotkey = readString(obj, 'hotkey', path, errors, { max: 100 });
  if (hotkey !== undefined && charLength(hotkey) !== 1) {
    errors.push(problem(at(path, 'hotkey'), 'field.notSingleCharacter'));
    return { value, text };
  }
  return hotkey === undefined ? { value, text } : { value, text, hotkey };
}

function rejectDuplicates(
  labels: Partial<LabelOption>[],
  path: string,
  field: 'value' | 'hotkey',
  keyOf: (label: Partial<LabelOption>) => string | undefined,
  errors: Errors,
): void {
  const first = new Map<string, number>();
  labels.forEach((label, i) => {
    const key = keyOf(label);
    if (key === undefined) return;
    const j = first.get(key);
    if (j === undefined) first.set(key, i);
    else errors.push(problem(at(at(path, i), field), DUPLICATE[field], { value: label[field] ?? '', other: at(path, j) }));
  });
}

function withDefaultHotkeys(labels: LabelOption[]): LabelOption[] {
  const taken = new Set(labels.map((l) => l.hotkey?.toLowerCase()).filter((k) => k !== undefined));
  return labels.map((label, i) => {
    const fallback = DEFAULT_HOTKEYS[i];
    // A default already claimed explicitly by another label is skipped rather than moved, so the
    // digit a worker sees next to a label always matches its position.
    if (label.hotkey !== undefined || fallback === undefined || taken.has(fallback)) return label;
    return { ...label, hotkey: fallback };
  });
}

/** The label values of a config, in config order, for membership checks. */
export function labelValues(labels: readonly LabelOption[]): Set<string> {
  return new Set(labels.map((l) => l.value));
}
