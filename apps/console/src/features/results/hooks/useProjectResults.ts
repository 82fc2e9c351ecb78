import { ConsoleProjectResultsDocument } from '@fourmi/api-client';
import { useQuery } from '@fourmi/ui';
import { REFRESH_MS } from '../../../app/config';

/** One page of results, refreshed every 5 s while shown. */
export function useProjectResults(projectId: string, offset: number, limit: number) {
  return useQuery(ConsoleProjectResultsDocument, { projectId, offset, limit }, { pollIntervalMs: REFRESH_MS });
}
