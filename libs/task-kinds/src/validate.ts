import { fieldProblemMessage, type FieldProblemKey, type FieldProblemParams } from './field-problems';
import type { FieldError, Result } from './types';

/**
 * A tiny hand-written checker. Readers push every problem into `errors` and return the normalised
 * value (or undefined), so one parse reports all errors at once and never throws.
 */
export type Errors = FieldError[];

/** `at('labels', 2)` → `labels[2]`, `at('labels[2]', 'hotkey')` → `labels[2].hotkey`, `at('', 'text')` → `text`. */
export function at(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

/** A problem at `path`: its English message and, for the apps, the same as a key and params. */
export function problem(path: string, key: FieldProblemKey, params: FieldProblemParams = {}): FieldError {
  return { path, message: fieldProblemMessage(key, params), reason: { key, params } };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Null counts as absent: JSON and CSV producers often write null for an empty optional field. */
function isAbsent(value: unknown): boolean {
  return value === undefined || value === null;
}

/** A failed result, assignable to any `Result<T>`. */
export function fail(errors: Errors): { ok: false; errors: FieldError[] } {
  return { ok: false, errors };
}

export function done<T>(value: T | undefined, errors: Errors): Result<T> {
  return errors.length > 0 || value === undefined ? { ok: false, errors } : { ok: true, value };
}

/** A plain object with only `keys`; each unknown key is reported at its own path. */
export function readObject(
  raw: unknown,
  path: string,
  keys: readonly string[],
  errors: Errors,
): Record<string, unknown> | undefined {
  if (!isRecord(raw)) {
    errors.push(problem(path, 'field.notObject'));
    return undefined;
  }
  for (const key of Object.keys(raw)) {
    if (!keys.includes(key)) errors.push(problem(at(path, key), 'field.unknownField', { field: key }));
  }
  return raw;
}

/** Length in characters (code points), as a person and PostgreSQL count them, not UTF-16 units. */
export function charLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

export interface StringRule {
  required?: boolean;
  min?: number;
  max: number;
}

/** A trimmed string. An optional string that is blank after trimming counts as absent. */
export function readString(obj: Record<string, unknown>, key: string, path: string, errors: Errors, rule: StringRule): string | undefined {
  const raw = obj[key];
  const where = at(path, key);
  if (isAbsent(raw)) return missing(where, rule.required, errors);
  if (typeof raw !== 'string') {
    errors.push(problem(where, 'field.notString'));
    return undefined;
  }
  const value = raw.trim();
  if (value === '') return missing(where, rule.required, errors);
  const length = charLength(value);
  if (length < (rule.min ?? 1)) errors.push(problem(where, 'field.tooShort', { min: rule.min ?? 1 }));
  else if (length > rule.max) errors.push(problem(where, 'field.tooLong', { max: rule.max }));
  else return value;
  return undefined;
}

function missing(path: string, required: boolean | undefined, errors: Errors): undefined {
  if (required) errors.push(problem(path, 'field.required'));
  return undefined;
}

export interface NumberRule {
  required?: boolean;
  integer?: boolean;
  min: number;
  max: number;
}

/** A finite number in [min, max]. Decimal strings are accepted because CSV uploads carry only text. */
export function readNumber(obj: Record<string, unknown>, key: string, path: string, errors: Errors, rule: NumberRule): number | undefined {
  const raw = obj[key];
  const where = at(path, key);
  if (isAbsent(raw)) return missing(where, rule.required, errors);
  const value = typeof raw === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(raw) ? Number(raw) : raw;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    errors.push(problem(where, 'field.notNumber'));
  } else if (rule.integer && !Number.isInteger(value)) {
    errors.push(problem(where, 'field.notWholeNumber'));
  } else if (value < rule.min || value > rule.max) {
    errors.push(problem(where, 'field.between', { min: rule.min, max: rule.max }));
  } else {
    return value;
  }
  return undefined;
}

export function readBoolean(obj: Record<string, unknown>, key: string, path: string, errors: Errors): boolean | undefined {
  const raw = obj[key];
  if (isAbsent(raw)) return undefined;
  if (typeof raw === 'boolean') return raw;
  errors.push(problem(at(path, key), 'field.notBoolean'));
  return undefined;
}

export interface ArrayRule {
  required?: boolean;
  min: number;
  max: number;
}

/** An array with a count in [min, max]; items are checked by the caller, with `at(path, i)`. */
export function readArray(obj: Record<string, unknown>, key: string, path: string, errors: Errors, rule: ArrayRule): unknown[] | undefined {
  const raw = obj[key];
  const where = at(path, key);
  if (isAbsent(raw)) return missing(where, rule.required, errors);
  if (!Array.isArray(raw)) {
    errors.push(problem(where, 'field.notList'));
  } else if (raw.length < rule.min) {
    errors.push(problem(where, 'field.tooFewItems', { count: rule.min }));
  } else if (raw.length > rule.max) {
    errors.push(problem(where, 'field.tooManyItems', { count: rule.max }));
  } else {
    return raw;
  }
  return undefined;
}

const ABSOLUTE_URL = /^https?:\/\/[^\s/?#]+[^\s]*$/i;
// A path served by Fourmi itself; `//host` would be a protocol-relative external URL, so it is refused.
const LOCAL_PATH = /^\/(?!\/)\S*$/;

/** An absolute http(s) URL, or (with `allowPath`) a path starting with `/` served by Fourmi. */
export function readUrl(
  obj: Record<string, unknown>,
  key: string,
  path: string,
  errors: Errors,
  rule: { required?: boolean; allowPath?: boolean },
): string | undefined {
  const before = errors.length;
  const value = readString(obj, key, path, errors, { required: rule.required, max: 2048 });
  if (value === undefined || errors.length > before) return undefined;
  if (rule.allowPath && LOCAL_PATH.test(value)) return value;
  if (ABSOLUTE_URL.test(value) && parsesAsUrl(value)) return value;
  errors.push(problem(at(path, key), rule.allowPath ? 'field.notUrlOrPath' : 'field.notUrl'));
  return undefined;
}

function parsesAsUrl(value: string): boolean {
  try {
    return new URL(value).hostname !== '';
  } catch {
    return false;
  }
}
