import { centsToDecimalText, parseMoneyToCents } from '@fourmi/ui';

/** An amount to prefill the payout field with, written as the worker writes it: "8.29", "8,29" in French. */
export function payoutAmountText(cents: number, locale: string): string {
  const text = centsToDecimalText(cents);
  return new Intl.NumberFormat(locale).format(1.5).includes(',') ? text.replace('.', ',') : text;
}

export type PayoutCheck =
  | { ok: true; amountCents: number }
  | { ok: false; error: 'payout.amountInvalid' | 'payout.belowMin' | 'payout.aboveAvailable' };

/** Checks a payout amount before asking the API (which checks it again, under concurrency). */
export function checkPayoutAmount(text: string, limits: { availableCents: number; minPayoutCents: number }): PayoutCheck {
  const cents = parseMoneyToCents(text);
  if (cents === null || cents <= 0) return { ok: false, error: 'payout.amountInvalid' };
  if (cents < limits.minPayoutCents) return { ok: false, error: 'payout.belowMin' };
  if (cents > limits.availableCents) return { ok: false, error: 'payout.aboveAvailable' };
  return { ok: true, amountCents: cents };
}

/** Ledger line kinds with their own wording; others are shown as the API names them. */
export const KNOWN_LINE_KINDS = ['ACCEPT', 'BONUS', 'HOLD_RELEASE', 'PAYOUT_REQUEST', 'PAYOUT_SETTLE', 'PAYOUT_RETURN', 'FAIR_PAY_ADJUSTMENT'] as const;
export type KnownLineKind = (typeof KNOWN_LINE_KINDS)[number];

export function isKnownLineKind(kind: string): kind is KnownLineKind {
  return (KNOWN_LINE_KINDS as readonly string[]).includes(kind);
}
