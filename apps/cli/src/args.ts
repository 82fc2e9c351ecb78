import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './errors';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * `node:util` parseArgs, strict, its errors turned into usage errors, and the positional count checked:
 * `names` are the positionals the command takes, all required, e.g. `['PROJECT_ID', 'FILE']`; a last
 * name ending in `...` (`ASSIGNMENT_ID...`) takes one or more.
 */
export function parseCommand<const O extends Options>(args: readonly string[], options: O, names: readonly string[] = []) {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.replace(/\. To specify a positional argument.*$/s, '') : String(error));
  }
  const { positionals } = parsed;
  if (positionals.length < names.length) throw new UsageError(`missing ${names.slice(positionals.length).join(' and ')}`);
  const variadic = names.at(-1)?.endsWith('...') ?? false;
  if (positionals.length > names.length && !variadic) throw new UsageError(`unexpected argument "${positionals[names.length]}"`);
  return { values: parsed.values, positionals };
}

/** The value of a required option, or a usage error naming it. */
export function required<T>(value: T | undefined, option: string, hint = ''): T {
  if (value === undefined || value === '') throw new UsageError(`missing --${option}${hint ? ` (${hint})` : ''}`);
  return value;
}

/** A whole number within bounds, or a usage error naming the option and the bad value. */
export function parseInteger(text: string, option: string, bounds: { min: number; max: number }): number {
  if (!/^\d+$/.test(text.trim())) throw new UsageError(`--${option} must be a whole number, not "${text}"`);
  const value = Number(text.trim());
  if (value < bounds.min || value > bounds.max) throw new UsageError(`--${option} must be between ${bounds.min} and ${bounds.max}, not ${value}`);
  return value;
}

/** A positive number of seconds (decimals allowed), or a usage error. */
export function parseSeconds(text: string, option: string): number {
  const value = Number(text);
  if (!/^\d*\.?\d+$/.test(text.trim()) || !(value > 0)) throw new UsageError(`--${option} must be a positive number of seconds, not "${text}"`);
  return value;
}
