import { WorkerConnectPayoutAccountDocument, WorkerMyEarningsDocument, WorkerRequestPayoutDocument } from '@fourmi/api-client';
import { useMutation, useQuery } from '@fourmi/ui';

/** Every cent: pending, available, in flight, paid, with history and payouts; refreshed every 15 s. */
export function useMyEarnings() {
  return useQuery(WorkerMyEarningsDocument, {}, { pollIntervalMs: 15_000 });
}

export function useConnectPayoutAccount() {
  return useMutation(WorkerConnectPayoutAccountDocument);
}

export function useRequestPayout() {
  return useMutation(WorkerRequestPayoutDocument);
}
