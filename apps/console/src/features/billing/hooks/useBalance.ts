import { ConsoleBalanceDocument, ConsoleCreateTopUpDocument, ConsoleProjectPayDocument } from '@fourmi/api-client';
import { useMutation, useQuery } from '@fourmi/ui';

/** The requester's balance: available to fund batches, and reserved by published ones. */
export function useBalance() {
  return useQuery(ConsoleBalanceDocument, {}, { pollIntervalMs: 30_000 });
}

/** Adds money: paid at once in the sandbox, else at the returned Stripe Checkout URL. */
export function useCreateTopUp() {
  return useMutation(ConsoleCreateTopUpDocument);
}

/** The project's reward and hourly rate (fair pay), refreshed every minute as answers are measured. */
export function useProjectPay(projectId: string) {
  return useQuery(ConsoleProjectPayDocument, { id: projectId }, { pollIntervalMs: 60_000, skip: !projectId });
}
