/** The payout statuses the admin's list names; another (a newer API's) shows as the API writes it. */
const KNOWN = ['PENDING', 'PAID', 'FAILED', 'REVERSED'] as const;
export type PayoutStatusKey = `ledger.status.${(typeof KNOWN)[number]}`;

export function payoutStatusKey(status: string): PayoutStatusKey | null {
  return (KNOWN as readonly string[]).includes(status) ? (`ledger.status.${status}` as PayoutStatusKey) : null;
}
