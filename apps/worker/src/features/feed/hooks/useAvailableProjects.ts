import { WorkerAvailableProjectsDocument } from '@fourmi/api-client';
import { useQuery } from '@fourmi/ui';

/** The projects this worker can work on now, refreshed every 30 s. */
export function useAvailableProjects() {
  return useQuery(WorkerAvailableProjectsDocument, {}, { pollIntervalMs: 30_000 });
}
