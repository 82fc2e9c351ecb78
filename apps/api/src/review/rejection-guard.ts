/** Share of answers above which a rejection needs an admin's confirmation (the mass-rejection guard). */
export const MASS_REJECTION_SHARE = 0.2;
/** Rejections below this count never trip the guard: one rejection out of three answers is not "mass". */
export const MASS_REJECTION_MIN = 3;

export interface RejectionCounts {
  /** Per worker of the batch: answers given, answers rejected already, answers this request rejects. */
  workers: { workerId: string; answers: number; rejected: number; rejecting: number }[];
  batch: { answers: number; rejected: number; rejecting: number };
}

/**
 * Why this rejection needs an admin, or null: it would leave more than 20 % of one worker's answers in
 * the batch rejected, or more than 20 % of the whole batch's answers.
 */
export function massRejectionReason(counts: RejectionCounts): string | null {
  const over = (rejected: number, answers: number) => rejected >= MASS_REJECTION_MIN && rejected / answers > MASS_REJECTION_SHARE;
  const batchRejected = counts.batch.rejected + counts.batch.rejecting;
  if (over(batchRejected, counts.batch.answers)) {
    return `${batchRejected} of the batch's ${counts.batch.answers} answers would be rejected (over ${MASS_REJECTION_SHARE * 100}%)`;
  }
  for (const w of counts.workers) {
    const rejected = w.rejected + w.rejecting;
    if (w.rejecting > 0 && over(rejected, w.answers)) {
      return `${rejected} of one worker's ${w.answers} answers in this batch would be rejected (over ${MASS_REJECTION_SHARE * 100}%)`;
    }
  }
  return null;
}
