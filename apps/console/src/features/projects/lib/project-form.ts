import type { CreateProjectInput, TaskKind } from '@fourmi/api-client';
import { OVERLAP_LIMITS } from '@fourmi/task-kinds';
import { parseMoneyToCents } from '@fourmi/ui';
import { buildKindConfig, initialExtras, isShownConfigPath, usesLabels, type KindExtras } from '../../wizard/lib/wizard-config';
import { QUALITY_FIELD_PATHS } from './quality-form';

export interface LabelRow {
  /** A client-side key for React lists; not sent. */
  key: string;
  value: string;
  text: string;
  hotkey: string;
}

export interface ProjectFormValues {
  name: string;
  instructions: string;
  kind: TaskKind;
  /** The preset the config started from, if any (only shown; the config is what is sent). */
  preset: string | null;
  labels: LabelRow[];
  /** The rest of the config of the kinds beyond classification. */
  extras: KindExtras;
  /** Decimal text as typed, in EUR: "0.05" or "0,05". */
  reward: string;
  overlap: string;
  leaseSeconds: string;
  /** The requester's estimate of the working time per task, in seconds; empty: not given. */
  estimatedSeconds: string;
}

/** The kinds of the API, in the order shown. */
export const KINDS: readonly TaskKind[] = ['CLASSIFICATION', 'MULTI_LABEL', 'CATEGORIZATION', 'UI_FEEDBACK', 'AUDIO'];
/** The API's own bounds on answers per item. */
export const OVERLAP = OVERLAP_LIMITS;
/** As the API enforces: at least 30 seconds, at most one day. */
export const LEASE_SECONDS = { min: 30, max: 86_400 } as const;
/** As the API enforces for the estimate of the working time: 1 second to one day. */
export const ESTIMATED_SECONDS = { min: 1, max: 86_400 } as const;
export const MAX_LABELS = 50;

let nextKey = 0;
export function newLabelRow(value = '', text = ''): LabelRow {
  nextKey += 1;
  return { key: `label-${nextKey}`, value, text, hotkey: '' };
}

export function initialProjectForm(): ProjectFormValues {
  return {
    name: '',
    instructions: '',
    kind: 'CLASSIFICATION',
    preset: null,
    labels: [newLabelRow(), newLabelRow()],
    extras: initialExtras(),
    reward: '0.05',
    overlap: '3',
    leaseSeconds: '600',
    estimatedSeconds: '',
  };
}

/** Form problems found before sending, as i18n keys of the console dictionary, by API field path. */
export type FormErrorKey =
  | 'form.required'
  | 'form.rewardInvalid'
  | 'form.overlapRange'
  | 'form.leaseInvalid'
  | 'form.estimateInvalid'
  | 'form.labelsMin'
  | 'form.duplicateValue'
  | 'form.duplicateHotkey'
  | 'form.hotkeyOneChar';

export type FormErrors = Record<string, FormErrorKey>;

export const labelPath = (index: number, field?: 'value' | 'text' | 'hotkey', base = 'config.labels') =>
  field ? `${base}[${index}].${field}` : `${base}[${index}]`;

/** Required value and text, unique values and hotkeys, one-character hotkeys; reported at `base[i].field`. */
function checkLabels(rows: readonly LabelRow[], base: string, errors: FormErrors): void {
  const seenValues = new Set<string>();
  const seenHotkeys = new Set<string>();
  rows.forEach((row, i) => {
    const label = { value: row.value.trim(), text: row.text.trim(), hotkey: row.hotkey.trim() };
    if (!label.value) errors[labelPath(i, 'value', base)] = 'form.required';
    else if (seenValues.has(label.value)) errors[labelPath(i, 'value', base)] = 'form.duplicateValue';
    seenValues.add(label.value);
    if (!label.text) errors[labelPath(i, 'text', base)] = 'form.required';
    if (label.hotkey) {
      if ([...label.hotkey].length !== 1) errors[labelPath(i, 'hotkey', base)] = 'form.hotkeyOneChar';
      else if (seenHotkeys.has(label.hotkey.toLowerCase())) errors[labelPath(i, 'hotkey', base)] = 'form.duplicateHotkey';
      seenHotkeys.add(label.hotkey.toLowerCase());
    }
  });
}

