import { ConsoleWorkersToReviewDocument } from '@fourmi/api-client';
import { useQuery } from '@fourmi/ui';

/** Workers whose flags or gold accuracy call for a look, read again every minute. */
export function useWorkersToReview() {
  return useQuery(ConsoleWorkersToReviewDocument, {}, { pollIntervalMs: 60_000 });
}
