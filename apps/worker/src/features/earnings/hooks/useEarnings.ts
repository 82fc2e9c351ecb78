import { WorkerConnectPayoutAccountDocument, WorkerEarningsHistoryDocument, WorkerMyEarningsDocument, WorkerRequestPayoutDocument } from '@fourmi/api-client';
import { useMutation, useQuery } from '@fourmi/ui';

/** Every cent: pending, available, in flight, paid, and the payouts; refreshed every 15 s. */
export function useMyEarnings() {
  return useQuery(WorkerMyEarningsDocument, {}, { pollIntervalMs: 15_000 });
}

export const EARNINGS_HISTORY_PAGE_SIZE = 20;

/** One page of the worker's earnings lines, newest first, before the line `before` (none: the newest). */
export function useEarningsHistory(before: string | undefined) {
  return useQuery(WorkerEarningsHistoryDocument, { before: before ?? null, limit: EARNINGS_HISTORY_PAGE_SIZE });
}

export function useConnectPayoutAccount() {
  return useMutation(WorkerConnectPayoutAccountDocument);
}

export function useRequestPayout() {
  return useMutation(WorkerRequestPayoutDocument);
}
