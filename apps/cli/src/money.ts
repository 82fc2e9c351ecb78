import { UsageError } from './errors';

/** GraphQL Int: the largest amount of cents the API takes. */
const MAX_CENTS = 2 ** 31 - 1;

/**
 * An amount in currency units, as typed by a person ("0.05", "2", "1.5"), in integer cents, read from
 * its digits (never through floating point: 0.29 × 100 is 28.999…). More than 2 decimals is refused
 * rather than rounded: a reward is money, and a silent change of it is a bug. Errors name `option`
 * (`--reward`), or a positional argument given in capitals as is (`AMOUNT`).
 */
export function parseCents(text: string, option = 'reward'): number {
  const name = /^[A-Z_]+$/.test(option) ? option : `--${option}`;
  const trimmed = text.trim();
  const match = /^(\d+)(?:\.(\d+))?$/.exec(trimmed) ?? /^()\.(\d+)$/.exec(trimmed);
  if (!match) throw new UsageError(`${name} must be an amount like 0.05 (currency units, dot for decimals), not "${text}"`);
  const [, units, decimals = ''] = match;
  if (decimals.length > 2) throw new UsageError(`${name} has more than 2 decimals ("${text}"): amounts are whole cents`);
  const cents = Number(units || '0') * 100 + Number(decimals.padEnd(2, '0'));
  if (cents < 1) throw new UsageError(`${name} must be at least 0.01`);
  if (cents > MAX_CENTS) throw new UsageError(`${name} is too large ("${text}")`);
  return cents;
}

/** Cents as an amount in units with 2 decimals: 5 → "0.05". */
export function formatCents(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
