const formatters = new Map<string, Intl.NumberFormat>();

function currencyFormat(currency: string, locale: string): Intl.NumberFormat {
  const key = `${locale}|${currency}`;
  let nf = formatters.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat(locale, { style: 'currency', currency });
    formatters.set(key, nf);
  }
  return nf;
}

/** The number of minor units per major unit: 2 for EUR, 0 for JPY. */
export function currencyDigits(currency: string): number {
  return currencyFormat(currency, 'en').resolvedOptions().maximumFractionDigits ?? 2;
}

/** Formats an amount held in integer minor units (cents), e.g. `formatMoney(5, 'EUR', 'fr')` → "0,05 €". */
export function formatMoney(cents: number, currency: string, locale: string): string {
  const nf = currencyFormat(currency, locale);
  return nf.format(cents / 10 ** (nf.resolvedOptions().maximumFractionDigits ?? 2));
}

/** The largest amount the API takes: amounts travel as GraphQL Int (32 bits). */
const MAX_CENTS = 2_147_483_647;

/**
 * Reads a decimal amount typed by a person ("0.05", "0,05", "1", "12.5") into integer minor units,
 * without floating point. Null for anything else (negative, too many decimals, letters, too large).
 */
export function parseMoneyToCents(text: string, digits = 2): number | null {
  const match = /^(\d+)(?:[.,](\d*))?$/.exec(text.trim().replace(/[\s\u00a0\u202f]/g, ''));
  if (!match) return null;
  const [, whole, fraction = ''] = match;
  if (fraction.length > digits) return null;
  const cents = Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  return cents <= MAX_CENTS ? cents : null;
}

/** The decimal text for an amount in minor units, as a person would type it: 5 → "0.05". */
export function centsToDecimalText(cents: number, digits = 2): string {
  return (cents / 10 ** digits).toFixed(digits);
}
