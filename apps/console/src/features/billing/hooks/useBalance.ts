import { ConsoleBalanceDocument, ConsoleCreateTopUpDocument } from '@fourmi/api-client';
import { useMutation, useQuery } from '@fourmi/ui';

/** The requester's balance: available to fund batches, and reserved by published ones. */
export function useBalance() {
  return useQuery(ConsoleBalanceDocument, {}, { pollIntervalMs: 30_000 });
}

/** Adds money: paid at once in the sandbox, else at the returned Stripe Checkout URL. */
export function useCreateTopUp() {
  return useMutation(ConsoleCreateTopUpDocument);
}
