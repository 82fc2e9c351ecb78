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
 * Why the guard holds a rejection, as values the apps word in their language: of the whole batch
 * (`massRejection.batch`) or of one worker's answers in it (`massRejection.worker`), `rejected` of
 * `answers` above `share` (0..1).
 */
export interface HeldWhy {
  key: 'massRejection.batch' | 'massRejection.worker';
  params: { rejected: number; answers: number; share: number };
}

/**
 * Why this rejection needs an admin, or null: it would leave more than 20 % of one worker's answers in
 * the batch rejected, or more than 20 % of the whole batch's answers.
 */
export function massRejectionWhy(counts: RejectionCounts): HeldWhy | null {
  const over = (rejected: number, answers: number) => rejected >= MASS_REJECTION_MIN && rejected / answers > MASS_REJECTION_SHARE;
  const batchRejected = counts.batch.rejected + counts.batch.rejecting;
  if (over(batchRejected, counts.batch.answers)) {
    return { key: 'massRejection.batch', params: { rejected: batchRejected, answers: counts.batch.answers, share: MASS_REJECTION_SHARE } };
  }
  for (const w of counts.workers) {
    const rejected = w.rejected + w.rejecting;
    if (w.rejecting > 0 && over(rejected, w.answers)) {
      return { key: 'massRejection.worker', params: { rejected, answers: w.answers, share: MASS_REJECTION_SHARE } };
    }
  }
  return null;
}

/** The English of a held rejection's why, as the API's messages and older clients read it. */
export function heldWhyText({ key, params }: HeldWhy): string {
  const share = `${Math.round(params.share * 100)}%`;
  return key === 'massRejection.batch'
    ? `${params.rejected} of the batch's ${params.answers} answers would be rejected (over ${share})`
    : `${params.rejected} of one worker's ${params.answers} answers in this batch would be rejected (over ${share})`;
}
