import type { ConsoleWorkersToReviewQuery } from '@fourmi/api-client';
import { formatPercent } from '@fourmi/ui';

export type WorkerToReview = ConsoleWorkersToReviewQuery['workersToReview'][number];

/** A worker's gold cell: "20 % of 10", or a dash before any gold. */
export function goldCell(worker: WorkerToReview, locale: string, of: (vars: { share: string; count: number }) => string): string {
  return worker.goldAccuracy === null ? '—' : of({ share: formatPercent(worker.goldAccuracy, locale), count: worker.goldAnswers });
}
