import type { WorkerMyLevelQuery } from '@fourmi/api-client';
import { formatPercent } from '@fourmi/ui';

/** The worker's level as the API gives it (libs/quality levelProgress). */
export type LevelView = WorkerMyLevelQuery['myLevel'];

export type LevelStepKey = 'level.reviewedOf' | 'level.reviewedMet' | 'level.acceptedShare' | 'level.acceptedNone';

/** One thing the next level asks, as an i18n key and its values, whether it is met, and a bar to fill. */
export interface LevelStep {
  key: LevelStepKey;
  vars: Record<string, string | number>;
  met: boolean;
  progress: { value: number; max: number } | null;
}

/**
 * What the next level asks and how far the worker is, from the API's answer as given (what is left
 * and whether the share is met are the API's to say); empty at the top level. A share of no reviewed
 * answer is not ticked as met: there is nothing yet to meet it with.
 */
export function nextLevelSteps(level: LevelView, locale: string): LevelStep[] {
  const { next } = level;
  if (!next) return [];
  const reviewedMet = next.reviewedLeft === 0;
  const min = formatPercent(next.minAcceptedPercent / 100, locale);
  return [
    {
      key: reviewedMet ? 'level.reviewedMet' : 'level.reviewedOf',
      vars: { count: level.reviewed, min: next.minReviewed, left: next.reviewedLeft },
      met: reviewedMet,
      progress: { value: Math.min(level.reviewed, next.minReviewed), max: next.minReviewed },
    },
    level.acceptedPercent === null
      ? { key: 'level.acceptedNone', vars: { min }, met: false, progress: null }
      : { key: 'level.acceptedShare', vars: { percent: formatPercent(level.acceptedPercent / 100, locale), min }, met: next.acceptedShareMet, progress: null },
  ];
}
