import { type FieldProblemKey, type FieldProblemParams, isFieldProblemKey } from '@fourmi/task-kinds';
import { getMetadataStorage, type ValidationError, type ValidationOptions } from 'class-validator';
import type { ErrorReason } from './domain-error';

type Args = readonly unknown[];
const list = (values: unknown): string[] => (Array.isArray(values) ? values.map(String) : []);

/**
 * class-validator's constraints as field problems the apps can word: the key, and the params read from
 * the decorator's own arguments (`@Max(100_000)` → `{ max: 100000 }`). A constraint missing here keeps
 * only its English message.
 */
const REASONS: Record<string, (args: Args) => [FieldProblemKey, FieldProblemParams?]> = {
  isDefined: () => ['field.required'],
  isNotEmpty: () => ['field.required'],
  arrayNotEmpty: () => ['field.required'],
  isString: () => ['field.notString'],
  isNumber: () => ['field.notNumber'],
  isInt: () => ['field.notWholeNumber'],
  isBoolean: () => ['field.notBoolean'],
  isArray: () => ['field.notList'],
  nestedValidation: () => ['field.notObject'],
  min: ([min]) => ['field.tooSmall', { min: Number(min) }],
  max: ([max]) => ['field.tooLarge', { max: Number(max) }],
  minLength: ([min]) => ['field.tooShort', { min: Number(min) }],
  maxLength: ([max]) => ['field.tooLong', { max: Number(max) }],
  isLength: ([min, max]) => (max === undefined ? ['field.tooShort', { min: Number(min) }] : ['field.lengthBetween', { min: Number(min), max: Number(max) }]),
  arrayMinSize: ([count]) => ['field.tooFewItems', { count: Number(count) }],
  arrayMaxSize: ([count]) => ['field.tooManyItems', { count: Number(count) }],
  isEmail: () => ['field.notEmail'],
  isUuid: () => ['field.notId'],
  isIn: ([values]) => ['field.notOneOf', { values: list(values) }],
  isEnum: ([, values]) => ['field.notOneOf', { values: list(values) }],
  matches: () => ['field.badFormat'],
};

/** The arguments given to the decorator named `constraint` on the failed property, if it is found. */
function argsOf(error: ValidationError, constraint: string): Args {
  const target = error.target?.constructor;
  if (!target) return [];
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .find((m) => m.propertyName === error.property && m.name === constraint);
  return metadata?.constraints ?? [];
}

/** Amounts are integer cents (`rewardCents`, `amountCents`): their bounds are said in cents, not as bare numbers. */
function inCents([key, params = {}]: [FieldProblemKey, FieldProblemParams?]): [FieldProblemKey, FieldProblemParams] {
  if (key === 'field.tooSmall') return ['field.centsTooSmall', { count: params['min'] as number }];
  if (key === 'field.tooLarge') return ['field.centsTooLarge', { count: params['max'] as number }];
  return [key, params];
}

/**
 * Options of a decorator whose failure says what its message says, not its constraint's general
 * wording: an id that cannot name anything, `@IsUUID('all', saying('No such project', 'field.projectNotFound'))`.
 */
export function saying(message: string, key: FieldProblemKey): ValidationOptions {
  return { message, context: { reason: key } };
}

/** The reason for one failed constraint of `error`, or undefined for a constraint the apps cannot word. */
export function inputReason(error: ValidationError, constraint: string): ErrorReason | undefined {
  const own: unknown = error.contexts?.[constraint]?.reason;
  if (isFieldProblemKey(own)) return { key: own, params: {} };
  const reason = REASONS[constraint];
  if (!reason) return undefined;
  const found = reason(argsOf(error, constraint));
  const [key, params = {}] = error.property.endsWith('Cents') ? inCents(found) : found;
  return { key, params };
}
