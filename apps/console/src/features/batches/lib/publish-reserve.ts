import { formatMoney } from '@fourmi/ui';

/** What a publish confirmation tells, formatted for the reader's locale. */
export interface PublishReserve {
  /** What publishing will take from the balance (the API's own figure, `Batch.reserveCents`). */
  reserve: string;
  /** The balance available now; null until it is known. */
  available: string | null;
  /** How much is missing, when the balance cannot cover the reserve (the API would refuse). */
  shortBy: string | null;
}

export function publishReserve(
  reserveCents: number,
  currency: string,
  balance: { availableCents: number; currency: string } | null | undefined,
  locale: string,
): PublishReserve {
  const reserve = formatMoney(reserveCents, currency, locale);
  // A balance in another currency does not fund this project: say what it holds, not that it falls short.
  if (!balance) return { reserve, available: null, shortBy: null };
  const available = formatMoney(balance.availableCents, balance.currency, locale);
  const short = balance.currency === currency ? reserveCents - balance.availableCents : 0;
  return { reserve, available, shortBy: short > 0 ? formatMoney(short, currency, locale) : null };
}
