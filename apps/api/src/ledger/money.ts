/**
 * Pure money arithmetic in integer minor units (cents). No floating point touches an amount: fees and
 * rates are computed with integer operations and explicit rounding.
 */

/** Throws unless `value` is a safe integer (an amount read from a bigint column, say). */
export function cents(value: number | string | bigint): number {
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isSafeInteger(n)) throw new RangeError(`Not a whole number of cents: ${String(value)}`);
  return n;
}

/** The platform fee on a reward, rounded half up to the cent: 20% of 5 ¢ is 1 ¢, of 3 ¢ is 1 ¢ (0.6). */
export function feeCents(rewardCents: number, feePercent: number): number {
  cents(rewardCents);
  if (!Number.isInteger(feePercent) || feePercent < 0 || feePercent > 100) throw new RangeError('The fee percent must be an integer from 0 to 100');
  return Math.floor((rewardCents * feePercent + 50) / 100);
}

/** What one accepted answer costs the requester: the reward and its fee. */
export function assignmentCostCents(rewardCents: number, feePercent: number): number {
  return rewardCents + feeCents(rewardCents, feePercent);
}

/** The most a batch can cost: every item answered `maxOverlap` times, each answer with its fee. */
export function escrowCents(items: number, maxOverlap: number, rewardCents: number, feePercent: number): number {
  return cents(items * maxOverlap * assignmentCostCents(rewardCents, feePercent));
}

/**
 * Hourly pay for a reward earned in `millisPerTask`, rounded down (never overstated to a worker), when
 * `paidShare` of the tasks done are paid: gold items mixed into the work take the same time and pay nothing.
 */
export function hourlyRateCents(rewardCents: number, millisPerTask: number, paidShare = 1): number {
  if (!(millisPerTask > 0)) throw new RangeError('The time per task must be positive');
  if (!(paidShare >= 0 && paidShare <= 1)) throw new RangeError('The paid share of tasks must be between 0 and 1');
  // Rounded before dividing: 5 × 3,600,000 × 0.7 is 12,599,999.999… in floating point.
  return Math.floor(Math.round(rewardCents * 3_600_000 * paidShare) / Math.max(1, Math.round(millisPerTask)));
}

const SYMBOLS: Record<string, string> = { EUR: '€', USD: '$', GBP: '£' };

/** "€12.40", "-€0.05", "€1,800.00", "12.40 CHF": for messages; the apps format with the user's locale. */
export function formatMoney(amountCents: number, currency = 'EUR'): string {
  const sign = amountCents < 0 ? '-' : '';
  const abs = Math.abs(amountCents);
  const text = `${Math.floor(abs / 100).toLocaleString('en-US')}.${String(abs % 100).padStart(2, '0')}`;
  const symbol = SYMBOLS[currency.toUpperCase()];
  return symbol ? `${sign}${symbol}${text}` : `${sign}${text} ${currency.toUpperCase()}`;
}

/** Merges amounts per key (account), dropping zeros: a posting never has two lines for one account. */
export function netByKey<K>(lines: readonly { key: K; amount: number }[]): { key: K; amount: number }[] {
  const sums = new Map<K, number>();
  for (const { key, amount } of lines) sums.set(key, cents((sums.get(key) ?? 0) + amount));
  return [...sums].filter(([, amount]) => amount !== 0).map(([key, amount]) => ({ key, amount }));
}
