import { formatNumber, type Locale } from '@fourmi/ui';

/** One bar of the confidence chart: items whose consensus is between `from` and `to` sure. */
export interface ConfidenceBar {
  from: number;
  /** The next bucket's lower bound; 1 for the last bucket. */
  to: number;
  items: number;
  /** Share of the completed items, 0..1 (0 when there are none). */
  share: number;
}

/** Buckets sorted by lower bound, each with its upper bound and its share of all items. */
export function confidenceBars(buckets: readonly { from: number; items: number }[]): ConfidenceBar[] {
  const sorted = [...buckets].sort((a, b) => a.from - b.from);
  const total = sorted.reduce((sum, b) => sum + Math.max(0, b.items), 0);
  return sorted.map((b, i) => ({
    from: b.from,
    to: sorted[i + 1]?.from ?? 1,
    items: b.items,
    share: total > 0 ? Math.max(0, b.items) / total : 0,
  }));
}

export type AlphaReading = 'none' | 'poor' | 'tentative' | 'good';

/** Krippendorff's usual reading: ≥ 0.8 reliable, ≥ 0.667 tentative, below that poor. */
export function readAlpha(alpha: number | null): AlphaReading {
  if (alpha === null || !Number.isFinite(alpha)) return 'none';
  if (alpha >= 0.8) return 'good';
  if (alpha >= 0.667) return 'tentative';
  return 'poor';
}

/** Alpha as the locale writes numbers, to two decimals: 0.01 in English, 0,01 in French. */
export function formatAlpha(alpha: number, locale: Locale): string {
  return formatNumber(locale, alpha);
}

export type SettleFieldError = 'contests.noteRequired' | 'contests.answerRequired' | 'contests.answerInvalid';

export type SettleForm =
  | { ok: true; correctedAnswer: unknown | null; note: string }
  | { ok: false; errors: Partial<Record<'answer' | 'note', SettleFieldError>> };

/** Keep (no corrected answer) or correct (a JSON answer, validated by the API as a worker's would be); a note either way. */
export function parseSettle(correct: boolean, answerText: string, noteText: string): SettleForm {
  const errors: Partial<Record<'answer' | 'note', SettleFieldError>> = {};
  const note = noteText.trim();
  if (!note) errors.note = 'contests.noteRequired';
  let correctedAnswer: unknown = null;
  if (correct) {
    if (!answerText.trim()) errors.answer = 'contests.answerRequired';
    else {
      try {
        correctedAnswer = JSON.parse(answerText);
        if (correctedAnswer === null) errors.answer = 'contests.answerInvalid';
      } catch {
        errors.answer = 'contests.answerInvalid';
      }
    }
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, correctedAnswer, note };
}

/** Open contests, oldest first: of one project, or of every project (the admin area) when none is given. */
export function openContests<C extends { projectId: string; status: string; createdAt: string }>(contests: readonly C[], projectId?: string): C[] {
  return contests
    .filter((c) => c.status === 'OPEN' && (projectId === undefined || c.projectId === projectId))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}