function readInt(text: string): number | null {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : null;
}

/**
 * Checks the obvious mistakes (the server checks everything again with the task kind) and builds
 * the API input. Error paths are the API's field paths, so client and server errors show in the same place.
 */
export function toCreateProjectInput(values: ProjectFormValues): { input: CreateProjectInput | null; errors: FormErrors } {
  const errors: FormErrors = {};
  const name = values.name.trim();
  if (!name) errors['name'] = 'form.required';

  const rewardCents = parseMoneyToCents(values.reward);
  if (rewardCents === null || rewardCents <= 0) errors['rewardCents'] = 'form.rewardInvalid';

  const overlap = readInt(values.overlap);
  if (overlap === null || overlap < OVERLAP.min || overlap > OVERLAP.max) errors['overlap'] = 'form.overlapRange';

  const leaseSeconds = readInt(values.leaseSeconds);
  if (leaseSeconds === null || leaseSeconds < LEASE_SECONDS.min || leaseSeconds > LEASE_SECONDS.max) errors['leaseSeconds'] = 'form.leaseInvalid';

  // Optional: workers see an hourly rate from it until answers are timed.
  const estimatedSeconds = values.estimatedSeconds.trim() ? readInt(values.estimatedSeconds) : undefined;
  if (estimatedSeconds === null || (estimatedSeconds !== undefined && (estimatedSeconds < ESTIMATED_SECONDS.min || estimatedSeconds > ESTIMATED_SECONDS.max))) {
    errors['estimatedSecondsPerTask'] = 'form.estimateInvalid';
  }

  if (usesLabels(values.kind, values.extras)) {
    if (values.labels.length < 2) errors['config.labels'] = 'form.labelsMin';
    checkLabels(values.labels, 'config.labels', errors);
  }
  if (values.kind === 'UI_FEEDBACK') checkLabels(values.extras.categories, 'config.categories', errors);

  if (Object.keys(errors).length > 0 || rewardCents === null || overlap === null || leaseSeconds === null) {
    return { input: null, errors };
  }
  return {
    input: {
      name,
      instructions: values.instructions,
      kind: values.kind,
      config: buildKindConfig(values.kind, values.labels, values.extras),
      rewardCents,
      overlap,
      leaseSeconds,
      ...(estimatedSeconds ? { estimatedSecondsPerTask: estimatedSeconds } : {}),
    },
    errors,
  };
}

/**
 * The hotkey a label gets when none is typed (shown as a placeholder), as the task kinds library
 * assigns them: 1–9 then 0 by position, and none when another label typed that key for itself (the
 * default is skipped, not moved), so the placeholder never promises a key workers will not have.
 */
export function defaultHotkey(index: number, rows: readonly { hotkey: string }[] = []): string {
  return takenDefaultKey(index, rows) === null ? positionKey(index) : '';
}

const positionKey = (index: number) => (index < 9 ? String(index + 1) : index === 9 ? '0' : '');

/**
 * The key a label without its own would get by position, when another label typed it: that label gets
 * no key at all, which the requester should be told rather than find out from workers. Null otherwise.
 */
export function takenDefaultKey(index: number, rows: readonly { hotkey: string }[]): string | null {
  const fallback = positionKey(index);
  if (!fallback || rows[index]?.hotkey.trim()) return null;
  return rows.some((row, i) => i !== index && row.hotkey.trim().toLowerCase() === fallback) ? fallback : null;
}

/** Where the server's error for `path` goes on this form; unknown paths are listed in the general alert. */
export const FORM_FIELD_PATHS = ['name', 'instructions', 'kind', 'rewardCents', 'overlap', 'leaseSeconds', 'estimatedSecondsPerTask', 'config', 'config.labels'];

export function isShownPath(path: string, labelCount: number, categoryCount = 0): boolean {
  if (FORM_FIELD_PATHS.includes(path) || QUALITY_FIELD_PATHS.includes(path) || isShownConfigPath(path, categoryCount)) return true;
  const match = /^config\.labels\[(\d+)\](?:\.(value|text|hotkey))?$/.exec(path);
  return match !== null && Number(match[1]) < labelCount;
}
