import { englishText, type FieldProblemParams } from './field-problems';

/**
 * What a ledger transaction is, by key, in English: the memo the API stores beside the key and its
 * params, so the apps can say a history line in their user's language (libs/ui words these keys in
 * French) while older lines, written before keys were kept, show their stored English. Params said as
 * field problems' are: `…Cents` with `currency` as money, lists joined by commas, plurals by `count`.
 * Free text a person typed (a bonus message, an administrator's reason) stays as typed.
 */
export const LEDGER_MEMOS = {
  'memo.topUp': 'Top-up by card',
  'memo.topUpSandbox': 'Top-up (sandbox, no real money)',
  'memo.escrow': { one: 'Escrow for a batch of {count} item', other: 'Escrow for a batch of {count} items' },
  'memo.escrowReturned': 'Unused escrow returned',
  'memo.accepted': { one: 'Accepted answer: {projects}', other: 'Accepted {count} answers: {projects}' },
  'memo.rejectedReturned': 'Escrow of rejected answers returned',
  'memo.overturnedReserved': 'Escrow reserved again for answers accepted on appeal',
  'memo.bonus': 'Bonus: {message}',
  'memo.fairPay': 'Bonus: Fair-pay top-up: measured pay {hourlyCents}/h is below the {minimumCents}/h minimum',
  'memo.holdReleased': 'Hold period over: now available',
  'memo.adminCredit': 'Credit by an administrator: {reason}',
  'memo.adminRefund': 'Refund by an administrator: {reason}',
  'memo.payoutRequested': 'Payout requested',
  'memo.payoutSent': 'Payout sent to your Stripe account',
  'memo.payoutSentSandbox': 'Payout sent (sandbox, no real money)',
  'memo.payoutFailed': 'Payout failed, money returned: {reason}',
  'memo.payoutReversed': 'Payout reversed, money returned',
} as const satisfies Record<string, string | { one: string; other: string }>;

export type LedgerMemoKey = keyof typeof LEDGER_MEMOS;

/** A transaction's memo: its English text as stored, and the key and params that say the same. */
export interface LedgerMemo {
  text: string;
  key: LedgerMemoKey;
  params: FieldProblemParams;
}

export function ledgerMemo(key: LedgerMemoKey, params: FieldProblemParams = {}): LedgerMemo {
  return { text: englishText(LEDGER_MEMOS[key], params), key, params };
}

export function isLedgerMemoKey(key: unknown): key is LedgerMemoKey {
  return typeof key === 'string' && Object.hasOwn(LEDGER_MEMOS, key);
}

/** The names a memo's sentence needs (every plural form's): a line missing one is shown as stored. */
export function ledgerMemoParamNames(key: LedgerMemoKey): string[] {
  const message: string | { one: string; other: string } = LEDGER_MEMOS[key];
  const texts = typeof message === 'string' ? [message] : [message.one, message.other];
  return [...new Set(texts.flatMap((t) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1])))];
}
