import { formatPercent, useLocale } from '@fourmi/ui';
import { useCallback } from 'react';
import { useT } from '../../../i18n';

/** A held rejection as the API gives it: why in English, and the key and values that say it when kept. */
export interface HeldWhyLike {
  why: string;
  whyKey?: string | null;
  whyParams?: unknown;
}

const KEYS = { 'massRejection.batch': 'held.why.batch', 'massRejection.worker': 'held.why.worker' } as const;

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/**
 * Why the mass-rejection guard held a request, in the admin's language (counts and share through
 * Intl); the stored English for a request held before its values were kept, or of a key this console
 * does not know.
 */
export function useHeldWhyText(): (held: HeldWhyLike) => string {
  const t = useT();
  const { locale } = useLocale();
  return useCallback(
    ({ why, whyKey, whyParams }) => {
      const key = whyKey && whyKey in KEYS ? KEYS[whyKey as keyof typeof KEYS] : null;
      const { rejected, answers, share } = (whyParams && typeof whyParams === 'object' ? whyParams : {}) as Record<string, unknown>;
      if (!key || !isNumber(rejected) || !isNumber(answers) || !isNumber(share)) return why;
      return t(key, { rejected, answers, share: formatPercent(share, locale) });
    },
    [t, locale],
  );
}
