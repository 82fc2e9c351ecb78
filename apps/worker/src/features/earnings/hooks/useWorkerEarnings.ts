import { WorkerEarningsDocument } from '@fourmi/api-client';
import { useQuery } from '@fourmi/ui';

export function useWorkerEarnings() {
  return useQuery(WorkerEarningsDocument, {}, { pollIntervalMs: 60_000 });
}
